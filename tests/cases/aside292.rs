//! The two-hundred-and-ninety-second aside part: written after the hundred-and-sixty-eighth
//! round, before any change, on needs and faults told at length: a timetable change that needs
//! rooms equipped, a new staff member's equipment, a security camera wanted after incidents, a
//! fault told through its effects on a class, a fault of a device the school bought itself.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_292: &[Case] = &[
    case(
        "request",
        "a timetable change that needs rooms equipped",
        "From: j.martin@ac-aix.example\nSubject: Nouvelles salles pour l'option numérique",
        "Bonjour,\n\nÀ partir de janvier, l'option numérique passe de deux à quatre groupes, et \
         les cours auront lieu en salles 11 et 12, qui n'ont aujourd'hui ni poste professeur ni \
         vidéoprojecteur. Serait-il possible de les équiper avant la reprise ?\n\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a new staff member's equipment",
        "From: sandrine.morel@ac-paris.example\nSubject: Arrivée d'une nouvelle gestionnaire",
        "Bonjour,\n\nUne nouvelle gestionnaire prend ses fonctions le 4 janvier. Il lui faudra un \
         poste, un accès aux applications de gestion et une adresse de messagerie. Son bureau \
         sera celui de l'ancienne adjointe, au premier étage.\n\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a camera wanted after incidents",
        "From: paul.henry@ac-lille.example\nSubject: Vidéoprotection du parking",
        "Bonjour,\n\nAprès deux dégradations de véhicules de personnels ce trimestre, le conseil \
         d'administration a voté l'extension de la vidéoprotection au parking du personnel. Merci \
         de nous indiquer la marche à suivre.\n\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told through its effects on a class",
        "From: claire.dubois@ac-lyon.example\nSubject: Salle de langues",
        "Bonjour,\n\nCe matin, en salle de langues, les élèves n'entendaient leurs enregistrements \
         que dans l'oreille gauche, sur tous les casques. Le professeur a dû abandonner l'activité \
         d'écoute prévue.\n\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a device the school bought itself",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante achetée par l'école",
        "Bonjour,\n\nL'imprimante que la coopérative scolaire a achetée l'an dernier n'est plus \
         vue par les postes de la classe de CM1 depuis les vacances. Je ne sais pas si elle entre \
         dans votre périmètre, mais elle est branchée sur votre réseau.\n\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
