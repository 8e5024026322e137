//! The two-hundred-and-twenty-third aside part: written after the hundred-and-fifty-fifth
//! round, before any change, on closures in the voices of different schools, and the news that
//! looks like them: a workshop head's machine back, a director's thanks, a bursar's formal
//! closure, a CPE's "ça remarche", a deputy's closure with a wish for later (still a closure),
//! a teacher's "ok merci" to a visit planned (news).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_223: &[Case] = &[
    case(
        "intent",
        "a workshop head's machine back",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-022301] Intervention terminée : Fraiseuse atelier B",
        "La fraiseuse répond de nouveau au poste, les CAP ont repris leurs pièces. Merci.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a director's thanks",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-022302] Intervention terminée : TBI classe de CM2",
        "Bonjour,\nLe tableau de la classe de CM2 fonctionne, la maîtresse est ravie. Merci beaucoup \
         !\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a bursar's formal closure",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-022303] Intervention terminée : Poste intendance",
        "Madame, Monsieur,\nJe vous confirme le bon fonctionnement du poste de l'intendance depuis \
         l'intervention du 4 décembre. Le ticket peut être clôturé.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a CPE's it works again",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-022304] Logiciel vie scolaire",
        "ça remarche !!",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a deputy's closure with a wish for later",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-022305] Intervention terminée : Visioconférence",
        "La visioconférence fonctionne parfaitement. À terme, un second micro serait utile pour le \
         fond de la salle, nous ferons une demande à part.\nM. Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's ok to a visit planned",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-022306] Intervention prévue : Wifi bâtiment D",
        "ok merci, je préviens la loge",
        FollowUp,
        None,
        None,
    ),
];
