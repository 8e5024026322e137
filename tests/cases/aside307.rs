//! The three-hundred-and-seventh aside part: written after the hundred-and-seventieth round,
//! before any change, on English from schools: a projector that won't turn on, a projector
//! wanted, a chase ("any update on this?"), a closure ("all sorted, thanks"), news ("the part
//! arrived today"), a list ("what's still open for us?").

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_307: &[Case] = &[
    case(
        "request",
        "a projector that won't turn on",
        "From: marc.petit@ac-lyon.example\nSubject: Room 5 projector",
        "Hi,\nThe projector in room 5 won't turn on since this morning, the power light stays \
         off.\nMarc",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a projector wanted",
        "From: claire.dubois@ac-lyon.example\nSubject: Projector for room 6",
        "Hello,\nCould we have a projector installed in room 6? It is the only classroom on the \
         floor without one.\nClaire",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "any update on this",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-030703] Room 5 projector",
        "Any update on this? Still no projector in room 5.\nMarc",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "all sorted, thanks",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-030704] Intervention terminée : Room 5 projector",
        "All sorted, thanks a lot!\nMarc",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the part arrived today",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-030705] Laptop trolley",
        "Hi,\nFYI the replacement charger was delivered to the front desk today, it is ready for \
         your technician.\nClaire",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "what's still open for us",
        "From: marc.petit@ac-lyon.example\nSubject: Open requests",
        "Hi,\nWhat's still open for us on your side?\nMarc",
        ListRequest,
        None,
        None,
    ),
];
