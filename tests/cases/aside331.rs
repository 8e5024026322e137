//! The three-hundred-and-thirty-first aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on codes from afar and from a shared contact: an overseas code
//! from an unknown sender, a Corsican code in its 720 form with a wrong letter, a Corsican code
//! written "02B", the regional contact of two schools naming one, the same contact naming
//! none.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_331: &[Case] = &[
    case(
        "unauthorised",
        "an overseas code from an unknown sender",
        "From: cdi@lycee-baimbridge.example\nSubject: Imprimante CDI (9710774P)",
        "Bonjour,\nL'imprimante du CDI ne répond plus.\nLe CDI",
        Unauthorised,
        None,
        Some("9710774P"),
    ),
    case(
        "unauthorised",
        "a Corsican code with a wrong letter",
        "From: secretariat@college-bastia.example\nSubject: Réseau du collège",
        "Bonjour,\nPlus de réseau au collège depuis ce matin.\nUAI : 7200093R\nLe secrétariat",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a Corsican code written 02B",
        "From: gestion@college-corte.example\nSubject: Poste gestionnaire",
        "Bonjour,\nLe poste de la gestionnaire du collège 02B0093N ne démarre plus.\nLa gestion",
        Unauthorised,
        None,
        Some("7200093N"),
    ),
    case(
        "uai",
        "the regional contact of two schools naming one",
        "From: tice@region.example\nSubject: Vidéoprojecteur - 0330789D",
        "Bonjour,\nLe vidéoprojecteur de la classe de CM1 de l'école Montaigne ne s'allume plus.\n\
         Le référent TICE",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "uai",
        "the same contact naming none",
        "From: tice@region.example\nSubject: Tableau numérique",
        "Bonjour,\nLe tableau numérique de la salle 3 ne réagit plus au stylet.\nLe référent TICE",
        NewIncident,
        None,
        None,
    ),
];
