//! The three-hundred-and-ninth aside part: written after the hundred-and-seventieth round,
//! before any change, on the platforms and the contractor: GLPI's follow-up in HTML, RT's
//! resolution, Remedy's assignment as an HTML table, Zammad's closure, GLPI's satisfaction
//! survey, a technician's closure in English.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_309: &[Case] = &[
    case(
        "platform",
        "GLPI's follow-up in HTML",
        "From: GLPI Département <glpi@departement59.example>\nSubject: [GLPI #0030901] Nouveau suivi [CESAME #2026-030901] Réseau bâtiment B\nAuto-Submitted: auto-generated\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>URL : <a href=\"https://glpi.departement59.example/front/ticket.form.php?id=30901\">\
         ticket 30901</a></p><p><b>Nouveau suivi</b></p><p>Le commutateur de secours a été \
         commandé, livraison prévue le 14/12.</p><p>Statut : En cours (planifié)</p></body></html>",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's resolution",
        "From: CRI Aix via RT <rt@criaix.example>\nSubject: [criaix #50902] Resolved: [CESAME #2026-030902] Serveur ENT\nRT-Ticket: criaix #50902\nX-RT-Loop-Prevention: criaix\nPrecedence: bulk",
        "According to our records, your request has been resolved. If you have any further \
         questions or concerns, please respond to this message.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's assignment as an HTML table",
        "From: Remedy Académie <remedy@ac-paris.example>\nSubject: INC000000309030 - Assigné - [CESAME #2026-030903] Messagerie\nAuto-Submitted: auto-generated\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><td>Incident</td><td>INC000000309030</td></tr><tr><td>Statut</td>\
         <td>Assigné</td></tr><tr><td>Groupe</td><td>N2 Messagerie</td></tr><tr><td>Priorité</td>\
         <td>Haute</td></tr></table></body></html>",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's closure",
        "From: Support Département <support@departement33.example>\nSubject: [Ticket#1030904] Clôturé : [CESAME #2026-030904] Réseau école\nAuto-Submitted: auto-generated\nX-Loop: yes\nPrecedence: bulk",
        "Votre ticket 1030904 a été clôturé.\nSi le problème persiste, répondez simplement à ce \
         message pour le rouvrir.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's satisfaction survey",
        "From: GLPI Métropole <glpi@metropole-lille.example>\nSubject: [GLPI #0030905] Enquête de satisfaction [CESAME #2026-030905] Standard\nAuto-Submitted: auto-generated",
        "Le ticket 30905 a été résolu. Merci de répondre à notre enquête de satisfaction : \
         https://glpi.metropole-lille.example/front/ticketsatisfaction.form.php?id=30905",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a technician's closure in English",
        "From: Tom Evans <t.evans@maintenance-scolaire.example>\nSubject: RE: [CESAME #2026-030906] Ordre de travail - Lycée Ampère - Projector room 5",
        "Hello,\nProjector lamp replaced, unit tested for thirty minutes, job closed on our \
         side.\nTom",
        ContractorUpdate,
        None,
        None,
    ),
];
