//! The two-hundred-and-thirteenth aside part: written after the hundred-and-fifty-third round,
//! before any change, on automatic mail in forms not yet written: Outlook's recall in French, a
//! meeting declined, a tentative answer, Gmail's delay notice, Postfix's report with its
//! delivery-status part, Exchange's relay notice (a success, no failure), a ticket system's
//! survey from a firm.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_213: &[Case] = &[
    case(
        "spam",
        "Outlook's recall in French",
        "From: claire.dubois@ac-lyon.example\nSubject: Rappel : Imprimante CDI",
        "Claire Dubois souhaite rappeler le message « Imprimante CDI ».",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a meeting declined",
        "From: sandrine.morel@ac-paris.example\nSubject: Refusé: Intervention [CESAME #2026-021302] Standard\nContent-Type: text/calendar; charset=utf-8; method=REPLY",
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nVERSION:2.0\nBEGIN:VEVENT\n\
         ATTENDEE;PARTSTAT=DECLINED:mailto:sandrine.morel@ac-paris.example\n\
         SUMMARY:Refusé: Intervention [CESAME #2026-021302] Standard\nEND:VEVENT\nEND:VCALENDAR",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a tentative answer",
        "From: paul.henry@ac-lille.example\nSubject: Provisoire: Intervention [CESAME #2026-021303] Baie\nContent-Type: text/calendar; charset=utf-8; method=REPLY",
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nVERSION:2.0\nBEGIN:VEVENT\n\
         ATTENDEE;PARTSTAT=TENTATIVE:mailto:paul.henry@ac-lille.example\n\
         SUMMARY:Provisoire: Intervention [CESAME #2026-021303] Baie\nEND:VEVENT\nEND:VCALENDAR",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Gmail's delay notice",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nSubject: Delivery Status Notification (Delay)",
        "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to \
         secretariat@college-exemple.example. Gmail will retry for 47 more hours. You'll be notified \
         if the delivery fails permanently.",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Postfix's report with its delivery-status part",
        "From: MAILER-DAEMON@mx.region.example (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"ds\"",
        "--ds\nContent-Type: text/plain; charset=us-ascii\n\nThis is the mail system at host \
         mx.region.example.\n\nI'm sorry to have to inform you that your message could not be \
         delivered to one or more recipients.\n--ds\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; mx.region.example\n\nFinal-Recipient: rfc822; \
         vieux.compte@ac-lyon.example\nAction: failed\nStatus: 5.1.1\n--ds--",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's relay notice",
        "From: Microsoft Outlook <postmaster@ac-bordeaux.example>\nSubject: Relayed: [CESAME #2026-021306] Accusé de réception : Scanner",
        "Delivery to these recipients or groups is complete, but no delivery notification was sent by \
         the destination server:\n\nanne.leroux@ac-bordeaux.example",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a ticket system's survey from a firm",
        "From: Satisfaction <survey@helpdesk-firme.example>\nSubject: Votre avis sur notre intervention\nAuto-Submitted: auto-generated",
        "Bonjour,\nComment évaluez-vous notre intervention du 3 décembre ? Répondez en un clic : \
         https://helpdesk-firme.example/survey/8812",
        AutoReply,
        None,
        None,
    ),
];
