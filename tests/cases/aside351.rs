//! The three-hundred-and-fifty-first aside part: written after the hundred-and-seventy-eighth
//! round, before any change, on chases in a new mail without a number: an earlier mail recalled
//! by its date, "deuxième message", a phone call recalled, "je n'ai toujours pas de numéro de
//! ticket".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_351: &[Case] = &[
    case(
        "intent",
        "an earlier mail recalled by its date",
        "From: claire.dubois@ac-lyon.example\nSubject: Imprimante du CDI",
        "Bonjour,\nJe vous ai écrit le 12 novembre au sujet de l'imprimante du CDI, sans réponse à ce \
         jour.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "deuxième message",
        "From: paul.henry@ac-lille.example\nSubject: Deuxième message - vidéoprojecteur salle 14",
        "Bonjour,\nDeuxième message au sujet du vidéoprojecteur de la salle 14, qui ne s'allume \
         toujours pas.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a phone call recalled",
        "From: sandrine.morel@ac-paris.example\nSubject: Suite à mon appel",
        "Bonjour,\nSuite à mon appel de lundi au sujet du serveur ENT, je n'ai reçu aucun retour.\n\
         S. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still no ticket number",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Signalement du photocopieur",
        "Bonjour,\nJe n'ai toujours pas reçu de numéro de ticket pour le photocopieur signalé la \
         semaine dernière.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
];
