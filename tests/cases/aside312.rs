//! The three-hundred-and-twelfth aside part: written after the hundred-and-seventy-first round,
//! before any change, on needs asked as questions: "Est-il possible d'avoir", "Peut-on
//! envisager", "Qui dois-je contacter pour obtenir", "Comment faire pour avoir", and a fault
//! asked as a question ("Est-il normal que").

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_312: &[Case] = &[
    case(
        "request",
        "Est-il possible d'avoir",
        "From: claire.dubois@ac-lyon.example\nSubject: Casques pour le CDI",
        "Bonjour,\nEst-il possible d'avoir une dizaine de casques audio pour les postes du CDI ?\n\
         Claire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "Peut-on envisager",
        "From: paul.henry@ac-lille.example\nSubject: Wifi en salle des professeurs",
        "Bonjour,\nPeut-on envisager un accès wifi pour les téléphones des professeurs en salle des \
         professeurs ?\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "Qui dois-je contacter pour obtenir",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran pour la salle 3",
        "Bonjour,\nQui dois-je contacter pour obtenir un deuxième écran pour le poste de la salle 3 \
         ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "Comment faire pour avoir",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante couleur",
        "Bonjour,\nComment faire pour avoir une imprimante couleur à l'école ? Les enseignantes \
         impriment tout en noir et blanc.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "Est-il normal que",
        "From: j.martin@ac-aix.example\nSubject: Postes salle 6",
        "Bonjour,\nEst-il normal que les postes de la salle 6 mettent vingt minutes à démarrer \
         depuis lundi ?\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
