//! The three-hundred-and-forty-seventh aside part: written after the hundred-and-seventy-seventh
//! round, before any change, on telephony, need or fault: a line to add for the infirmary, the
//! infirmary's line gone silent, calls to forward during the holidays, call forwarding that no
//! longer works, a second cordless handset.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_347: &[Case] = &[
    case(
        "request",
        "a line to add",
        "From: sandrine.morel@ac-paris.example\nSubject: Ligne téléphonique infirmerie",
        "Bonjour,\nL'infirmerie partage aujourd'hui la ligne de la vie scolaire : il faudrait lui \
         ajouter une ligne directe.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a line gone silent",
        "From: paul.henry@ac-lille.example\nSubject: Ligne de l'infirmerie muette",
        "Bonjour,\nLa ligne de l'infirmerie est muette depuis ce matin : pas de tonalité.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "calls to forward during the holidays",
        "From: j.martin@ac-aix.example\nSubject: Renvoi d'appel pendant les vacances",
        "Bonjour,\nPendant les vacances de Noël, pourriez-vous renvoyer le numéro du secrétariat \
         vers le portable de permanence ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "call forwarding that no longer works",
        "From: claire.dubois@ac-lyon.example\nSubject: Renvoi d'appel",
        "Bonjour,\nLe renvoi d'appel du standard vers la vie scolaire ne fonctionne plus depuis la \
         coupure de courant de lundi.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a second cordless handset",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Combiné sans fil",
        "Bonjour,\nSerait-il possible d'avoir un second combiné sans fil pour la cour ? La \
         directrice ne peut pas rester près du bureau pendant la surveillance.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
];
