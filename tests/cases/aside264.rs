//! The two-hundred-and-sixty-fourth aside part: written after the hundred-and-sixty-second
//! round, before any change, on the contractor in forms not yet written: a technician's report
//! in English, a quote for a part outside the contract, a visit postponed for a strike, a
//! planning robot's reminder of tomorrow's visit, a subcontractor's closure naming the work
//! order only in the text.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_264: &[Case] = &[
    case(
        "contractor",
        "a technician's report in English",
        "From: Tom Evans <t.evans@maintenance-scolaire.example>\nSubject: RE: [CESAME #2026-026401] Ordre de travail - Lycée Faidherbe - Switch",
        "Hello,\nSwitch replaced on site this morning, all ports tested, link up on the uplink. \
         Old unit taken back for RMA.\nTom Evans, field technician",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a quote outside the contract",
        "From: devis@maintenance-scolaire.example\nSubject: Devis hors contrat - OT-2026-026402",
        "Bonjour,\nLa carte mère du poste n'est pas couverte par le contrat : vous trouverez notre \
         devis D-2026-0502 (214 € HT). Merci de nous retourner votre accord.\nService devis",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a visit postponed for a strike",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-026403] Ordre de travail - Collège Mistral - Téléphonie",
        "Bonjour,\nEn raison du mouvement de grève des transports, l'intervention prévue jeudi est \
         reportée au lundi suivant, même horaire.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a planning robot's reminder",
        "From: no-reply@maintenance-scolaire.example\nSubject: Rappel : intervention demain - OT-2026-026404\nAuto-Submitted: auto-generated",
        "Rappel : notre technicien interviendra demain entre 8 h et 10 h au Lycée Ampère pour \
         l'ordre de travail OT-2026-026404 ([CESAME #2026-026404] Vidéoprojecteurs).",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a subcontractor's closure naming the work order in the text",
        "From: interventions@reseaux-sud-services.example\nSubject: Fin d'intervention Collège Mistral",
        "Bonjour,\nIntervention terminée pour l'OT-2026-026405 : baie rebrassée, tests de \
         connectivité concluants sur les 24 prises.\nRéseaux Sud Services",
        ContractorUpdate,
        None,
        None,
    ),
];
