//! The two-hundred-and-twentieth aside part: written after the hundred-and-fifty-fourth round,
//! before any change, on urgency once more: a subject's "URGENT" taken back by the text, a text
//! "très urgent" under a subject "urgent" (the same level), an impact and no urgency, "priorité
//! absolue", a level written "haute priorité", a "pas bloquant" alone, an urgency stated for a
//! closure (none is read).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_220: &[Case] = &[
    case(
        "urgency",
        "URGENT taken back",
        "From: claire.dubois@ac-lyon.example\nSubject: URGENT clavier salle 3",
        "Bonjour,\nEn fait ce n'est pas urgent : une touche du clavier du poste 3 est décollée.\nClaire",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "very urgent under urgent",
        "From: paul.henry@ac-lille.example\nSubject: Urgent - serveur",
        "Très urgent : le serveur de fichiers ne répond plus, personne ne peut travailler.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "an impact and no urgency",
        "From: sandrine.morel@ac-paris.example\nSubject: Badgeuse cantine",
        "La badgeuse de la cantine ne lit plus aucune carte.\nImpact : tout l'établissement (élevé)",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "priorité absolue",
        "From: j.martin@ac-aix.example\nSubject: Standard muet",
        "Le standard ne sonne plus depuis ce matin. Priorité absolue : les familles ne peuvent plus \
         nous joindre.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "haute priorité",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Réseau administration (haute priorité)",
        "Plus de réseau dans les bureaux de l'administration.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "pas bloquant alone",
        "From: marc.petit@ac-lyon.example\nSubject: Écran salle 6",
        "L'écran du poste professeur de la salle 6 affiche une ligne verticale. Pas bloquant.",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "an urgency stated for a closure",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-022007] Intervention terminée : Serveur",
        "C'est réparé, merci. Urgence : très haute à l'époque, mais plus aujourd'hui !",
        ClosureConfirmation,
        None,
        None,
    ),
];
