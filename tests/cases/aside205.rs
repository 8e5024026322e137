//! The two-hundred-and-fifth aside part: written after the hundred-and-fifty-first round,
//! before any change, on the costliest class in words not yet written: a loan of laptops for a
//! trip, a printer to share between two offices, a network to extend to the new gym, accounts
//! for a partner school's pupils, a screen size that no longer suits; beside a laptop cart whose
//! charging stopped, a printer shared that no one reaches any more, the gym's network cut.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_205: &[Case] = &[
    case(
        "request",
        "a loan of laptops for a trip",
        "From: claire.dubois@ac-lyon.example\nSubject: Prêt d'ordinateurs portables",
        "Bonjour,\nPour le séjour en Espagne des 3e en mars, nous aurions besoin d'emprunter dix \
         ordinateurs portables pendant une semaine.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a printer to share between two offices",
        "From: j.martin@ac-aix.example\nSubject: Imprimante intendance",
        "Bonjour,\nL'intendance et le secrétariat voudraient partager l'imprimante couleur du \
         secrétariat : est-il possible de la rendre accessible depuis les deux postes de \
         l'intendance ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a network to extend to the new gym",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Réseau gymnase",
        "Le nouveau gymnase ouvre en avril : les professeurs d'EPS souhaitent y avoir le wifi pour \
         l'application de suivi des performances.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "accounts for a partner school's pupils",
        "From: paul.henry@ac-lille.example\nSubject: Comptes élèves partenaires",
        "Bonjour,\nDouze élèves d'un lycée partenaire suivront nos cours de BTS le jeudi à partir de \
         janvier ; il leur faudrait des comptes sur nos postes.\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a screen size that no longer suits",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran salle de réunion",
        "Bonjour,\nDepuis que la salle de réunion accueille les conseils de classe, son écran de 32 \
         pouces est trop petit pour être lu du fond. Un écran plus grand est-il envisageable ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a laptop cart whose charging stopped",
        "From: marc.petit@ac-lyon.example\nSubject: Chariot de portables",
        "Le chariot de portables de la salle 8 ne charge plus les ordinateurs : ils sont tous à 0 % \
         le matin.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a shared printer no one reaches any more",
        "From: j.martin@ac-aix.example\nSubject: Imprimante partagée",
        "Bonjour,\nL'imprimante partagée du secrétariat n'est plus accessible depuis les postes de \
         l'intendance depuis la coupure de vendredi.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the gym's network cut",
        "From: tice@region.example\nSubject: Gymnase - lycée 0595012C",
        "Bonjour,\nLe wifi du gymnase est coupé depuis ce matin, les professeurs d'EPS ne peuvent pas \
         saisir les résultats.\nL'équipe TICE",
        NewIncident,
        None,
        Some("0595012C"),
    ),
];
