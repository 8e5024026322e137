//! The hundred-and-eighty-ninth aside part: written after the hundred-and-forty-eighth round,
//! before any change, on partners and robots once more: a contractor's invoice for a work
//! order (no lure), a contractor writing "urgent" of its own planning, a technician from his
//! phone, Remedy's work note and its resolution asking the closure, Zammad's automatic receipt,
//! a delivery delayed, a meeting accepted, a digest of a list.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_189: &[Case] = &[
    case(
        "contractor",
        "a contractor's invoice for a work order",
        "From: comptabilite@maintenance-scolaire.example\nSubject: Facture intervention OT-2026-018901",
        "Bonjour,\nVeuillez trouver ci-joint la facture n° F-2026-1187 relative à l'intervention \
         OT-2026-018901 (remplacement d'un commutateur), d'un montant de 412,80 € TTC, payable à 30 \
         jours.\nService comptabilité",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor writing urgent of its planning",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-018902] Ordre de travail - Lycée Voltaire - Wifi",
        "URGENT : merci de nous confirmer avant 16 h le créneau de demain 8 h, sinon l'intervention \
         sera reportée à la semaine prochaine.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a technician from his phone",
        "From: t.lambert@maintenance-scolaire.example\nSubject: Re: [CESAME #2026-018903] Ordre de travail - Collège Mistral - Copieur",
        "Sur place, le copieur redémarre. Fusion changée. Je clôture l'OT.\n\nEnvoyé depuis mon mobile",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's work note",
        "From: assistance@ac-paris.example\nSubject: INC000000618904 : note de travail ajoutée\nAuto-Submitted: auto-generated",
        "Une note de travail a été ajoutée à l'incident INC000000618904 (référence externe : CESAME \
         #2026-018904).\nNote : le technicien de proximité passera jeudi matin.\nGroupe affecté : \
         Proximité Paris Centre",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's resolution asking the closure",
        "From: assistance@ac-lille.example\nSubject: Incident INC000000618905 résolu\nAuto-Submitted: auto-generated",
        "Bonjour,\nL'incident INC000000618905 (CESAME #2026-018905) est résolu.\nRésolution : câble \
         réseau remplacé.\nSans réponse de votre part sous 5 jours, l'incident sera clos \
         automatiquement.\nL'assistance académique",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's automatic receipt",
        "From: Support Département <support@departement59.example>\nSubject: Merci pour votre demande ([CESAME #2026-018906] Routeur) [Ticket#1018906]\nAuto-Submitted: auto-replied\nX-Loop: yes\nPrecedence: bulk",
        "Bonjour,\nVotre demande a été reçue et enregistrée sous le numéro [Ticket#1018906]. Un \
         agent vous répondra rapidement.\nLe support du Département",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a delivery delayed",
        "From: Mail Delivery System <MAILER-DAEMON@mx.region.example>\nSubject: Delayed Mail (still being retried)",
        "This is the mail system at host mx.region.example.\n\n####################################\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\
         ####################################\n\nYour message could not be delivered for 4 hours.\n\
         It will be retried until it is 5 days old.\n\n<paul.henry@ac-lille.example>: connect to \
         mx.ac-lille.example[192.0.2.10]:25: Connection timed out",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "a meeting accepted",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Accepté: Intervention [CESAME #2026-018908] Scanner\nContent-Type: text/calendar; charset=utf-8; method=REPLY",
        "BEGIN:VCALENDAR\nMETHOD:REPLY\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n\
         BEGIN:VEVENT\nATTENDEE;PARTSTAT=ACCEPTED:mailto:anne.leroux@ac-bordeaux.example\n\
         SUMMARY:Accepté: Intervention [CESAME #2026-018908] Scanner\nDTSTART:20261210T080000Z\n\
         END:VEVENT\nEND:VCALENDAR",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a digest of a list",
        "From: sympa@listes.region.example\nSubject: Résumé de la liste referents-numeriques, n° 87\nList-Id: <referents-numeriques.listes.region.example>\nPrecedence: bulk",
        "Sommaire :\n1. Panne ENT (Lycée Ampère)\n2. Re: Panne ENT\n3. Formation Pix mercredi\n\n\
         Pour vous désabonner, écrivez à sympa@listes.region.example.",
        Bulk,
        None,
        None,
    ),
];
