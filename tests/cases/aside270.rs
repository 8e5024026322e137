//! The two-hundred-and-seventieth aside part: written after the hundred-and-sixty-fourth round,
//! before any change, on needs told without "évolution": a bandwidth that no longer suffices, a
//! pupil's adapted workstation, machines to move with a room's new use, a site to open in the
//! filter, trainees' accounts, a projector too weak for its room; and a fault beside them.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_270: &[Case] = &[
    case(
        "request",
        "a bandwidth that no longer suffices",
        "From: claire.dubois@ac-lyon.example\nSubject: Débit internet insuffisant - 0691234S",
        "Bonjour,\nDepuis l'arrivée des trois classes mobiles, le débit de notre lien ne suffit \
         plus : dès que deux classes travaillent en ligne, tout ralentit. Serait-il possible de \
         passer à une offre supérieure ?\nClaire Dubois",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a pupil's adapted workstation",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Poste adapté pour une élève malvoyante",
        "Bonjour,\nUne élève malvoyante rejoint la classe de CE2 après les vacances. Il lui \
         faudrait un poste avec un grand écran, un clavier à gros caractères et un logiciel \
         d'agrandissement.\nÉcole Montaigne, 0330789D\nUrgence : moyenne\nAnne Leroux",
        NewRequest,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "request",
        "machines to move with a room's new use",
        "From: j.martin@ac-aix.example\nSubject: Salle 204 devient salle de langues",
        "Bonjour,\nÀ partir de janvier, la salle 204 sera la salle de langues. Pourriez-vous faire \
         déplacer ses quatre postes en 210 et y installer à la place le casque-micro de chaque \
         place ?\nPas urgent.\nJ. Martin, collège Mistral",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "request",
        "a site to open in the filter",
        "From: sandrine.morel@ac-paris.example\nSubject: Accès à Scratch bloqué",
        "Bonjour,\nLe filtrage de l'établissement bloque le site de Scratch, dont les professeurs \
         de technologie ont besoin pour leurs cours. Pouvez-vous l'ajouter à la liste autorisée \
         pour le lycée 0751043B ?\nS. Morel",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "trainees' accounts",
        "From: paul.henry@ac-lille.example\nSubject: Comptes pour les stagiaires de janvier",
        "Bonjour,\nNous accueillons quatre professeurs stagiaires le 4 janvier. Merci de leur \
         créer des comptes sur le réseau pédagogique (liste jointe).\nUAI 0595012C - urgence \
         basse\nP. Henry",
        NewRequest,
        Some(Bas),
        Some("0595012C"),
    ),
    case(
        "request",
        "a projector too weak for its room",
        "From: marc.petit@ac-lyon.example\nSubject: Vidéoprojecteur amphithéâtre",
        "Bonjour,\nLe vidéoprojecteur de l'amphithéâtre fonctionne, mais il n'est pas assez \
         lumineux pour une salle de cette taille : au-delà du cinquième rang on ne lit rien. Un \
         modèle plus puissant serait nécessaire.\nM. Petit, lycée Ampère",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a workstation that switches itself off",
        "From: claire.dubois@ac-lyon.example\nSubject: Poste vie scolaire",
        "Bonjour,\nLe poste de la vie scolaire s'éteint tout seul plusieurs fois par jour depuis \
         lundi, sans message d'erreur.\nUrgence : très haute (appel des absences)\nClaire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
