//! The three-hundred-and-fifty-second aside part: written after the hundred-and-seventy-eighth
//! round, before any change, on the end of a need: machines delivered and installed, accounts
//! created, software installed but its licence not active, a room cabled with one socket left.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_352: &[Case] = &[
    case(
        "intent",
        "machines delivered and installed",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-035201] Portables salle de sciences",
        "Bonjour,\nLes portables ont bien été livrés et installés, les élèves les ont utilisés dès \
         ce matin. Merci !\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "accounts created",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-035202] Comptes des stagiaires",
        "Bonjour,\nLes comptes ont été créés, tout est en ordre de notre côté.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "software installed but not its licence",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-035203] Logiciel de CAO",
        "Bonjour,\nLe logiciel est installé, mais la licence n'est pas activée : il s'ouvre en mode \
         démonstration.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a room cabled with one socket left",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-035204] Câblage salle 204",
        "Bonjour,\nLa salle est câblée, merci ; seule la prise du bureau du professeur ne donne pas \
         de réseau.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
];
