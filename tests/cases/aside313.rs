//! The three-hundred-and-thirteenth aside part: written after the hundred-and-seventy-first
//! round, before any change, on new mails about a ticket named in the text: "Où en est le
//! ticket …", a visit expected yesterday, a photo asked for sent, a closure under a plain
//! subject, a number given with a new fault that is another matter.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_313: &[Case] = &[
    case(
        "intent",
        "Où en est le ticket",
        "From: paul.henry@ac-lille.example\nSubject: Question",
        "Bonjour,\nOù en est le ticket 2026-031301 ?\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit expected yesterday",
        "From: claire.dubois@ac-lyon.example\nSubject: Ticket 2026-031302",
        "Bonjour,\nLe technicien devait venir hier pour ce ticket, nous ne l'avons pas vu.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a photo asked for sent",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Suite ticket 2026-031303",
        "Bonjour,\nVoici la photo de l'étiquette que vous m'aviez demandée.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure under a plain subject",
        "From: j.martin@ac-aix.example\nSubject: Ticket 2026-031304 - vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur fonctionne de nouveau depuis le passage du technicien, vous \
         pouvez clore le ticket 2026-031304.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
];
