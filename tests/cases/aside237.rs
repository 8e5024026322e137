//! The two-hundred-and-thirty-seventh aside part: written after the hundred-and-fifty-seventh
//! round, before any change, on new mail with misleading words: a fault told with "besoin", a
//! need told with "pannes", a fault after a move told with "il faudrait", a need told as a
//! complaint about old equipment, a fault with "souhaiterions", a need with "ne fonctionne
//! pas" (a use never supported).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_237: &[Case] = &[
    case(
        "request",
        "a fault told with 'besoin'",
        "From: claire.dubois@ac-lyon.example\nSubject: Copieur examens",
        "Bonjour,\nNous avons besoin que le copieur du rez-de-chaussée soit réparé avant lundi : il \
         froisse toutes les feuilles depuis hier et les sujets du bac blanc doivent être tirés.\n\
         Claire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need told with 'pannes'",
        "From: paul.henry@ac-lille.example\nSubject: Onduleurs",
        "Bonjour,\nPour éviter les pannes à chaque coupure de courant, nous souhaiterions équiper \
         les trois baies réseau d'onduleurs.\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault after a move",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Poste secrétariat",
        "Bonjour,\nDepuis que les peintres ont déplacé les bureaux, le poste du secrétariat n'a \
         plus de réseau : la prise murale ne répond plus. Il faudrait vérifier le câblage.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need told as a complaint about old equipment",
        "From: j.martin@ac-aix.example\nSubject: Postes salle de technologie",
        "Bonjour,\nLes postes de la salle de technologie ont onze ans : ils mettent dix minutes à \
         démarrer et ne font pas tourner le logiciel de modélisation du nouveau programme. Leur \
         renouvellement est-il prévu ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault with 'souhaiterions'",
        "From: sandrine.morel@ac-paris.example\nSubject: Téléphone bureau du proviseur",
        "Bonjour,\nNous souhaiterions une intervention rapide : le téléphone du bureau du proviseur \
         ne sonne plus, les appels tombent directement sur la messagerie.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a use never supported",
        "From: marc.petit@ac-lyon.example\nSubject: Impression depuis les tablettes",
        "Bonjour,\nLes tablettes des élèves n'ont jamais pu imprimer sur les imprimantes du CDI. \
         Serait-il possible de mettre en place cette possibilité ?\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
