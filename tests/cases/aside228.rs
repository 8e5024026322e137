//! The two-hundred-and-twenty-eighth aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on partners and machines in forms not yet written: the
//! contractor's technician asking for a contact on site, the contractor's robot closing a work
//! order, GLPI's satisfaction survey in HTML, Remedy's reassignment, an RT ticket taken, a
//! mailbox full, an out-of-office in Spanish.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_228: &[Case] = &[
    case(
        "contractor",
        "a technician asking for a contact on site",
        "From: Julien Caron <j.caron@maintenance-scolaire.example>\nSubject: RE: [CESAME #2026-022801] Ordre de travail - Lycée Ampère - Serveur",
        "Bonjour,\nJe passerai jeudi matin pour le serveur. Pouvez-vous me communiquer le nom d'une \
         personne à contacter sur place ?\nJulien Caron, technicien",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor's robot closing a work order",
        "From: ne-pas-repondre@maintenance-scolaire.example\nSubject: OT-2026-022802 : intervention terminée\nAuto-Submitted: auto-generated",
        "L'ordre de travail OT-2026-022802 ([CESAME #2026-022802] Copieur CDI) est passé à l'état \
         « Terminé ». Compte rendu : remplacement du tambour, tests d'impression concluants.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's satisfaction survey in HTML",
        "From: GLPI Département <glpi@departement13.example>\nSubject: [GLPI #0022803] Enquête de satisfaction\nAuto-Submitted: auto-generated\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Le ticket <b>22803</b> ([CESAME #2026-022803] Routeur CDI) a été clos.</p>\
         <p>Merci de répondre à l'enquête de satisfaction.</p></body></html>",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's reassignment",
        "From: Remedy Académie <remedy@ac-lyon.example>\nSubject: INC000000228804 - Réaffectation - [CESAME #2026-022804] Poste direction\nAuto-Submitted: auto-generated",
        "L'incident INC000000228804 a été réaffecté au groupe Support Niveau 2 - Proximité.\n\
         Statut : En cours",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "an RT ticket taken",
        "From: CRI Aix via RT <rt@criaix.example>\nSubject: [criaix #50805] Pris en charge : [CESAME #2026-022805] Téléphonie\nRT-Ticket: criaix #50805\nX-RT-Loop-Prevention: criaix\nPrecedence: bulk",
        "Votre demande a été prise en charge par Lucie Vidal.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a mailbox full",
        "From: Postmaster <postmaster@ac-paris.example>\nSubject: Message non remis : boîte pleine\nAuto-Submitted: auto-replied",
        "Votre message à sandrine.morel@ac-paris.example n'a pas pu être remis : la boîte aux \
         lettres du destinataire est pleine. Il sera retenté pendant 24 heures.",
        Bounce,
        None,
        None,
    ),
    case(
        "intent",
        "an out-of-office in Spanish",
        "From: claire.dubois@ac-lyon.example\nSubject: Respuesta automática: [CESAME #2026-022807] Proyector",
        "Estoy fuera de la oficina hasta el 4 de enero, con acceso limitado al correo.",
        AutoReply,
        None,
        None,
    ),
];
