//! The two-hundred-and-tenth aside part: written after the hundred-and-fifty-second round,
//! before any change, on closures and partial fixes in words not yet written: "impeccable",
//! the pupils back on the machines, "le souci a disparu", a thanks for the speed; beside a fix
//! that needs a last setting, one machine of three still dark, a fix that lasted a day, a sound
//! back without the picture.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_210: &[Case] = &[
    case(
        "intent",
        "impeccable",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021001] Intervention terminée : Copieur",
        "Impeccable, merci beaucoup.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the pupils back on the machines",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-021002] Salle informatique B12",
        "Les élèves ont retrouvé leurs postes ce matin, tout est opérationnel.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the trouble vanished",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-021003] Lenteurs ENT",
        "Bonjour,\nLe souci a disparu depuis la mise à jour de vendredi.\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for the speed",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-021004] Intervention terminée : Commutateur",
        "Merci pour la rapidité de l'intervention, le réseau est revenu dans tout le bâtiment.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a last setting missing",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-021005] Intervention terminée : Imprimante secrétariat",
        "L'imprimante fonctionne, il manque juste le paramétrage du scan vers la messagerie.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "one machine of three still dark",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-021006] Intervention terminée : Écrans salle 9",
        "Deux écrans sur trois se rallument, le troisième reste noir.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fix that lasted a day",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-021007] Intervention terminée : Wifi CDI",
        "Ça a marché une journée, et depuis ce matin les coupures ont repris.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "sound back without the picture",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-021008] Intervention terminée : Vidéoprojecteur amphi",
        "Le son est revenu, l'image toujours pas.",
        FollowUp,
        None,
        None,
    ),
];
