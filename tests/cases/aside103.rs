//! The hundred-and-third aside part: written after the ninety-fifth round, before any change,
//! with the costliest class in the rooms of teaching (science probes that need a driver never
//! installed, a music room without a sound system, a 3D printer to network, a sports timing
//! system, robots to program from the tablets; and faults told as needs: "il faudrait
//! réinstaller le pilote" of probes that worked, "nous avons besoin d'un nouveau câble
//! d'alimentation" for one that sparks, "merci de reconnecter"), with replies and outsiders.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_103: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "probes without a driver", "From: claire.dubois@ac-lyon.example\nSubject: Capteurs ExAO",
        "Bonjour,\nLe lycée a reçu douze capteurs ExAO pour les TP de physique, mais leur logiciel n'a jamais été installé sur les postes du laboratoire. Pourriez-vous le déployer ?", NewRequest, None, None),
    case("request", "a music room without sound", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle de musique",
        "Bonjour,\nLa salle de musique n'a qu'un petit haut-parleur de portable pour diffuser les extraits. Une vraie sonorisation, avec deux enceintes au mur, rendrait les cours bien plus vivants.", NewRequest, None, None),
    case("request", "a 3D printer to network", "From: j.martin@ac-aix.example\nSubject: Imprimante 3D",
        "Bonjour,\nL'imprimante 3D du FabLab n'est accessible que par carte SD : les élèves font la queue avec leurs fichiers. Serait-il possible de la relier au réseau pédagogique ?", NewRequest, None, None),
    case("request", "a sports timing system", "From: paul.henry@ac-lille.example\nSubject: Chronométrage EPS",
        "Bonjour,\nLes professeurs d'EPS chronomètrent encore les épreuves de course à la main. Un système de chronométrage avec cellules, relié à une tablette, fiabiliserait les résultats du bac.", NewRequest, None, None),
    case("request", "robots programmed from tablets", "From: sandrine.morel@ac-paris.example\nSubject: Robots programmables",
        "Bonjour,\nNous avons des robots programmables, mais l'application pour les programmer n'existe pas sur nos tablettes. Peut-on obtenir une version compatible, ou des tablettes qui la font tourner ?", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "a driver to reinstall", "From: marc.petit@ac-lyon.example\nSubject: Capteurs de la salle 12",
        "Bonjour,\nIl faudrait réinstaller le pilote des capteurs de la salle 12 : ils fonctionnaient jusqu'aux vacances et ne sont plus détectés depuis.", NewIncident, None, None),
    case("request", "a power cable that sparks", "From: paul.henry@ac-lille.example\nSubject: Câble d'alimentation",
        "Bonjour,\nNous avons besoin d'un nouveau câble d'alimentation pour le poste du professeur en salle 7 : l'actuel fait des étincelles quand on le touche.", NewIncident, None, None),
    case("request", "please reconnect", "From: anne.leroux@ac-bordeaux.example\nSubject: Tableau salle 9",
        "Bonjour,\nMerci de reconnecter le tableau numérique de la salle 9 à l'ordinateur : depuis le déplacement du bureau par les agents, plus rien ne s'affiche.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "probes seen, software not", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-010306] Capteurs de la salle 12",
        "Bonjour,\nLes capteurs sont de nouveau détectés, merci, mais le logiciel plante dès qu'on lance une acquisition.", FollowUp, None, None),
    case("intent", "a week and no cable", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010307] Câble d'alimentation",
        "Bonjour,\nUne semaine plus tard, toujours pas de câble, et le poste est débranché par précaution. Pouvez-vous relancer ?", Reminder, None, None),
    case("intent", "the board displays again", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010308] Tableau salle 9",
        "Le tableau affiche de nouveau l'écran de l'ordinateur, c'était un câble débranché derrière le bureau. Merci et bonne journée !", ClosureConfirmation, None, None),
    case("intent", "which are still with you", "From: claire.dubois@ac-lyon.example\nSubject: Demandes",
        "Bonjour,\nJe fais le point avant le conseil pédagogique : lesquelles de nos demandes sont encore chez vous ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a grant lure", "From: Fonds Numérique Éducation <subventions@fonds-numerique.example>\nSubject: Subvention de 15 000 € accordée à votre établissement",
        "Madame, Monsieur,\nVotre établissement est éligible à une subvention de 15 000 € pour son équipement numérique. Pour la recevoir, complétez le formulaire et réglez les frais de dossier de 49 € : https://fonds-numerique.example/dossier", Spam, None, None),
    case("unauthorised", "a parent's association", "From: fcpe.voltaire@asso.example\nSubject: Wifi pour les élèves",
        "Bonjour,\nL'association des parents d'élèves du lycée Voltaire souhaiterait que les élèves aient accès au wifi au CDI. Qui faut-il contacter ?", Unauthorised, None, None),
];
