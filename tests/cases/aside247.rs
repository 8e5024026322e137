//! The two-hundred-and-forty-seventh aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on machines of other makes: Exchange's French non-delivery
//! report, qmail's failure, Exim's failure, an Italian absence, a German absence with the
//! desk's tag, the desk's own mail come back in a loop.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_247: &[Case] = &[
    case(
        "spam",
        "Exchange's French non-delivery report",
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-lyon.example>\nSubject: Non remis : [CESAME #2026-024701] Accusé de réception : Poste CPE\nContent-Type: text/plain; charset=utf-8",
        "Votre message n'a pas pu être remis à certains destinataires.\n\nDestinataires : \
         ancien.cpe@ac-lyon.example\nLe système de messagerie n'a pas pu trouver l'adresse \
         électronique spécifiée.\n\nServeur de diagnostic : EX01.ac-lyon.example\nRemote Server \
         returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "qmail's failure",
        "From: MAILER-DAEMON@mail.college-exemple.example\nSubject: failure notice",
        "Hi. This is the qmail-send program at mail.college-exemple.example.\nI'm afraid I wasn't \
         able to deliver your message to the following addresses.\nThis is a permanent error; \
         I've given up. Sorry it didn't work out.\n\n<secretariat@college-exemple.example>:\n\
         Sorry, no mailbox here by that name. (#5.1.1)",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Exim's failure",
        "From: Mail Delivery System <Mailer-Daemon@mx.departement.example>\nSubject: Mail delivery failed: returning message to sender\nAuto-Submitted: auto-replied",
        "This message was created automatically by mail delivery software.\n\nA message that you \
         sent could not be delivered to one or more of its recipients. This is a permanent error. \
         The following address(es) failed:\n\n  support-ancien@departement.example\n    \
         unknown user",
        Bounce,
        None,
        None,
    ),
    case(
        "intent",
        "an Italian absence",
        "From: claire.dubois@ac-lyon.example\nSubject: Risposta automatica: [CESAME #2026-024704] Stampante",
        "Sono fuori ufficio fino al 4 gennaio con accesso limitato alla posta elettronica.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "a German absence with the desk's tag",
        "From: paul.henry@ac-lille.example\nSubject: Abwesenheitsnotiz: [CESAME #2026-024705] Drucker\nAuto-Submitted: auto-replied",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar nicht im Büro.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "the desk's own mail come back",
        "From: CESAME <cesame@cesame.example>\nSubject: [CESAME #2026-024706] Accusé de réception : Photocopieur\nAuto-Submitted: auto-replied\nX-Loop: cesame@cesame.example",
        "Bonjour,\nVotre signalement a été enregistré sous le numéro 2026-024706.\nLe service CESAME",
        AutoReply,
        None,
        None,
    ),
];
