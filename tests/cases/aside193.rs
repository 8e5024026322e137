//! The hundred-and-ninety-third aside part: written after the hundred-and-forty-ninth round,
//! before any change, on urgency and codes in forms not yet written: a level with its scale in
//! words, a severity "S1", warning signs around "Urgent", "pas d'urgence particulière", "ça peut
//! attendre la rentrée", "normale (pas bloquant)", an impact and an urgency that disagree; a code
//! in parentheses with a space before its letter, in lower case, with a dash.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_193: &[Case] = &[
    case(
        "urgency",
        "a level with its scale in words",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur de notes",
        "Bonjour,\nLe serveur de notes ne répond plus.\nUrgence : 3 (sur une échelle de 1 à 3)\nClaire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a severity S1",
        "From: paul.henry@ac-lille.example\nSubject: Coupure fibre",
        "Plus aucune connexion internet dans le lycée.\nSévérité : S1",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "warning signs around Urgent",
        "From: sandrine.morel@ac-paris.example\nSubject: ⚠️ Urgent ⚠️ Standard muet",
        "Le standard ne sonne plus du tout depuis 9 h.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "no particular urgency",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris salle 5",
        "Bonjour,\nLa souris du poste 7 de la salle 5 a une molette qui ne défile plus. Pas d'urgence \
         particulière.\nAnne",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "it can wait for the new term",
        "From: j.martin@ac-aix.example\nSubject: Étiquettes des postes",
        "Les étiquettes des postes de la salle 3 sont effacées, il faudrait les refaire. Ça peut \
         attendre la rentrée.",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "normal, not blocking",
        "From: marc.petit@ac-lyon.example\nSubject: Imprimante CDI",
        "L'imprimante du CDI imprime des traits sur chaque page.\nUrgence : normale (pas bloquant)",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "an impact and an urgency that disagree",
        "From: tice@region.example\nSubject: Poste principal - collège 0595012C",
        "Le poste du principal redémarre en boucle.\nImpact : faible\nUrgence : élevée",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
    case(
        "uai",
        "a code in parentheses with a space before its letter",
        "From: claire.dubois@ac-lyon.example\nSubject: Baie réseau",
        "La baie réseau du bâtiment A émet un bip continu.\nLycée Ampère (0691234 S)",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "a code in lower case",
        "From: j.martin@ac-aix.example\nSubject: Tablette CPE",
        "La tablette de la CPE ne charge plus.\nuai:0130456a",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "a code with a dash",
        "From: sandrine.morel@ac-paris.example\nSubject: Poste accueil",
        "Le poste de l'accueil affiche un écran bleu au démarrage.\nCode établissement : 0751043-B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
];
