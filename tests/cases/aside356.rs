//! The three-hundred-and-fifty-sixth aside part: written after the hundred-and-seventy-ninth
//! round, before any change, on replies in English and French mixed, and one in Spanish: a
//! chase with a French greeting and an English body, a closure in Spanish from a language
//! assistant's account forwarded by the contact, news half in each language.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_356: &[Case] = &[
    case(
        "intent",
        "a chase with a French greeting",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-035601] Switch salle 12",
        "Bonjour,\nStill nothing on our side, the room has had no network for ten days.\nMarc",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news half in each language",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-035602] Laptop trolley",
        "Hello,\nLe chariot est dans la salle B12, the key is at the front desk.\nClaire",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in Spanish relayed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-035603] Intervention terminée : Casques salle de langues",
        "Bonjour,\nL'assistante d'espagnol confirme : « Todo funciona perfectamente, gracias. » Vous \
         pouvez clore.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
];
