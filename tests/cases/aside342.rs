//! The three-hundred-and-forty-second aside part: written after the hundred-and-seventy-sixth
//! round, before any change, on replies that lost the tag: "Re: Votre signalement" with the
//! desk's message in In-Reply-To, adding a detail, chasing, closing; and one whose only trace is
//! the quoted acknowledgement.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_342: &[Case] = &[
    case(
        "intent",
        "a detail under a lost tag",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: Votre signalement\nIn-Reply-To: <ack-2026-034201@cesame.example>",
        "Bonjour,\nLe poste concerné est le numéro 7, près de la fenêtre.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase under a lost tag",
        "From: paul.henry@ac-lille.example\nSubject: Re: Votre signalement\nIn-Reply-To: <ack-2026-034202@cesame.example>\nReferences: <ack-2026-034202@cesame.example>",
        "Bonjour,\nToujours rien de votre côté ?\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure under a lost tag",
        "From: j.martin@ac-aix.example\nSubject: Re: Intervention\nIn-Reply-To: <news-2026-034203@cesame.example>",
        "Tout fonctionne, merci, vous pouvez clore.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "only the quoted acknowledgement",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Re: Accusé de réception",
        "Bonjour,\nLa classe sera vide mercredi après-midi si le technicien peut passer.\nA. Leroux\n\n\
         > Votre signalement a bien été enregistré sous la référence 2026-034204.",
        FollowUp,
        None,
        None,
    ),
];
