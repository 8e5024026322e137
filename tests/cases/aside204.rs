//! The two-hundred-and-fourth aside part: written after the hundred-and-fifty-first round,
//! before any change, on partners and robots in forms not yet written: a contractor asking the
//! desk to cancel a work order, a contractor's robot confirming a slot, a subcontractor's report
//! as a PDF only, GLPI's solution to approve, RT's resolution in French, a Gmail vacation
//! responder in English, a Sympa list's moderation notice, a quarantine digest of a filter.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_204: &[Case] = &[
    case(
        "contractor",
        "a contractor asking to cancel a work order",
        "From: planning@maintenance-scolaire.example\nSubject: Annulation OT-2026-020401",
        "Bonjour,\nL'établissement nous indique que le problème est résolu ; pouvez-vous confirmer \
         l'annulation de l'OT-2026-020401 ?\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor's robot confirming a slot",
        "From: no-reply@maintenance-scolaire.example\nSubject: Confirmation de rendez-vous - [CESAME #2026-020402] Ordre de travail - Lycée Ampère - Baie\nAuto-Submitted: auto-generated",
        "Votre rendez-vous est confirmé : mardi 15 décembre, 8 h 30 - 10 h 30.\nTechnicien : T. \
         Lambert.\nCe message est envoyé automatiquement.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a subcontractor's report as a PDF only",
        "From: rapports@netfix-services.example\nSubject: Rapport d'intervention [CESAME #2026-020403] Ordre de travail - Collège Mistral - Wifi\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"pd\"",
        "--pd\nContent-Type: application/pdf; name=\"rapport-020403.pdf\"\n\
         Content-Disposition: attachment; filename=\"rapport-020403.pdf\"\nContent-Transfer-Encoding: base64\n\n\
         JVBERi0xLjQK\n--pd--",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's solution to approve",
        "From: GLPI Département <glpi@departement13.example>\nSubject: [GLPI #0020404] Solution proposée : Routeur salle info\nAuto-Submitted: auto-generated",
        "Une solution a été proposée pour le ticket 20404 ([CESAME #2026-020404]).\nSolution : \
         remplacement du routeur, configuration restaurée.\nMerci d'approuver ou de refuser la \
         solution.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's resolution in French",
        "From: CRI Aix via RT <rt@criaix.example>\nSubject: [criaix #50405] Résolu : [CESAME #2026-020405] Serveur ENT\nRT-Ticket: criaix #50405\nX-RT-Loop-Prevention: criaix\nPrecedence: bulk",
        "Selon nos informations, votre demande a été résolue. Si vous avez d'autres questions, \
         répondez à ce message.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a Gmail vacation responder in English",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: [CESAME #2026-020406] Standard\nAuto-Submitted: auto-replied",
        "I'm on leave until January 4th with no access to email. For urgent matters, please call \
         the school office.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a list's moderation notice",
        "From: sympa@listes.region.example\nSubject: Votre message pour la liste correspondants-tice est en attente de modération\nAuto-Submitted: auto-replied",
        "Votre message pour la liste correspondants-tice a été transmis aux modérateurs. Il sera \
         diffusé après validation.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a filter's quarantine digest",
        "From: Quarantaine <quarantine@filtre.region.example>\nSubject: Rapport de quarantaine : 3 nouveaux messages\nAuto-Submitted: auto-generated\nPrecedence: bulk",
        "Les messages suivants ont été placés en quarantaine pour cesame@region.example :\n\
         - « Invoice #4471 overdue » de billing@invoice-centre.example\n\
         - « Votre colis est en attente » de notification@suivi-colis-fr.example\n\
         Pour les libérer, connectez-vous à la console de filtrage.",
        Bulk,
        None,
        None,
    ),
];
