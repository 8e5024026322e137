//! The three-hundred-and-forty-third aside part: written after the hundred-and-seventy-sixth
//! round, before any change, on levels said in words: "URGENCE ABSOLUE", "urgence modérée",
//! "pas d'urgence particulière", "Urgence : normale", "priorité maximale", "à traiter sans
//! urgence".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_343: &[Case] = &[
    case(
        "urgency",
        "URGENCE ABSOLUE",
        "From: paul.henry@ac-lille.example\nSubject: URGENCE ABSOLUE - alarme incendie",
        "Bonjour,\nLa centrale de l'alarme incendie est en défaut depuis ce matin.\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "urgence modérée",
        "From: sandrine.morel@ac-paris.example\nSubject: Lecteur de CD salle 5",
        "Bonjour,\nLe lecteur de CD de la salle 5 saute des pistes. Urgence modérée.\nS. Morel",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "pas d'urgence particulière",
        "From: j.martin@ac-aix.example\nSubject: Écran du CDI",
        "Bonjour,\nL'écran du poste de prêt du CDI a une ligne de pixels morts. Pas d'urgence \
         particulière.\nJ. Martin",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "Urgence normale",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante de la direction",
        "Bonjour,\nL'imprimante de la direction imprime en décalé.\nUrgence : normale\nA. Leroux",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "priorité maximale",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur ENT",
        "Bonjour,\nLe serveur ENT est arrêté, priorité maximale : les bulletins partent demain.\n\
         Claire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "à traiter sans urgence",
        "From: marc.petit@ac-lyon.example\nSubject: Horloge du poste de la salle 3",
        "Bonjour,\nL'horloge du poste de la salle 3 retarde de dix minutes. À traiter sans urgence.\n\
         M. Petit",
        NewIncident,
        Some(Bas),
        None,
    ),
];
