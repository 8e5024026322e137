//! The hundred-and-forty-seventh aside part: written after the hundred-and-twenty-ninth round,
//! before any change, on the counterparts' and the machines' mail in forms not yet written: a
//! subcontractor writing for the contractor, the contractor's quote and its question about
//! access, GLPI's follow-up in English, Remedy's work info, RT's correspondence in French;
//! Gmail's bounce, Google's out-of-office in English, an answer from a school's shared box,
//! a German delay notice, a mailing list's digest.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_147: &[Case] = &[
    case(
        "contractor",
        "a subcontractor for the contractor",
        "From: interventions@reseaux-sud-cablage.example\nSubject: RE: [CESAME #2026-014701] Ordre de travail - Collège Mistral - Baie réseau",
        "Bonjour,\nNous intervenons en sous-traitance pour Maintenance Scolaire. Notre technicien \
         passera jeudi 10 décembre à 14 h pour le remplacement du switch.\nCordialement",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor's quote",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-014702] Ordre de travail - Lycée Voltaire - Vidéoprojecteur salle 3",
        "Bonjour,\nLa lampe et la carte d'alimentation sont à remplacer. Vous trouverez ci-joint \
         notre devis n° D-2026-0877 ; l'intervention sera planifiée dès réception du bon pour \
         accord.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor asks about access",
        "From: t.lambert@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-014703] Ordre de travail - Lycée Ampère - Onduleur",
        "Bonjour,\nLe local technique était fermé à clé lors de mon passage ce matin. Qui \
         dois-je contacter pour y accéder ?\nT. Lambert, technicien",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's follow-up in English",
        "From: GLPI <glpi@departement13.example>\nSubject: [GLPI #0005127] New followup Switch salle 12\nAuto-Submitted: auto-generated\nMessage-ID: <GLPI_7a1c2e-Ticket-5127/followup.1765200000.4411@glpi.departement13.example>",
        "URL : https://glpi.departement13.example/front/ticket.form.php?id=5127\n\nTicket : \
         Followup\nTitle : Switch salle 12\nStatus : Processing (assigned)\nUrgency : High\n\n\
         Followup : the switch will be replaced on Thursday.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's work info",
        "From: remedy@ac-paris.example\nSubject: INC000000551290 - Work Info Added\nAuto-Submitted: auto-generated",
        "Incident ID: INC000000551290\nStatus: In Progress\nAssigned Group: Support Proximité\n\
         Summary: Autocommutateur en panne\nWork Info: technicien de l'opérateur programmé le \
         11/12.\nExternal Reference: CESAME #2026-014705",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's correspondence in French",
        "From: Support CRI via RT <rt@crilyon.example>\nSubject: [crilyon #48390] [CESAME #2026-014706] Imprimante salle 3\nRT-Ticket: crilyon #48390\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk",
        "Bonjour,\n\nNous avons redémarré le serveur d'impression : l'imprimante de la salle 3 \
         devrait de nouveau recevoir les travaux.\n\nLe support du CRI",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "Gmail's bounce",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nSubject: Delivery Status Notification (Failure)",
        "Address not found\n\nYour message wasn't delivered to gestionnaire.college@gmail.example \
         because the address couldn't be found, or is unable to receive mail.\n\nThe response \
         from the remote server was:\n550 5.1.1 The email account that you tried to reach does \
         not exist.",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "Google's out-of-office in English",
        "From: paul.henry@ac-lille.example\nSubject: Out of Office: [CESAME #2026-014708] Vidéoprojecteur",
        "Hello,\nI am away until January 4th with limited access to email. For urgent matters, \
         please contact the school office.\nPaul Henry",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a school's shared box answers on its own",
        "From: ce.0691234S@ac-lyon.example\nSubject: Accusé de réception : [CESAME #2026-014709] Imprimante CDI",
        "Votre message a bien été reçu par le secrétariat du Lycée Ampère. Il sera traité dans \
         les meilleurs délais.\nCeci est une réponse automatique.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a German delay notice",
        "From: postmaster@mail.partner-schule.example\nSubject: Warnung: Zustellung verzögert\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"de1\"",
        "--de1\nContent-Type: text/plain; charset=utf-8\n\nIhre Nachricht konnte noch nicht \
         zugestellt werden. Es wird weiterhin versucht, sie zuzustellen.\n--de1\n\
         Content-Type: message/delivery-status\n\nReporting-MTA: dns;mail.partner-schule.example\n\n\
         Final-Recipient: rfc822;it@partner-schule.example\nAction: delayed\nStatus: 4.4.1\n--de1--",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "a list's digest",
        "From: tice-lyon-request@listes.ac-lyon.example\nSubject: Digest tice-lyon, Vol 12, numéro 48\nList-Id: <tice-lyon.listes.ac-lyon.example>\nPrecedence: list",
        "Envoyez vos messages pour la liste tice-lyon à tice-lyon@listes.ac-lyon.example\n\n\
         Thèmes du jour :\n 1. Panne ENT ce matin ? (M. Blanc)\n 2. Re: Tableaux interactifs \
         (Mme Roux)",
        Bulk,
        None,
        None,
    ),
    case(
        "unauthorised",
        "the contractor's salesman, not about a ticket",
        "From: commercial@maintenance-scolaire.example\nSubject: Contrat de maintenance 2027",
        "Bonjour,\nDans le cadre du renouvellement du marché, je souhaiterais vous rencontrer pour \
         présenter nos évolutions de service. Seriez-vous disponible la semaine prochaine ?",
        Unauthorised,
        None,
        None,
    ),
];
