//! The three-hundred-and-twenty-fifth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on the many senses of "plus": more machines wanted, "n'imprime plus
//! qu'en noir", "de plus en plus de postes plantent", a bigger screen wanted, "ne passe plus
//! au-delà du couloir", more than half the keyboards worn out.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_325: &[Case] = &[
    case(
        "request",
        "more machines wanted",
        "From: sandrine.morel@ac-paris.example\nSubject: Salle 8",
        "Bonjour,\nIl nous faudrait plus de postes en salle 8 : les groupes de SNT sont passés à \
         dix-huit élèves.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "prints only in black now",
        "From: j.martin@ac-aix.example\nSubject: Copieur couleur",
        "Bonjour,\nLe copieur couleur du secrétariat n'imprime plus qu'en noir et blanc depuis \
         vendredi.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "more and more machines crash",
        "From: paul.henry@ac-lille.example\nSubject: Plantages salle 2",
        "Bonjour,\nDe plus en plus de postes de la salle 2 plantent en cours de séance, une \
         dizaine rien que ce matin.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a bigger screen wanted",
        "From: claire.dubois@ac-lyon.example\nSubject: Écran pour la salle de réunion",
        "Bonjour,\nNous aimerions un écran plus grand pour la salle de réunion : au fond, personne \
         ne lit les documents projetés.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "wifi no longer past the corridor",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi de l'école",
        "Bonjour,\nLe wifi ne passe plus au-delà du couloir depuis les vacances : les classes du \
         fond n'ont plus de connexion.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "more than half the keyboards worn",
        "From: marc.petit@ac-lyon.example\nSubject: Claviers salle 15",
        "Bonjour,\nPlus de la moitié des claviers de la salle 15 ont des touches effacées après huit \
         ans d'usage : il faudrait les renouveler.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
