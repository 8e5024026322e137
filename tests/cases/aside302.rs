//! The three-hundred-and-second aside part: written after the hundred-and-seventieth round,
//! before any change, on replies told through negations: "ce n'est pas réparé" under the
//! closure notice, "le problème ne s'est pas reproduit", "personne n'est venu", "nous n'avons
//! eu aucune nouvelle", "il n'y a plus aucun souci", "le technicien n'a pas pu terminer".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_302: &[Case] = &[
    case(
        "intent",
        "not repaired under the closure notice",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-030201] Intervention terminée : Copieur",
        "Bonjour,\nCe n'est pas réparé : le copieur affiche la même erreur ce matin.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the problem has not come back",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-030202] Coupures wifi bâtiment A",
        "Bonjour,\nLe problème ne s'est pas reproduit depuis votre intervention de mardi. Vous \
         pouvez considérer le ticket comme résolu.\nClaire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no one came",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-030203] Intervention prévue le 3 décembre",
        "Bonjour,\nPersonne n'est venu le 3 décembre, et personne ne nous a prévenus.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "no news at all",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-030204] Serveur de sauvegarde",
        "Bonjour,\nNous n'avons eu aucune nouvelle depuis votre accusé de réception du 20 \
         novembre.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "no trouble any more",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-030205] Tablettes CM2",
        "Bonjour,\nIl n'y a plus aucun souci avec les tablettes depuis la mise à jour. Merci !\nA. \
         Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the technician could not finish",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-030206] Câblage salle 12",
        "Bonjour,\nLe technicien n'a pas pu terminer hier : il manquait une goulotte. Il repasse \
         lundi.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
