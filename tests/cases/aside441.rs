//! The four-hundred-and-forty-first aside part: written after the hundred-and-ninety-first
//! round, before any change, on faults asked as questions ("Est-ce normal que …", "Savez-vous
//! pourquoi …", a subject that ends with a question mark) beside a need asked the same way.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_441: &[Case] = &[
    case(
        "request",
        "is it normal",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Mises à jour",
        "Bonjour,\nEst-ce normal que les postes de la salle 6 redémarrent tous seuls pendant les \
         cours pour installer des mises à jour ?\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "do you know why",
        "From: marc.petit@ac-lyon.example\nSubject: Messagerie lente ?",
        "Bonjour,\nSavez-vous pourquoi la messagerie met plus d'une minute à s'ouvrir depuis \
         lundi sur tous les postes de l'administration ?\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a subject that asks",
        "From: j.martin@ac-aix.example\nSubject: Plus de son en salle 3 ?",
        "Bonjour,\nLes enceintes de la salle 3 restent muettes, que ce soit depuis le poste ou le \
         vidéoprojecteur.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need asked the same way",
        "From: paul.henry@ac-lille.example\nSubject: Écran pour la salle du conseil ?",
        "Bonjour,\nSerait-il possible d'avoir un grand écran pour la salle du conseil, afin d'y \
         projeter les bulletins pendant les conseils de classe ?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
];
