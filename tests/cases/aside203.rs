//! The two-hundred-and-third aside part: written after the hundred-and-fifty-first round,
//! before any change, on closures in words not yet written: "c'est tout bon", the pupils
//! printing again, "problème réglé de notre côté", a fix found by the school, "vous pouvez
//! classer", "on peut fermer", working since Tuesday without a hitch, a thanked test that
//! passed; beside a thanks for a visit planned and a fix that holds "pour l'instant", which are
//! news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_203: &[Case] = &[
    case(
        "intent",
        "c'est tout bon",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020301] Intervention terminée : Borne wifi",
        "C'est tout bon, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the pupils printing again",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-020302] Imprimante CDI",
        "Bonjour,\nLes élèves impriment de nouveau au CDI depuis ce matin. Merci pour votre aide.\nAnne",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "settled on our side",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020303] Messagerie secrétariat",
        "Problème réglé de notre côté : le mot de passe avait simplement expiré.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a fix found by the school",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020304] Son salle 18",
        "Bonjour,\nFausse alerte : le son était coupé sur la télécommande. Désolée pour le \
         dérangement.\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "you may file it",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020305] Intervention terminée : Lecteur de badges",
        "Vous pouvez classer ce ticket, le lecteur fonctionne.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "on peut fermer",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-020306] Intervention terminée : Poste CPE",
        "On peut fermer.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "working since Tuesday without a hitch",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-020307] Intervention terminée : Serveur pédagogique",
        "Bonjour,\nLe serveur tourne sans accroc depuis mardi.\nL'équipe TICE",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a thanked test that passed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020308] Intervention terminée : Visioconférence",
        "Test de visio concluant avec le rectorat ce matin, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for a visit planned, news",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-020309] Intervention prévue : Scanner",
        "Merci, jeudi 14 h nous convient.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fix that holds for now, news",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020310] Intervention terminée : Wifi",
        "Ça tient pour l'instant, mais je préfère attendre la fin de semaine avant de clôturer.",
        FollowUp,
        None,
        None,
    ),
];
