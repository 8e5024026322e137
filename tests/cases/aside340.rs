//! The three-hundred-and-fortieth aside part: written after the hundred-and-seventy-sixth round,
//! before any change, on English replies about the end: "works fine now", "issue resolved, you
//! can close it", "no more problems since Tuesday", "not fixed, same error", "partly working".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_340: &[Case] = &[
    case(
        "intent",
        "works fine now",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-034001] Intervention terminée : Room 5 projector",
        "Works fine now, thanks!\nMarc",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "issue resolved, you can close it",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-034002] Staff room printer",
        "Hello,\nIssue resolved on our side, you can close it.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no more problems since Tuesday",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-034003] Wifi dropouts",
        "Hi,\nNo more dropouts since Tuesday's visit, everything is stable.\nMarc",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "not fixed, same error",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-034004] Intervention terminée : Server",
        "Not fixed, same error as before when the server boots.\nClaire",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "partly working",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-034005] Room 12 network",
        "Hi,\nThe front row works again but the back row still has no network.\nMarc",
        FollowUp,
        None,
        None,
    ),
];
