//! The two-hundred-and-forty-first aside part: written after the hundred-and-fifty-eighth
//! round, before any change, on GLPI as it really writes (`NotificationTargetTicket.php`'s
//! default template, `NotificationMailing.php`'s headers): a solution with the answer-above
//! marker, a new ticket echoing the desk's description and its "Urgence : Très haute", a
//! validation refused, a task added, a ticket closed in HTML, a notification of GLPI 9's
//! Message-ID form without Auto-Submitted.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_241: &[Case] = &[
    case(
        "platform",
        "a solution with the answer-above marker",
        "From: GLPI Métropole <glpi@metropole-lille.example>\nSubject: [GLPI #0024101] Solution approuvée - [CESAME #2026-024101] Onduleur baie A\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN\nMessage-ID: <GLPI_8c1d2e-Ticket-24101/solved.1765100000.4411@glpi.metropole-lille.example>",
        "=-=-=-=\nURL : https://glpi.metropole-lille.example/front/ticket.form.php?id=24101\n\n\
         Ticket : Solution\nTitre : [CESAME #2026-024101] Onduleur baie A\nStatut : Résolu\n\
         Solution : batterie de l'onduleur remplacée, tests de bascule effectués.\n=_=_=_=",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a new ticket echoing the desk's description",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0024102] Nouveau ticket [CESAME #2026-024102] Réseau administratif\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN",
        "URL : https://glpi.departement33.example/front/ticket.form.php?id=24102\n\nTicket : \
         Description\n\nTitre : [CESAME #2026-024102] Réseau administratif\nDemandeurs : CESAME\n\
         Statut : Nouveau\nUrgence : Très haute\nImpact : Haut\nPriorité : Très haute\n\n\
         Description : Plus aucun poste administratif n'accède au réseau. Collège Montaigne \
         0330789D. Urgence : très haute.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a validation refused",
        "From: GLPI Département <glpi@departement13.example>\nSubject: [GLPI #0024103] Validation refusée : [CESAME #2026-024103] Vidéoprojecteurs salle 8\nAuto-Submitted: auto-generated",
        "La demande de validation du ticket 24103 a été refusée par M. Olivier.\nCommentaire : \
         matériel hors du plan d'équipement 2026, à présenter au prochain comité.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a task added",
        "From: GLPI Département <glpi@departement59.example>\nSubject: [GLPI #0024104] Nouvelle tâche [CESAME #2026-024104] Wifi bâtiment C\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN",
        "Une tâche a été ajoutée au ticket 24104.\nDescription de la tâche : pose d'une borne \
         supplémentaire au 1er étage\nDate prévue : 15/12/2026 09:00\nTechnicien : L. Moreau",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a ticket closed in HTML",
        "From: GLPI Département <glpi@departement69.example>\nSubject: [GLPI #0024105] Clôture du ticket [CESAME #2026-024105] Copieur CDI\nAuto-Submitted: auto-generated\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><th>Ticket</th><td>24105</td></tr><tr><th>Titre</th><td>[CESAME \
         #2026-024105] Copieur CDI</td></tr><tr><th>Statut</th><td>Clos</td></tr><tr><th>Urgence\
         </th><td>Moyenne</td></tr></table></body></html>",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI 9's Message-ID without Auto-Submitted",
        "From: glpi@departement33.example\nSubject: [GLPI #0024106] Mise à jour d'un ticket [CESAME #2026-024106] Téléphonie\nMessage-ID: <GLPI-24106.1765100123.1290@glpi.departement33.example>",
        "Le ticket 24106 a été mis à jour.\nStatut : En attente\nMotif : en attente du \
         fournisseur de l'autocommutateur.",
        PlatformUpdate,
        None,
        None,
    ),
];
