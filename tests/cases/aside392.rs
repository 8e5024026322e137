//! The three-hundred-and-ninety-second aside part: written after the hundred-and-eighty-fifth
//! round, before any change, on robots: an absence in English with no header, a delayed delivery
//! notice, a ticketing tool's receipt from an unknown platform, a mailbox full bounce.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_392: &[Case] = &[
    case(
        "auto-reply",
        "an absence in English with no header",
        "From: j.martin@ac-aix.example\nSubject: Out of Office: [CESAME #2026-039201] Accusé de réception",
        "I am out of the office until January 4th with no access to my e-mail.\nJ. Martin",
        AutoReply,
        None,
        None,
    ),
    case(
        "bounce",
        "a delayed delivery notice",
        "From: Mail Delivery System <MAILER-DAEMON@mx.ac-lille.example>\nSubject: Delayed Mail (still being retried)",
        "This is the mail system at host mx.ac-lille.example.\n\n####################\n# THIS IS \
         A WARNING ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################\n\nYour \
         message could not be delivered for 4 hours. It will be retried until it is 5 days old.",
        Bounce,
        None,
        None,
    ),
    case(
        "bounce",
        "a mailbox full bounce",
        "From: postmaster@ac-paris.example\nSubject: Undeliverable: [CESAME #2026-039203] Accusé de réception",
        "Delivery has failed to these recipients or groups:\nsandrine.morel@ac-paris.example\nThe \
         recipient's mailbox is full and can't accept messages now.",
        Bounce,
        None,
        None,
    ),
];
