//! The twenty-ninth aside part: written after the twenty-fifth round, on the line between a
//! need and a fault in the words of other staff (a bursar, a CPE, a head, a lab technician):
//! installations of what was delivered, software to add or reinstall, "demande
//! d'intervention" for a breakdown, repairs asked politely, moves and rights.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_29: &[Case] = &[
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a delivered board to install", "From: claire.dubois@ac-lyon.example\nSubject: TBI livré",
        "Bonjour,\nLe tableau interactif commandé pour la salle 21 a été livré hier ; il reste à le fixer et à le raccorder au poste enseignant.", NewRequest, None, None),
    case("request", "a new printer to configure", "From: j.martin@ac-aix.example\nSubject: Nouvelle imprimante intendance",
        "Bonjour,\nL'intendance vient de recevoir une imprimante ; pouvez-vous la configurer sur le réseau administratif ?", NewRequest, None, None),
    case("request", "software for a room", "From: sandrine.morel@ac-paris.example\nSubject: Logiciel de géométrie",
        "Bonjour,\nLes professeurs de mathématiques demandent l'installation de GeoGebra sur les 16 postes de la salle 104.", NewRequest, None, None),
    case("request", "memory to add", "From: paul.henry@ac-lille.example\nSubject: Mémoire des postes CAO",
        "Bonjour,\nLes postes de la salle de CAO n'ont que 8 Go de mémoire, c'est juste pour les logiciels de modélisation ; serait-il possible d'en ajouter ?", NewRequest, None, None),
    case("request", "a bursar's access to a share", "From: anne.leroux@ac-bordeaux.example\nSubject: Accès dossier partagé",
        "Bonjour,\nLa nouvelle gestionnaire doit pouvoir accéder au dossier partagé de l'intendance. Merci de lui ouvrir les droits.", NewRequest, None, None),
    case("request", "a printer to move", "From: marc.petit@ac-lyon.example\nSubject: Déplacement imprimante",
        "Bonjour,\nNous souhaitons que l'imprimante de la salle des professeurs soit déplacée dans le bureau des CPE.", NewRequest, None, None),
    case("request", "a bandwidth increase", "From: j.martin@ac-aix.example\nSubject: Débit internet",
        "Bonjour,\nAvec les épreuves en ligne, notre débit de 20 Mb/s devient insuffisant. Une augmentation est-elle prévue ?", NewRequest, None, None),
    case("request", "a head's project", "From: sandrine.morel@ac-paris.example\nSubject: Espace de coworking élèves",
        "Bonjour,\nLa proviseure porte un projet d'espace de travail autonome pour les élèves de terminale, avec six postes et une imprimante. Qu'en pensez-vous ?", NewRequest, None, None),
    case("request", "a lab technician's sensors", "From: paul.henry@ac-lille.example\nSubject: Capteurs ExAO",
        "Bonjour,\nLe laboratoire de physique souhaiterait connecter ses nouvelles interfaces d'acquisition aux postes élèves ; il faut installer le pilote et le logiciel.", NewRequest, None, None),
    case("request", "a VLAN for cameras", "From: tice@region.example\nSubject: Vidéoprotection Faidherbe",
        "Bonjour,\nLe lycée Faidherbe installe des caméras de vidéoprotection : il leur faut un réseau séparé et quatre prises dans la cour.", NewRequest, None, None),
    case("request", "English, a classroom kit", "From: tice@region.example\nSubject: Ampère language lab",
        "Hello, lycée Ampère would like to turn room 9 into a language lab with 24 headsets. What would that involve?", NewRequest, None, None),
    case("request", "a mailbox for a new service", "From: claire.dubois@ac-lyon.example\nSubject: Adresse générique",
        "Bonjour,\nPourrions-nous obtenir une adresse de messagerie générique pour le bureau des stages ?", NewRequest, None, None),
    // --- faults -----------------------------------------------------------------------------------
    case("request", "a request for intervention", "From: anne.leroux@ac-bordeaux.example\nSubject: Demande d'intervention",
        "Bonjour,\nDemande d'intervention pour le copieur du 1er étage qui affiche un code d'erreur E-253 et refuse d'imprimer.", NewIncident, None, None),
    case("request", "software gone", "From: marc.petit@ac-lyon.example\nSubject: Pronote disparu",
        "Bonjour,\nL'icône de Pronote a disparu des postes de la salle des professeurs depuis la mise à jour ; merci de le réinstaller.", NewIncident, None, None),
    case("request", "a lamp burnt", "From: j.martin@ac-aix.example\nSubject: Lampe vidéoprojecteur",
        "Bonjour,\nPourriez-vous remplacer la lampe du vidéoprojecteur de la salle 3 ? Elle a grillé ce matin.", NewIncident, None, None),
    case("request", "a repair asked politely", "From: sandrine.morel@ac-paris.example\nSubject: Poste bibliothèque",
        "Bonjour,\nAuriez-vous la gentillesse de faire réparer le poste de consultation du CDI, dont l'écran reste noir au démarrage ?", NewIncident, None, None),
    case("request", "a cable cut", "From: paul.henry@ac-lille.example\nSubject: Câble arraché",
        "Bonjour,\nLe câble réseau de la salle 14 a été arraché pendant les travaux de peinture. Urgence moyenne.", NewIncident, Some(Moyen), None),
    case("request", "a password blocked", "From: anne.leroux@ac-bordeaux.example\nSubject: Compte bloqué",
        "Bonjour,\nLe compte de la secrétaire de direction est verrouillé après trop d'essais, elle ne peut plus travailler. Urgence : très haute.", NewIncident, Some(TresHaut), None),
    case("request", "a clock wrong", "From: claire.dubois@ac-lyon.example\nSubject: Heure des postes",
        "Bonjour,\nTous les postes de l'étage affichent une heure de décalage, ce qui fausse les horaires des devoirs en ligne.", NewIncident, None, None),
    case("request", "a sound system crackles", "From: j.martin@ac-aix.example\nSubject: Sono salle polyvalente",
        "Bonjour,\nLa sonorisation de la salle polyvalente grésille fortement dès qu'on monte le volume.", NewIncident, None, None),
    case("request", "a warranty repair", "From: marc.petit@ac-lyon.example\nSubject: Portable sous garantie",
        "Bonjour,\nLe portable de prêt n° 7, encore sous garantie, a un clavier dont plusieurs touches ne répondent pas.", NewIncident, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a date proposed", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002901] TBI livré",
        "Bonjour,\nLe mercredi après-midi conviendrait pour la pose, la salle est libre.", FollowUp, None, None),
    case("intent", "installed, thanks", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002902] Logiciel de géométrie",
        "GeoGebra est bien installé sur tous les postes, merci beaucoup. Demande terminée pour nous.", ClosureConfirmation, None, None),
    case("intent", "waiting for the board", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002903] TBI livré",
        "Bonjour,\nLe tableau est toujours posé contre le mur, les cours reprennent lundi. Quand pouvez-vous intervenir ?", Reminder, None, None),
    case("intent", "what was asked this year", "From: paul.henry@ac-lille.example\nSubject: Demandes en attente",
        "Bonjour,\nPour préparer le conseil d'administration, j'aurais besoin de la liste de nos demandes non traitées.", ListRequest, None, None),
    case("intent", "the copier works but not the scan", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-002904] Demande d'intervention",
        "Le copieur imprime à nouveau ; en revanche la numérisation vers les boîtes mail ne fonctionne toujours pas.", FollowUp, None, None),
    case("intent", "cancel, we found it", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-002905] Lampe vidéoprojecteur",
        "Bonjour,\nInutile de vous déplacer : nous avions une lampe de rechange, elle est posée.", ClosureConfirmation, None, None),
    // --- outsiders and codes --------------------------------------------------------------------
    case("spam", "an energy broker", "From: contact@energie-courtage.example\nSubject: Réduisez vos factures d'électricité",
        "Madame la Directrice, Monsieur le Directeur,\nNotre cabinet négocie pour les établissements scolaires des contrats d'énergie jusqu'à 30 % moins chers. Étude gratuite et sans engagement.", Spam, None, None),
    case("spam", "a shared folder lure", "From: Partage OneDrive <share@onedrive-docs-partage.example>\nSubject: Claire Dubois vous a partagé « Planning conseil de classe.xlsx »",
        "Claire Dubois a partagé un fichier avec vous. Ouvrir le document : https://onedrive-docs-partage.example/open", Spam, None, None),
    case("uai", "a code in brackets after the name", "From: tice@region.example\nSubject: Montaigne - badgeuse",
        "Bonjour,\nAu collège Montaigne [0330789D], la badgeuse de la demi-pension n'enregistre plus les passages.", NewIncident, None, Some("0330789D")),
    case("uai", "a code with a colon and a space", "From: sandrine.morel@ac-paris.example\nSubject: Wifi salle 5",
        "Bonjour,\nUAI: 0751043 B\nLe wifi de la salle 5 coupe toutes les dix minutes. Urgence : bas", NewIncident, Some(Bas), Some("0751043B")),
];
