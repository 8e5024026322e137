//! The four-hundred-and-forty-third aside part: written after the hundred-and-ninety-second
//! round, before any change, on needs to take away or switch off (old machines to collect,
//! software to uninstall, accounts of pupils who left) beside a removal that went wrong.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_443: &[Case] = &[
    case(
        "request",
        "old machines to collect",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Enlèvement d'anciens postes",
        "Bonjour,\nUne vingtaine d'anciens postes et écrans sont stockés au sous-sol depuis le \
         renouvellement. Pourriez-vous organiser leur enlèvement pour recyclage ?\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "software to uninstall",
        "From: sandrine.morel@ac-paris.example\nSubject: Désinstallation d'un logiciel",
        "Bonjour,\nL'équipe de mathématiques n'utilise plus l'ancien logiciel de géométrie. Merci \
         de le désinstaller des postes du lycée pour libérer de la place.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "accounts of pupils who left",
        "From: marc.petit@ac-lyon.example\nSubject: Comptes des élèves partis",
        "Bonjour,\nPouvez-vous supprimer les comptes réseau des élèves qui ont quitté le lycée en \
         juin ? La liste est jointe.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a removal that went wrong",
        "From: paul.henry@ac-lille.example\nSubject: Logiciel de vie scolaire disparu",
        "Bonjour,\nDepuis la désinstallation de l'ancien antivirus hier, le logiciel de vie \
         scolaire ne s'ouvre plus sur les postes du bureau des CPE.\nPaul Henry",
        NewIncident,
        None,
        None,
    ),
];
