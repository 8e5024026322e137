//! The two-hundred-and-ninety-sixth aside part: written after the hundred-and-sixty-ninth round,
//! before any change, on robots in other clothes: an out-of-office in the subject only, an
//! Exchange non-delivery report in French, a vacation reply in English with no auto headers, a
//! read receipt as a multipart report, a mailbox-full bounce from a school's server.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_296: &[Case] = &[
    case(
        "intent",
        "an out-of-office in the subject only",
        "From: marc.petit@ac-lyon.example\nSubject: Absent du 7 au 18 décembre - RE: [CESAME #2026-029601] Switch salle 12",
        "Je serai absent du 7 au 18 décembre inclus, sans accès à ma messagerie. Pour le lycée, \
         merci de contacter Claire Dubois.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "an Exchange non-delivery report in French",
        "From: Microsoft Outlook <postmaster@ac-paris.example>\nSubject: Non remis : [CESAME #2026-029602] Accusé de réception\nContent-Type: text/plain; charset=utf-8\nX-MS-Exchange-Message-Is-Ndr: ",
        "Votre message n'a pas pu être remis à ces destinataires ou groupes :\n\n\
         s.morel@ac-paris.example\nL'adresse de messagerie que vous avez entrée est introuvable.\n\n\
         Informations de diagnostic pour les administrateurs :\nServeur de génération : \
         mx1.ac-paris.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not \
         found'",
        Bounce,
        None,
        None,
    ),
    case(
        "intent",
        "a vacation reply in English without auto headers",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-029603] Wifi CDI",
        "Thank you for your message. I am out of the office until January 4th with limited access \
         to email. For urgent matters please contact the school office.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "a read receipt as a multipart report",
        "From: paul.henry@ac-lille.example\nSubject: Lu : [CESAME #2026-029604] Ordre de travail transmis\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn\"",
        "--mdn\nContent-Type: text/plain; charset=utf-8\n\nCeci est un accusé de lecture pour le \
         message envoyé à paul.henry@ac-lille.example.\n--mdn\nContent-Type: \
         message/disposition-notification\n\nReporting-UA: ac-lille.example; Thunderbird\n\
         Final-Recipient: rfc822;paul.henry@ac-lille.example\nDisposition: \
         manual-action/MDN-sent-manually; displayed\n--mdn--",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a mailbox-full bounce from a school's server",
        "From: MAILER-DAEMON@mail.ac-bordeaux.example\nSubject: Undelivered Mail Returned to Sender",
        "This is the mail system at host mail.ac-bordeaux.example.\n\nI'm sorry to have to inform \
         you that your message could not be delivered to one or more recipients.\n\n\
         <anne.leroux@ac-bordeaux.example>: host mailbox.ac-bordeaux.example said: 552 5.2.2 \
         Mailbox full",
        Bounce,
        None,
        None,
    ),
];
