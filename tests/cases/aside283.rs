//! The two-hundred-and-eighty-third aside part: written after the hundred-and-sixty-sixth round,
//! before any change, on the contractor and the platforms: a slot asked to intervene, a
//! technician's note that the fault could not be reproduced, GLPI's new follow-up, RT's
//! acknowledgement of a comment, Remedy's resolution, Zammad's auto-reply.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_283: &[Case] = &[
    case(
        "contractor",
        "a slot asked to intervene",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-028301] Ordre de travail - Lycée Ampère - Baie réseau",
        "Bonjour,\nMerci de nous indiquer un créneau la semaine prochaine où le local technique \
         sera accessible pour notre technicien.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a fault that could not be reproduced",
        "From: Yannick Le Goff <y.legoff@maintenance-scolaire.example>\nSubject: RE: [CESAME #2026-028302] Ordre de travail - Collège Mistral - Poste CPE",
        "Bonjour,\nPassé ce matin : impossible de reproduire le problème, le poste a démarré cinq \
         fois sans erreur. Je laisse l'OT ouvert une semaine en observation.\nY. Le Goff",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's new follow-up",
        "From: GLPI Métropole <glpi@metropole-lille.example>\nSubject: [GLPI #0028303] Nouveau suivi [CESAME #2026-028303] Standard téléphonique\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN",
        "URL : https://glpi.metropole-lille.example/front/ticket.form.php?id=28303\n\nTicket : \
         Nouveau suivi\nTitre : [CESAME #2026-028303] Standard téléphonique\nSuivi : l'opérateur \
         a ouvert un incident de son côté, réf. OP-55120.\nStatut : En cours (Attribué)",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's record of a comment",
        "From: CRI Lyon via RT <rt-comment@crilyon.example>\nSubject: [crilyon #49001] Comment: [CESAME #2026-028304] Serveur ENT\nRT-Ticket: crilyon #49001\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk",
        "Comment added by jdupont:\n\nLe redémarrage du service a été planifié pour ce soir 20 h.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's resolution",
        "From: Remedy Académie <remedy@ac-lyon.example>\nSubject: INC000000283005 - Résolu - [CESAME #2026-028305] Messagerie académique\nAuto-Submitted: auto-generated",
        "L'incident INC000000283005 a été résolu.\nRésolution : boîte restaurée depuis la \
         sauvegarde du 5 décembre.\nStatut : Résolu",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's auto-reply",
        "From: Support Département <support@departement33.example>\nSubject: Merci pour votre demande ([CESAME #2026-028306] Réseau école) [Ticket#1028306]\nAuto-Submitted: auto-generated\nX-Loop: yes\nPrecedence: bulk",
        "Merci pour votre e-mail. Nous avons bien reçu votre demande et y répondrons dans les plus \
         brefs délais.\nVotre numéro de ticket : 1028306",
        PlatformUpdate,
        None,
        None,
    ),
];
