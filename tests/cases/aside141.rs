//! The hundred-and-forty-first aside part: written after the hundred-and-twenty-seventh round,
//! before any change, on automatic mail, partners and phishing in forms not yet written:
//! Exchange's relay notice and its delay in French, qmail's and a French ISP's bounce in plain
//! text, Zimbra's vacation answer, RT's autoreply and Zammad's, Remedy's resolution in French,
//! the contractor's robot acknowledging a work order; phishing as a traffic fine, a parcel, the
//! desk itself, and an offer that rspamd flagged with its own header.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_141: &[Case] = &[
    case(
        "spam",
        "Exchange's relay notice",
        "From: postmaster@ac-lyon.example\nSubject: Remis : [CESAME #2026-014101] Imprimante CDI\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"dsn1\"",
        "--dsn1\nContent-Type: text/plain; charset=utf-8\n\nVotre message a été remis aux \
         destinataires suivants :\n\nclaire.dubois@ac-lyon.example\n\nObjet : [CESAME \
         #2026-014101] Imprimante CDI\n--dsn1\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns;mail.ac-lyon.example\n\nFinal-Recipient: \
         rfc822;claire.dubois@ac-lyon.example\nAction: relayed\nStatus: 2.0.0\n--dsn1--",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's delay, in French",
        "From: postmaster@ac-paris.example\nSubject: Remise retardée : [CESAME #2026-014102] Standard téléphonique",
        "Ceci est un message de notification de remise.\n\nLa remise du message suivant a été \
         retardée :\n\nsandrine.morel@ac-paris.example\nObjet : [CESAME #2026-014102] Standard \
         téléphonique\n\nCe message n'a pas encore été remis. Le système va continuer à essayer \
         de le remettre.",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "qmail's failure notice",
        "From: MAILER-DAEMON@mx.college-mistral.example\nSubject: failure notice",
        "Hi. This is the qmail-send program at mx.college-mistral.example.\nI'm afraid I wasn't \
         able to deliver your message to the following addresses.\nThis is a permanent error; \
         I've given up. Sorry it didn't work out.\n\n<intendance@college-mistral.example>:\n\
         Sorry, no mailbox here by that name. (#5.1.1)",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "a French ISP's bounce in plain text",
        "From: Mail Delivery System <MAILER-DAEMON@smtp.fai.example>\nSubject: Echec de remise du message",
        "Ce message a été généré automatiquement par le serveur de messagerie.\n\nVotre message \
         n'a pas pu être délivré à un ou plusieurs destinataires :\n\n\
         gestionnaire.lycee@fai.example : boîte aux lettres pleine\n\nLe message d'origine est \
         joint ci-dessous.",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Zimbra's vacation answer",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-014105] Scanner secrétariat\nAuto-Submitted: auto-replied (zimbra; vacation)",
        "Bonjour,\nJe suis actuellement en déplacement et consulterai mes messages à mon retour, \
         le lundi 14 décembre.\nBien cordialement,\nAnne Leroux",
        AutoReply,
        None,
        None,
    ),
    case(
        "platform",
        "RT's autoreply",
        "From: CRI Lyon via RT <rt@crilyon.example>\nSubject: [crilyon #48211] AutoReply: [CESAME #2026-014106] Imprimante salle 3\nRT-Ticket: crilyon #48211\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk\nAuto-Submitted: auto-replied",
        "Greetings,\n\nThis message has been automatically generated in response to the creation \
         of a trouble ticket regarding:\n\t\"[CESAME #2026-014106] Imprimante salle 3\",\n\
         a summary of which appears below.\n\nThere is no need to reply to this message right \
         now. Your ticket has been assigned an ID of [crilyon #48211].",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's answer",
        "From: Support Département <support@departement13.example>\nSubject: [Ticket#1013422] RE: [CESAME #2026-014107] Routeur salle info\nX-Loop: yes\nPrecedence: bulk\nAuto-Submitted: auto-generated\nX-Zammad-Ticket-Number: 1013422",
        "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro [Ticket#1013422]. Un \
         technicien du département la prendra en charge.\n\nLe support du Département",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's resolution, in French",
        "From: assistance@ac-lille.example\nSubject: L'incident INC000000481233 a été résolu\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nL'incident INC000000481233 (Référence externe : CESAME #2026-014108) a été \
         résolu par le groupe Support Proximité.\nRésolution : poste réinstallé.\nSi le problème \
         persiste, répondez à ce message sous 5 jours.\n\nAssistance académique",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor's robot acknowledges",
        "From: noreply@maintenance-scolaire.example\nSubject: Accusé de réception - [CESAME #2026-014109] Ordre de travail - Lycée Faidherbe - Onduleur\nAuto-Submitted: auto-generated",
        "Votre ordre de travail a bien été enregistré sous la référence OT-2026-5512.\nUn \
         technicien sera affecté selon le délai contractuel.\n\nCeci est un message automatique, \
         merci de ne pas y répondre.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a traffic fine",
        "From: ANTAI <avis@antai-paiement.example>\nSubject: Avis de contravention en attente de paiement",
        "Bonjour,\nUn avis de contravention relatif à un véhicule de votre établissement est en \
         attente de paiement. Sans règlement sous 72 heures, une majoration de 90 € sera \
         appliquée.\nRéglez votre amende en ligne : https://antai-paiement.example/reglement",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a parcel waiting",
        "From: La Poste <suivi@colis-laposte-info.example>\nSubject: Votre colis est en attente de livraison",
        "Bonjour,\nVotre colis n° 6A20481733 n'a pas pu être livré : des frais de réexpédition de \
         1,99 € restent à régler. Programmez une nouvelle livraison ici : \
         https://colis-laposte-info.example/livraison",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "the desk itself, suspended",
        "From: CESAME Support <support@cesame-assistance.example>\nSubject: [CESAME] Votre compte sera suspendu",
        "Bonjour,\nSuite à une mise à jour de notre plateforme de tickets, votre compte sera \
         suspendu dans les 24 heures. Pour continuer à suivre vos demandes, validez vos \
         identifiants ENT ici : https://cesame-assistance.example/validation\nL'équipe CESAME",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an offer flagged by rspamd",
        "From: contact@toner-discount.example\nSubject: Vos cartouches d'imprimante à prix cassés\nX-Spam: Yes\nX-Spamd-Result: default: False [9.80 / 15.00]",
        "Bonjour,\nVos imprimantes tombent à court d'encre ? Toutes nos cartouches compatibles à \
         -60 %, livraison offerte dès 49 € pour les établissements scolaires.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a meeting declined, in French",
        "From: paul.henry@ac-lille.example\nSubject: Refusé : Passage technicien [CESAME #2026-014114]\nContent-Type: text/calendar; charset=utf-8; method=REPLY",
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n\
         BEGIN:VEVENT\nATTENDEE;PARTSTAT=DECLINED:mailto:paul.henry@ac-lille.example\n\
         SUMMARY:Refusé : Passage technicien [CESAME #2026-014114]\n\
         DTSTART:20261211T130000Z\nEND:VEVENT\nEND:VCALENDAR",
        AutoReply,
        None,
        None,
    ),
];
