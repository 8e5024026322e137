//! The hundred-and-thirtieth aside part: written after the hundred-and-eighteenth round, before
//! any change, on automatic mail that clients and servers write and that earlier parts did not:
//! Outlook's recall of a message (French and English), a meeting accepted, Thunderbird's read
//! receipt as a `disposition-notification` report, Exchange's French non-delivery report, a
//! leave told in the subject's brackets; with phishing, an invoice, a transfer asked for, a
//! list's letter, a parent and a flagged offer.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_130: &[Case] = &[
    case(
        "spam",
        "Outlook's recall, in French",
        "From: claire.dubois@ac-lyon.example\nSubject: Rappel : [CESAME #2026-013001] Imprimante salle 2",
        "Claire Dubois souhaite rappeler le message « [CESAME #2026-013001] Imprimante salle 2 ».",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Outlook's recall, in English",
        "From: paul.henry@ac-lille.example\nSubject: Recall: [CESAME #2026-013002] Wifi CDI",
        "Paul Henry would like to recall the message, \"[CESAME #2026-013002] Wifi CDI\".",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a meeting accepted",
        "From: sandrine.morel@ac-paris.example\nSubject: Accepté: Intervention baie réseau [CESAME #2026-013003]\nContent-Type: text/calendar; charset=utf-8; method=REPLY",
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2016\nVERSION:2.0\n\
         BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED:mailto:sandrine.morel@ac-paris.example\n\
         SUMMARY:Accepté: Intervention baie réseau [CESAME #2026-013003]\n\
         DTSTART:20261210T080000Z\nEND:VEVENT\nEND:VCALENDAR",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Thunderbird's read receipt",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Accusé de réception (affiché) - [CESAME #2026-013004] Scanner\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"mdn1\"",
        "--mdn1\nContent-Type: text/plain; charset=utf-8\n\nCeci est un accusé de réception pour le \
         courriel que vous avez envoyé à anne.leroux@ac-bordeaux.example.\n\nNote : cet accusé \
         de réception indique seulement que le message a été affiché sur l'ordinateur du \
         destinataire.\n--mdn1\nContent-Type: message/disposition-notification\n\n\
         Reporting-UA: Thunderbird\nFinal-Recipient: rfc822;anne.leroux@ac-bordeaux.example\n\
         Disposition: manual-action/MDN-sent-manually; displayed\n--mdn1--",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's French non-delivery report",
        "From: postmaster@ac-lille.example\nSubject: Non remis : [CESAME #2026-013005] Onduleur\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"ndr1\"",
        "--ndr1\nContent-Type: text/plain; charset=utf-8\n\nVotre message n'a pas pu être remis \
         à p.henry@ac-lille.example, car cette adresse est introuvable.\n--ndr1\n\
         Content-Type: message/delivery-status\n\nReporting-MTA: dns;mail.ac-lille.example\n\n\
         Final-Recipient: rfc822;p.henry@ac-lille.example\nAction: failed\nStatus: 5.1.1\n\
         --ndr1--",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "a leave in the subject's brackets",
        "From: j.martin@ac-aix.example\nSubject: [Absence] Re: [CESAME #2026-013006] Routeur",
        "Bonjour,\nJe suis en congé de formation jusqu'au 11 décembre inclus, sans accès à ma \
         messagerie. En cas d'urgence, merci de contacter l'accueil du collège au 04 91 00 00 00.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a full mailbox, in French",
        "From: support-messagerie@boite-securite.example\nSubject: Votre boîte aux lettres a atteint sa limite",
        "Cher utilisateur,\nVotre boîte aux lettres a atteint 99 % de sa capacité. Vous ne pourrez \
         bientôt plus recevoir de messages. Cliquez ici pour augmenter gratuitement votre quota : \
         http://boite-securite.example/quota\nL'équipe informatique",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an unpaid invoice",
        "From: comptabilite@factures-rapides.example\nSubject: URGENT - Facture impayée n° 4821",
        "Bonjour,\nSauf erreur de notre part, la facture n° 4821 reste impayée. Merci de régler \
         sous 48 heures via le lien sécurisé ci-dessous pour éviter toute suspension de service.\n\
         https://factures-rapides.example/payer",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a transfer asked for discreetly",
        "From: proviseur.lycee-ampere@gmail.example\nSubject: Êtes-vous disponible ?",
        "Bonjour,\nÊtes-vous disponible ? J'ai besoin que vous effectuiez un virement discret \
         aujourd'hui pour un fournisseur. Je suis en réunion, répondez-moi uniquement par mail.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a list's letter",
        "From: dane@ac-lyon.example\nSubject: Lettre d'information de la DANE - décembre\nList-Id: <lettre-dane.ac-lyon.example>\nList-Unsubscribe: <mailto:sympa@ac-lyon.example?subject=unsubscribe%20lettre-dane>\nPrecedence: list",
        "Au sommaire : les nouveaux tableaux interactifs, les formations du second trimestre et \
         un rappel sur le signalement des pannes urgentes.",
        Bulk,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a parent writes",
        "From: famille.bernard@orange.example\nSubject: ENT de mon fils",
        "Bonjour,\nMon fils, élève de seconde au lycée Ampère, n'arrive plus à se connecter à \
         l'ENT depuis une semaine. Pouvez-vous régler le problème ?\nCordialement,\nM. Bernard",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "an offer flagged upstream",
        "From: ventes@ecrans-pro.example\nSubject: Maintenance informatique : -30 % pour les établissements\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=7.9 required=5.0",
        "Bonjour,\nVotre parc informatique tombe souvent en panne ? Notre contrat de maintenance \
         à -30 % est fait pour vous. Répondez vite, offre limitée !",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a delivery delayed, in English",
        "From: MAILER-DAEMON@mail.ac-aix.example\nSubject: Delayed Mail (still being retried)\nAuto-Submitted: auto-replied",
        "This is the mail system at host mail.ac-aix.example.\n\n#################################\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
         #################################\n\nYour message could not be delivered for 4.0 hours.\n\
         It will be retried until it is 5.0 days old.\n\n<j.martin@ac-aix.example>: \
         connect to mx.ac-aix.example[192.0.2.10]:25: Connection timed out",
        Bounce,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a school's agent",
        "From: agent.accueil@ac-paris.example\nSubject: Téléphone de l'accueil",
        "Bonjour,\nJe suis agent d'accueil au lycée Voltaire : le téléphone de la loge ne sonne \
         plus depuis ce matin.\nMerci",
        Unauthorised,
        None,
        None,
    ),
];
