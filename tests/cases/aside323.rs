//! The three-hundred-and-twenty-third aside part: written after the hundred-and-seventy-third
//! round, before any change, on senders to refuse and robots: the principal of a listed school
//! who is not its contact, a colleague on the same domain, an out-of-office in German, a
//! school's mail system acknowledging receipt, an Outlook recall message.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_323: &[Case] = &[
    case(
        "unauthorised",
        "the principal of a listed school",
        "From: principal.mistral@ac-aix.example\nSubject: Vidéoprojecteur du réfectoire",
        "Bonjour,\nJe suis le principal du collège Mistral. Le vidéoprojecteur du réfectoire ne \
         s'allume plus.\nLe principal",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a colleague on the same domain",
        "From: julie.vasseur@ac-lyon.example\nSubject: Poste de la salle 112",
        "Bonjour,\nLe poste de la salle 112 du lycée Ampère ne démarre plus. Claire est absente, \
         je me permets de vous écrire directement.\nJulie Vasseur, professeure de SVT",
        Unauthorised,
        None,
        None,
    ),
    case(
        "intent",
        "an out-of-office in German",
        "From: marc.petit@ac-lyon.example\nSubject: Automatische Antwort: [CESAME #2026-032303] Switch salle 12\nAuto-Submitted: auto-replied",
        "Ich bin bis zum 4. Januar nicht im Büro und habe keinen Zugriff auf meine E-Mails.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "a school's mail system acknowledging receipt",
        "From: claire.dubois@ac-lyon.example\nSubject: Accusé de réception automatique : [CESAME #2026-032304] Wifi CDI\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All",
        "Votre message a bien été reçu par le secrétariat du lycée Ampère. Il sera traité dans les \
         meilleurs délais.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "an Outlook recall message",
        "From: sandrine.morel@ac-paris.example\nSubject: Rappel : [CESAME #2026-032305] Imprimante CDI\nContent-Type: text/plain; charset=utf-8",
        "Sandrine Morel souhaite rappeler le message « [CESAME #2026-032305] Imprimante CDI ».",
        AutoReply,
        None,
        None,
    ),
];
