//! The three-hundred-and-forty-sixth aside part: written after the hundred-and-seventy-seventh
//! round, before any change, on news asked as questions that prepare the visit: "le technicien
//! doit-il apporter son câble ?", "faut-il prévoir un accès au toit ?", "pouvez-vous prévenir la
//! loge ?", "quelle est la référence de la pièce ?", "à quelle heure passera-t-il ?".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_346: &[Case] = &[
    case(
        "intent",
        "must the technician bring his cable",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-034601] Intervention prévue jeudi",
        "Bonjour,\nLe technicien doit-il apporter son propre câble de liaison, ou faut-il en \
         prévoir un ?\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "access to the roof",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-034602] Antenne wifi extérieure",
        "Bonjour,\nFaut-il prévoir un accès au toit pour l'antenne ? Il faut alors demander la clé \
         à l'intendance.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "warn the lodge",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-034603] Intervention lundi",
        "Bonjour,\nPouvez-vous prévenir la loge de l'arrivée du technicien lundi ? Je serai en \
         réunion.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the part's reference",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-034604] Devis lampe vidéoprojecteur",
        "Bonjour,\nQuelle est la référence exacte de la lampe ? L'intendance veut vérifier le prix \
         chez son fournisseur.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "at what time will he come",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-034605] Intervention prévue le 10/12",
        "Bonjour,\nÀ quelle heure passera-t-il ? L'école ferme à 16 h 30.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
