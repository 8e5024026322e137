//! The four-hundred-and-twentieth aside part: written after the hundred-and-ninetieth round,
//! before any change, on reports in English from the region's shared contact (a fault with a
//! level, a need, a chase, a fix confirmed).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_420: &[Case] = &[
    case(
        "urgency",
        "a fault with a level, English",
        "From: tice@region.example\nSubject: Collège Montaigne - network down",
        "Hello,\nThe whole network of the Montaigne school has been down since 8 am: no internet, \
         no printing.\nUrgency: high\nRegional IT team",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a need, English",
        "From: tice@region.example\nSubject: Faidherbe - extra access points",
        "Hello,\nThe Faidherbe school is opening two new classrooms in the annex and would need \
         wifi coverage there: two additional access points.\nRegional IT team",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a chase, English",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-042001] Montaigne server room air conditioning",
        "Hi,\nAny update on this one? It has been two weeks and the server room is still at 32 °C.\n\
         Regional IT team",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a fix confirmed, English",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-042002] Faidherbe badge readers",
        "Hi,\nThe school confirms all badge readers work again since Tuesday's visit. You can \
         close the ticket.\nRegional IT team",
        ClosureConfirmation,
        None,
        None,
    ),
];
