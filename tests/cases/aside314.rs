//! The three-hundred-and-fourteenth aside part: written after the hundred-and-seventy-first
//! round, before any change, on the contractor in French: a part on order, a visit postponed,
//! a report that says "urgent" about the part, a question to the desk about access, a quote
//! refused by the school relayed.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_314: &[Case] = &[
    case(
        "contractor",
        "a part on order",
        "From: atelier@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-031401] Ordre de travail - Collège Mistral - Copieur",
        "Bonjour,\nLe kit de fusion est en commande chez le constructeur, livraison annoncée sous \
         huit jours. Nous reviendrons vers vous pour fixer le rendez-vous.\nL'atelier",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a visit postponed",
        "From: planning@maintenance-scolaire.example\nSubject: Report d'intervention OT-2026-031402",
        "Bonjour,\nNotre technicien étant malade, l'intervention prévue demain au lycée Voltaire \
         est reportée à lundi 14 décembre, 9 h.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a report that says urgent about the part",
        "From: Yannick Le Goff <y.legoff@maintenance-scolaire.example>\nSubject: RE: [CESAME #2026-031403] Ordre de travail - Lycée Ampère - Serveur",
        "Bonjour,\nDisque défectueux identifié sur le serveur. Commande de la pièce passée en \
         urgent, pose prévue jeudi.\nY. Le Goff",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a question to the desk about access",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-031404] Ordre de travail - École Montaigne - Réseau",
        "Bonjour,\nL'école est-elle ouverte le mercredi après-midi ? Notre technicien pourrait \
         passer le 16 décembre.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
];
