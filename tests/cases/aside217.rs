//! The two-hundred-and-seventeenth aside part: written after the hundred-and-fifty-fourth
//! round, before any change, on other platforms' receipts and notices: Znuny's receipt with its
//! long ticket number, Jira Service Management's receipt, a ServiceNow request closed, Zammad's
//! receipt marked auto-generated, an agent's absence under Znuny's tag, a GLPI follow-up whose
//! text quotes the school's chase.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_217: &[Case] = &[
    case(
        "platform",
        "Znuny's receipt with its long number",
        "From: Support Métropole <support@metropole-lyon.example>\nSubject: [Ticket#2026120710000011] RE: [CESAME #2026-021701] Serveur ENT\nAuto-Submitted: auto-replied\nX-Loop: yes",
        "Bonjour,\nVotre message a bien été reçu et enregistré sous le numéro de ticket \
         2026120710000011. Nous y répondrons dans les meilleurs délais.\nLe support de la Métropole",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Jira Service Management's receipt",
        "From: Service numérique <jira@departement13.example>\nSubject: [JIRA] (SD-4417) [CESAME #2026-021702] Routeur salle info\nAuto-Submitted: auto-generated",
        "Votre demande SD-4417 a été créée.\nÉtat : En attente de support\nPriorité : Moyenne\n\
         Vous pouvez suivre son avancement sur le portail.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a ServiceNow request closed",
        "From: servicedesk@region-it.example\nSubject: RITM0041703 closed\nAuto-Submitted: auto-generated",
        "Your request RITM0041703 (CESAME #2026-021703) has been closed complete.\nShort description: \
         badge reader firmware\nState: Closed Complete",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's receipt marked auto-generated",
        "From: Support Département <support@departement59.example>\nSubject: Merci pour votre demande ([CESAME #2026-021704] Scanner) [Ticket#1021704]\nAuto-Submitted: auto-generated\nX-Loop: yes\nPrecedence: bulk",
        "Bonjour,\nVotre demande a été enregistrée sous le numéro [Ticket#1021704].\nLe support",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "an agent's absence under Znuny's tag",
        "From: julien.agent@metropole-lyon.example\nSubject: Réponse automatique : [Ticket#2026120710000012] [CESAME #2026-021705] Imprimante\nAuto-Submitted: auto-replied",
        "Je suis absent jusqu'au 4 janvier. Pour toute demande, écrivez à support@metropole-lyon.example.",
        AutoReply,
        None,
        None,
    ),
    case(
        "platform",
        "a GLPI follow-up quoting the school's chase",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0021706] Nouveau suivi : Copieur\nAuto-Submitted: auto-generated",
        "Nouveau suivi (CESAME) : « Toujours rien depuis dix jours, où en est-on ? »\nTicket externe : \
         CESAME #2026-021706\nStatut : En cours (attribué)",
        PlatformUpdate,
        None,
        None,
    ),
];
