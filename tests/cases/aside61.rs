//! The sixty-first aside part: written after the fifty-fifth round, before any change, in about
//! the mix and in voices not used before (a reply written entirely in the subject, a
//! closure told by what the class could do, a chase that quotes the desk's own promise, a
//! correction of the room named in the report, news that the pupil has left, a wish told as a
//! complaint about the old way), in new content (a greenhouse's watering controller, a sewing
//! workshop's embroidery machine, the lost-property kiosk, the chemistry lab's balance printer,
//! the gym's climbing wall timer, the school radio's streaming box).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_61: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the watering controller", "From: paul.henry@ac-lille.example\nSubject: Programmateur d'arrosage de la serre",
        "Bonjour,\nLe programmateur d'arrosage de la serre pédagogique a perdu sa connexion au réseau : l'application affiche « hors ligne » et les plants n'ont pas été arrosés ce week-end.", NewIncident, None, None),
    case("request", "the embroidery machine", "From: sandrine.morel@ac-paris.example\nSubject: Brodeuse numérique atelier couture",
        "Bonjour,\nLa brodeuse numérique de l'atelier de couture ne lit plus les motifs envoyés depuis le poste : message « fichier incompatible » pour tous les fichiers, même ceux qui passaient la semaine dernière.", NewIncident, None, None),
    case("request", "the balance printer", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante de la balance - labo de chimie",
        "Bonjour,\nL'imprimante à tickets reliée à la balance de précision du labo de chimie imprime des caractères chinois à la place des pesées.", NewIncident, None, None),
    case("request", "the climbing wall timer", "From: j.martin@ac-aix.example\nSubject: Chrono du mur d'escalade",
        "Bonjour,\nLe chronomètre électronique du mur d'escalade reste à zéro quand les élèves tapent le bouton d'arrivée ; le cycle d'évaluation commence lundi.", NewIncident, None, None),
    case("request", "the streaming box", "From: marc.petit@ac-lyon.example\nSubject: Boîtier de diffusion de la radio",
        "Bonjour,\nLe boîtier qui diffuse la radio du lycée sur internet redémarre toutes les vingt minutes, l'émission est coupée à chaque fois.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a complaint about the old way", "From: anne.leroux@ac-bordeaux.example\nSubject: Objets trouvés",
        "Bonjour,\nLes objets trouvés s'entassent dans un carton à la vie scolaire et les familles appellent sans cesse. Une borne où les élèves verraient en photo ce qui a été trouvé simplifierait la vie de tout le monde.", NewRequest, None, None),
    case("request", "a second embroidery machine", "From: sandrine.morel@ac-paris.example\nSubject: Atelier couture : seconde brodeuse",
        "Bonjour,\nLes élèves de CAP attendent leur tour pendant une heure pour broder. L'atelier demande une seconde brodeuse reliée au même poste.", NewRequest, None, None),
    case("request", "sensors for the greenhouse", "From: paul.henry@ac-lille.example\nSubject: Capteurs d'humidité serre",
        "Bonjour,\nLe professeur d'agronomie voudrait ajouter des capteurs d'humidité du sol au programmateur de la serre, pour que l'arrosage se déclenche selon les besoins.", NewRequest, None, None),
    case("request", "the radio on the ENT", "From: marc.petit@ac-lyon.example\nSubject: Radio du lycée sur l'ENT",
        "Bonjour,\nPourrions-nous faire apparaître un lecteur de la radio du lycée sur la page d'accueil de l'ENT ?", NewRequest, None, None),
    case("request", "English, a kiosk", "From: j.martin@ac-aix.example\nSubject: Lost property kiosk",
        "Hello,\nParents keep calling about lost clothes. A small kiosk or a web page showing photos of found items would save the front desk a lot of time.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a reply in the subject only", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006103] Imprimante de la balance - c'est réparé, merci",
        "", ClosureConfirmation, None, None),
    case("intent", "what the class could do", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006104] Intervention terminée : Chrono du mur d'escalade",
        "Bonjour,\nLes élèves ont pu être évalués lundi, chaque temps s'est affiché à l'arrivée. Merci pour la réactivité.", ClosureConfirmation, None, None),
    case("intent", "the desk's promise quoted", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006101] Programmateur d'arrosage de la serre",
        "Bonjour,\nVotre accusé de réception annonçait une intervention sous deux jours ouvrés ; nous en sommes à cinq et les plants souffrent.", Reminder, None, None),
    case("intent", "the room was wrong", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006102] Brodeuse numérique atelier couture",
        "Bonjour,\nPetite correction : l'atelier de couture est au bâtiment B, salle B14, et non au bâtiment A comme je l'ai écrit.", FollowUp, None, None),
    case("intent", "the streaming box, better but not fixed", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006105] Boîtier de diffusion de la radio",
        "Bonjour,\nDepuis le changement d'alimentation, le boîtier tient deux heures au lieu de vingt minutes, mais il finit toujours par redémarrer.", FollowUp, None, None),
    case("intent", "an overview for the inspector", "From: anne.leroux@ac-bordeaux.example\nSubject: Visite de l'inspecteur",
        "Bonjour,\nL'inspecteur vient jeudi : pourriez-vous me faire parvenir un état de toutes nos demandes non soldées ?", ListRequest, None, None),
    case("intent", "the printer prints weights again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006103] Imprimante de la balance",
        "Bonjour,\nLes tickets de pesée sortent de nouveau en clair depuis la mise à jour du pilote. Parfait, merci !", ClosureConfirmation, None, None),
    case("intent", "any news on the embroidery", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006102] Brodeuse numérique atelier couture",
        "Bonjour,\nDu nouveau pour la brodeuse ? Les CAP ont leur épreuve pratique dans dix jours.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor asks to move the date", "From: rdv@couture-pro-services.example\nSubject: RE: [CESAME #2026-006102] Ordre de travail - Lycée Voltaire - brodeuse",
        "Bonjour,\nNotre technicien ne pourra pas venir mercredi ; pouvons-nous décaler au vendredi 11 à 14 h ?", ContractorUpdate, None, None),
    case("unauthorised", "the agronomy teacher writes", "From: l.bernard@ac-lille.example\nSubject: Serre - arrosage",
        "Bonjour,\nJe suis professeur d'agronomie au lycée Faidherbe : le programmateur d'arrosage de la serre est hors ligne. Merci de faire vite, les plants vont mourir.", Unauthorised, None, None),
    case("spam", "a fake tax refund", "From: Impots.gouv <remboursement@impots-service.example>\nSubject: Vous avez droit à un remboursement de 284,60 €\nContent-Type: text/html; charset=utf-8",
        "<p>Après le dernier calcul de votre impôt, vous avez droit à un remboursement de 284,60 €.</p><p><a href=\"https://impots-service.example/remboursement\">Demander mon remboursement</a></p>", Spam, None, None),
    case("auto-reply", "an auto-reply naming a colleague", "From: marc.petit@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-006105] Boîtier de diffusion de la radio\nAuto-Submitted: auto-replied",
        "Absent jusqu'au 9 décembre. Pour la radio, voir avec Mme Dubois.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "an urgency written with a typo", "From: paul.henry@ac-lille.example\nSubject: Serre : arrosage HS",
        "Bonjour,\nL'arrosage automatique ne fonctionne plus.\nUrgnce : très haute (plants en danger)", NewIncident, Some(TresHaut), None),
    case("urgency", "low, in English, in the text", "From: claire.dubois@ac-lyon.example\nSubject: Balance",
        "Hi, the balance display flickers a little. Low priority, it still works.", NewIncident, Some(Bas), None),
    case("uai", "a code at the end of the subject", "From: tice@region.example\nSubject: Brodeuse numérique - 0595012C",
        "Bonjour,\nLa brodeuse numérique ne s'allume plus.", NewIncident, None, Some("0595012C")),
    case("uai", "two schools, one code", "From: tice@region.example\nSubject: Mur d'escalade",
        "Bonjour,\nPour le collège Montaigne (0330789D) : le chronomètre du mur d'escalade est en panne.", NewIncident, None, Some("0330789D")),
];
