//! The hundred-and-fifty-first aside part: written after the hundred-and-thirty-first round,
//! before any change, on partners' and machines' mail in forms not yet written: the contractor's
//! calendar invitation for a visit, GLPI's approval asked and its satisfaction survey, Remedy's
//! closure in English, an approval from a catalogue platform, a quarantine digest, Exchange's
//! English bounce with the desk's mail attached; phishing dressed as the contractor, a lure under
//! the desk's own tag, a voice message to hear.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_151: &[Case] = &[
    case(
        "contractor",
        "the contractor's invitation for the visit",
        "From: planning@maintenance-scolaire.example\nSubject: Invitation: Intervention [CESAME #2026-015101] Ordre de travail - Lycée Voltaire - Standard\nContent-Type: text/calendar; charset=utf-8; method=REQUEST",
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nPRODID:Microsoft Exchange Server 2019\nVERSION:2.0\n\
         BEGIN:VEVENT\nORGANIZER:mailto:planning@maintenance-scolaire.example\n\
         ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:cesame@region.example\n\
         SUMMARY:Intervention [CESAME #2026-015101] Ordre de travail - Lycée Voltaire - Standard\n\
         DESCRIPTION:Notre technicien interviendra sur le standard téléphonique.\n\
         DTSTART:20261214T080000Z\nEND:VEVENT\nEND:VCALENDAR",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI asks for an approval",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0006218] Validation demandée : Remplacement copieur\nAuto-Submitted: auto-generated\nMessage-ID: <GLPI_51c0e2-Ticket-6218/validation.1765300000.88@glpi.departement33.example>",
        "URL : https://glpi.departement33.example/front/ticket.form.php?id=6218\n\nTicket : \
         Validation\nTitre : Remplacement copieur\nStatut : En attente\nDemandeur : CESAME\n\n\
         Une validation vous est demandée pour ce ticket.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's satisfaction survey",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0005977] Enquête de satisfaction\nAuto-Submitted: auto-generated",
        "Ticket : Enquête de satisfaction\nTitre : Borne wifi CDI\nStatut : Clos\n\nMerci de \
         prendre quelques instants pour répondre à l'enquête de satisfaction : \
         https://glpi.departement33.example/front/ticket.form.php?id=5977&forcetab=Ticket$3",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's closure in English",
        "From: itsm@ac-lille.example\nSubject: Incident INC000000562114 has been closed\nAuto-Submitted: auto-generated",
        "Dear Requester,\n\nIncident INC000000562114 has been closed.\nSummary: Vidéoprojecteur \
         salle 12\nStatus: Closed\nResolution: lamp replaced by the contractor.\nExternal \
         Reference: CESAME #2026-015104\n\nIT Service Desk",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a catalogue platform's approval",
        "From: servicedesk@region-numerique.example\nSubject: RITM0041877 - Votre demande a été approuvée\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nLa demande RITM0041877 (Référence externe : CESAME #2026-015105) a été \
         approuvée.\nÉtat : Approuvé\nGroupe d'affectation : Déploiement postes\n\nLe service \
         numérique de la Région",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a quarantine digest",
        "From: Microsoft 365 <quarantine@messaging.microsoft.example>\nSubject: Notification de quarantaine : 3 messages\nAuto-Submitted: auto-generated",
        "Vous avez 3 nouveaux messages en quarantaine.\nCes messages ont été retenus par la \
         protection de votre organisation. Consultez-les dans le portail de quarantaine.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's English bounce with the desk's mail attached",
        "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ac-lille.example>\nSubject: Undeliverable: [CESAME #2026-015107] Accusé de réception\nContent-Type: multipart/mixed; boundary=\"ndr7\"",
        "--ndr7\nContent-Type: text/plain; charset=utf-8\n\nYour message to p.henry@ac-lille.example \
         couldn't be delivered.\np.henry wasn't found at ac-lille.example.\n--ndr7\n\
         Content-Type: message/rfc822\n\nFrom: cesame@region.example\nSubject: [CESAME \
         #2026-015107] Accusé de réception\n\nVotre demande a été enregistrée.\n--ndr7--",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "phishing dressed as the contractor",
        "From: Maintenance Scolaire <facturation@maintenance-scolaire-paiement.example>\nSubject: Facture impayée - intervention du 28/11",
        "Bonjour,\nSauf erreur, notre facture pour l'intervention du 28/11 reste impayée. Merci de \
         procéder au règlement par virement sous 48 heures sur notre nouveau compte (RIB \
         ci-joint).",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a lure under the desk's own tag",
        "From: cesame-partage@docs-transfert.example\nSubject: [CESAME #2026-015109] Document partagé avec vous",
        "Un document relatif à votre ticket a été partagé avec vous.\nOuvrir le document : \
         https://docs-transfert.example/login?ref=015109\nCe lien expire dans 24 heures.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a voice message to hear",
        "From: Messagerie vocale <voicemail@standard-ipbx.example>\nSubject: Nouveau message vocal (0:42) de +33 4 78 00 00 00",
        "Vous avez reçu un nouveau message vocal.\nDurée : 0:42\nÉcouter le message : \
         https://standard-ipbx.example/vm/login",
        Spam,
        None,
        None,
    ),
];
