//! The three-hundred-and-eighty-seventh aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on English replies from schools: a chase, a closure, news, a
//! partial fix.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_387: &[Case] = &[
    case(
        "intent",
        "an English chase",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-038701] Staff room printer",
        "Hello,\nWe still haven't heard back about this. When will someone come?\nAnne",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an English closure",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-038702] Intervention terminée : Lab laptops",
        "All the laptops are working again, thanks a lot. You can close the ticket.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "English news",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-038703] Room 14 projector",
        "Hi,\nThe technician can pick up the key at the front desk from 8 am.\nClaire",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an English partial fix",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-038704] Intervention terminée : Wifi",
        "Hello,\nThe wifi is back in the main building, but the gym still has no signal.\nPaul",
        FollowUp,
        None,
        None,
    ),
];
