//! The three-hundred-and-twenty-second aside part: written after the hundred-and-seventy-third
//! round, before any change, on urgency in English and in replies: "Urgency: critical",
//! "Severity 2", "[HIGH]", "low priority", a chase that raises the level to "élevée", a chase
//! that says "très urgent maintenant".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_322: &[Case] = &[
    case(
        "urgency",
        "Urgency critical",
        "From: marc.petit@ac-lyon.example\nSubject: File server down",
        "Hello,\nThe file server has been unreachable since 7 am.\nUrgency: critical\nMarc Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Severity 2",
        "From: claire.dubois@ac-lyon.example\nSubject: Printer in room B4",
        "Hello,\nThe printer in room B4 prints every page twice.\nSeverity: 2\nClaire",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "HIGH in brackets",
        "From: marc.petit@ac-lyon.example\nSubject: [HIGH] Staff room wifi down",
        "Hello,\nNo wifi in the staff room since this morning.\nMarc",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "low priority",
        "From: claire.dubois@ac-lyon.example\nSubject: Mouse in room 3",
        "Hello,\nOne mouse in room 3 has a broken wheel. Low priority.\nClaire",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "a chase that raises the level",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-032205] Serveur Pronote",
        "Bonjour,\nToujours aucune nouvelle. Les conseils de classe commencent lundi : urgence \
         désormais élevée.\nP. Henry",
        Reminder,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "très urgent maintenant in a chase",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-032206] Téléphone école",
        "Bonjour,\nToujours pas de téléphone à l'école, c'est très urgent maintenant.\nA. Leroux",
        Reminder,
        Some(TresHaut),
        None,
    ),
];
