//! The two-hundred-and-forty-second aside part: written after the hundred-and-fifty-eighth
//! round, before any change, on Remedy's notifications as sites write them
//! (`SYS:Notification Messages`, site-specific): pending with a status reason, resolved in
//! English, a work info added, cancelled as a duplicate, an SLA breach warning, an incident
//! created with "Urgency: 2-High".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_242: &[Case] = &[
    case(
        "platform",
        "pending with a status reason",
        "From: Assistance Académique <remedy-notification@ac-bordeaux.example>\nSubject: INC000000242001 : En attente - [CESAME #2026-024201] Serveur pédagogique\nAuto-Submitted: auto-generated",
        "Votre incident INC000000242001 est passé au statut En attente.\nRaison : Information du \
         client requise\nMerci de préciser le modèle du serveur.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "resolved in English",
        "From: ITSM <itsm-noreply@ac-lille.example>\nSubject: Incident INC000000242002 has been resolved\nAuto-Submitted: auto-generated",
        "Incident INC000000242002 ([CESAME #2026-024202] Imprimante loge) has been resolved.\n\
         Resolution: driver reinstalled on the lodge's workstation.\nIf the issue persists, reply \
         within 5 days.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a work info added",
        "From: remedy@ac-lyon.example\nSubject: INC000000242003 - Note de suivi ajoutée",
        "Une note de suivi a été ajoutée à l'incident INC000000242003.\nRéférence externe : \
         2026-024203\nNote : le prestataire réseau passera jeudi.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "cancelled as a duplicate",
        "From: Assistance Académique <remedy-notification@ac-aix.example>\nSubject: INC000000242004 : Annulé\nAuto-Submitted: auto-generated",
        "L'incident INC000000242004 a été annulé : doublon de INC000000241877.\nRéférence \
         externe : 2026-024204",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "an SLA breach warning",
        "From: ITSM <itsm-noreply@ac-paris.example>\nSubject: [SLA] INC000000242005 - échéance dépassée\nAuto-Submitted: auto-generated",
        "L'objectif de résolution de l'incident INC000000242005 ([CESAME #2026-024205] Standard) \
         est dépassé de 4 heures.\nGroupe : Support N2 Téléphonie",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "an incident created with an English urgency",
        "From: ITSM <itsm-noreply@ac-lyon.example>\nSubject: Incident INC000000242006 created\nAuto-Submitted: auto-generated",
        "Incident INC000000242006 was created from your e-mail.\nSummary: [CESAME #2026-024206] \
         Réseau salle 12\nUrgency: 2-High\nImpact: 3-Moderate/Limited\nStatus: Assigned",
        PlatformUpdate,
        None,
        None,
    ),
];
