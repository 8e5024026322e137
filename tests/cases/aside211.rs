//! The two-hundred-and-eleventh aside part: written after the hundred-and-fifty-third round,
//! before any change, on replies from international sections written in English or in both
//! languages: a chase, a closure, a partial fix, news of the visit, a list of open tickets
//! asked, a chase in French under an English greeting, a closure in English under a French
//! signature.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_211: &[Case] = &[
    case(
        "intent",
        "a chase in English",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021101] Language lab",
        "Hello,\nIs there any progress on this ticket? The language lab has been down for two weeks.\nPaul",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in English",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-021102] Intervention terminée : Projector room 5",
        "All sorted now, the projector works fine. Thanks a lot!",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix in English",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021103] Intervention terminée : Headsets",
        "Most headsets work again, but three of them still have no microphone.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "news of the visit in English",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-021104] Intervention prévue : Server room",
        "The technician can park behind the gym; the server room key is at the front desk.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "open tickets asked in English",
        "From: j.martin@ac-aix.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of our tickets that are still open?\nThanks,\nJean",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in French under an English greeting",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021106] Wifi gymnase",
        "Hi,\nToujours aucune nouvelle du technicien depuis votre message de lundi.\nPaul",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in English under a French signature",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-021107] Intervention terminée : Printer B12",
        "Works perfectly now, you can close the ticket.\n\nMarc Petit\nSuppléant TICE - Lycée Ampère",
        ClosureConfirmation,
        None,
        None,
    ),
];
