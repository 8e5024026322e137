//! The four-hundred-and-thirty-second aside part: written after the hundred-and-ninetieth round,
//! before any change, on chases numbered in the subject without the ticket's tag ("2e relance",
//! "Relance n°3") and closures in the desk's shorthand ("RAS", "à solder").

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_432: &[Case] = &[
    case(
        "intent",
        "a second chase without the tag",
        "From: paul.henry@ac-lille.example\nSubject: 2e relance - borne wifi du foyer",
        "Bonjour,\nLa borne wifi du foyer des élèves ne fonctionne toujours pas.\nPaul Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a third chase numbered",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Relance n°3 : serveur de la salle B12",
        "Bonjour,\nSans réponse à mes deux précédents messages, je me permets de vous relancer.\n\
         Anne Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "nothing to report since",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-043203] Switch du bâtiment D",
        "RAS depuis le remplacement du switch. Merci.\nM. Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a ticket to settle",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-043204] Téléphone de l'infirmerie",
        "Bonjour,\nLe téléphone a été changé hier, ce ticket peut être soldé.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
];
