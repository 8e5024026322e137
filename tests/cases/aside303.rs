//! The three-hundred-and-third aside part: written after the hundred-and-seventieth round,
//! before any change, on urgency through negations: "pas urgent du tout", "aucune urgence",
//! "n'est plus urgent" in a reply, "Urgent, pas de réseau", "ce n'est pas très urgent mais
//! gênant", a subject "Non bloquant".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_303: &[Case] = &[
    case(
        "urgency",
        "pas urgent du tout",
        "From: claire.dubois@ac-lyon.example\nSubject: Clavier salle 102",
        "Bonjour,\nLa touche Échap d'un clavier de la salle 102 est partie. Pas urgent du tout.\n\
         Claire Dubois",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "aucune urgence",
        "From: j.martin@ac-aix.example\nSubject: Logiciel de cartes mentales",
        "Bonjour,\nLes professeurs souhaiteraient un logiciel de cartes mentales sur les postes du \
         CDI. Aucune urgence, pour l'an prochain.\nJ. Martin",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "no longer urgent in a reply",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-030303] Vidéoprojecteur salle de réunion",
        "Bonjour,\nCe n'est plus urgent : la réunion a été déplacée dans une autre salle. Vous \
         pouvez programmer l'intervention quand cela vous arrange.\nP. Henry",
        FollowUp,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "Urgent, pas de réseau",
        "From: sandrine.morel@ac-paris.example\nSubject: Urgent, pas de réseau",
        "Bonjour,\nPlus aucun poste du lycée n'a accès au réseau.\nS. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "not very urgent but a nuisance",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante de la classe de CP",
        "Bonjour,\nL'imprimante de la classe de CP imprime des traits sur toutes les pages. Ce \
         n'est pas très urgent mais gênant pour les fiches des élèves.\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "Non bloquant in the subject",
        "From: marc.petit@ac-lyon.example\nSubject: Non bloquant - horloge du serveur décalée",
        "Bonjour,\nL'horloge du serveur pédagogique a cinq minutes d'avance.\nM. Petit",
        NewIncident,
        Some(Bas),
        None,
    ),
];
