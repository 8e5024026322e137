//! The two-hundred-and-sixty-eighth aside part: written after the hundred-and-sixty-third
//! round, before any change, on urgency in replies: a chase with "URGENT" put before the
//! desk's subject, news above the desk's quoted "Urgence retenue : très haut", a chase saying
//! the matter became critical, a closure thanking for the "intervention urgente", a new report
//! whose signature names the "service des urgences" of a hospital school.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_268: &[Case] = &[
    case(
        "urgency",
        "URGENT before the desk's subject",
        "From: paul.henry@ac-lille.example\nSubject: URGENT - RE: [CESAME #2026-026801] Serveur ENT",
        "Toujours rien, et les examens commencent demain.\nP. Henry",
        Reminder,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "news above the desk's quoted level",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-026802] Accusé de réception : Réseau",
        "Bonjour,\nLe commutateur concerné est celui du local technique du 1er étage.\nA. Leroux\n\n\
         > Votre signalement a été enregistré sous le numéro 2026-026802.\n> Urgence retenue : très \
         haut.",
        FollowUp,
        None,
        None,
    ),
    case(
        "urgency",
        "a chase saying it became critical",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026803] Serveur de sauvegarde",
        "Bonjour,\nToujours pas de sauvegarde : la situation devient critique.\nClaire Dubois",
        Reminder,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "thanks for the urgent intervention",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-026804] Clôture technique : Standard",
        "Bonjour,\nTout fonctionne, merci pour votre intervention urgente. Vous pouvez clôturer.\n\
         J. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "urgency",
        "a hospital school's signature",
        "From: sandrine.morel@ac-paris.example\nSubject: Poste de la classe",
        "Bonjour,\nLe poste de la classe ne démarre plus.\n\nS. Morel\nÉcole à l'hôpital - service \
         des urgences pédiatriques",
        NewIncident,
        None,
        None,
    ),
];
