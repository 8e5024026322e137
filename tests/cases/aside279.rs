//! The two-hundred-and-seventy-ninth aside part: written after the hundred-and-sixty-fifth round,
//! before any change, on urgency and codes in a new mail's corners: the level in a signature's
//! line, "URGENT" inside a forwarded teacher's mail under calm words, an urgency asked as a
//! question, a code after "RNE", a code written twice with one wrong, a level in English
//! capitals in the subject.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_279: &[Case] = &[
    case(
        "urgency",
        "the level after the signature's name",
        "From: paul.henry@ac-lille.example\nSubject: Badgeuse cantine",
        "Bonjour,\nLa badgeuse de la cantine refuse toutes les cartes depuis ce midi.\nP. Henry\n\
         Niveau d'urgence : élevé",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "URGENT inside a forwarded mail under calm words",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: Ordinateur salle 9",
        "Bonjour,\nPour information et suite à donner, sans urgence particulière de notre côté.\n\n\
         -------- Message transféré --------\nDe : Luc Bertin <luc.bertin@ac-paris.example>\nObjet : \
         URGENT ordinateur salle 9\n\nL'ordinateur de la salle 9 fait un bruit de ventilateur très \
         fort.",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "an urgency asked as a question",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablette CM1",
        "Bonjour,\nUne tablette de CM1 ne charge plus. Je ne sais pas quel niveau d'urgence \
         indiquer : est-ce urgent pour vous ?\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "uai",
        "a code after RNE",
        "From: j.martin@ac-aix.example\nSubject: Scanner secrétariat",
        "Bonjour,\nLe scanner du secrétariat ne numérise plus qu'une page sur deux.\nRNE : \
         0130456A\nJ. Martin",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "a code written twice with one wrong",
        "From: claire.dubois@ac-lyon.example\nSubject: Poste CPE - 0691234T",
        "Bonjour,\nPardon, erreur dans l'objet : notre code est 0691234S. Le poste de la CPE ne \
         démarre plus.\nClaire Dubois",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "urgency",
        "HIGH PRIORITY in the subject",
        "From: marc.petit@ac-lyon.example\nSubject: HIGH PRIORITY - exam room PCs frozen",
        "Hello,\nAll twelve PCs in the exam room froze at login this morning.\nMarc Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
