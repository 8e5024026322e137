//! The four-hundred-and-eighth aside part: written after the hundred-and-eighty-eighth round,
//! before any change, on needs tied to the school's calendar (an exam session, a new option at
//! the start of the year, a room opened for a new class) beside faults that the calendar
//! revealed (after the holidays, after a power cut).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_408: &[Case] = &[
    case(
        "request",
        "machines for a mock exam",
        "From: claire.dubois@ac-lyon.example\nSubject: Bac blanc de NSI en mars",
        "Bonjour,\nPour l'épreuve pratique du bac blanc de NSI, il nous faudrait douze postes \
         supplémentaires configurés à l'identique, sans accès à Internet, du 10 au 14 mars.\n\
         Claire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a new option at the start of the year",
        "From: j.martin@ac-aix.example\nSubject: Ouverture option cinéma-audiovisuel",
        "Bonjour,\nL'option cinéma-audiovisuel ouvre à la rentrée prochaine. Les enseignants \
         souhaitent deux stations de montage et un logiciel de montage vidéo pour la salle 12.\n\
         J. Martin, collège Mignet",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "after the holidays, a server silent",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Retour de vacances",
        "Bonjour,\nAu retour des vacances, le serveur pédagogique ne répond plus : les élèves ne \
         peuvent plus ouvrir leur session dans aucune salle.\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "after a power cut, the switch",
        "From: paul.henry@ac-lille.example\nSubject: Suite à la coupure EDF de ce matin",
        "Bonjour,\nDepuis la coupure de courant de ce matin, le bâtiment B n'a plus de réseau. Le \
         commutateur du local technique reste éteint même après avoir réarmé le disjoncteur.\n\
         Paul Henry",
        NewIncident,
        None,
        None,
    ),
];
