//! The three-hundred-and-twenty-fourth aside part: written after the hundred-and-seventy-third
//! round, before any change, on the building's infrastructure, need or fault: sockets too few to
//! charge tablets, a breaker that trips in the rack, the server room's air conditioning down, air
//! conditioning wanted for it, fibre cut by works, a new building to connect to the fibre.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_324: &[Case] = &[
    case(
        "request",
        "sockets too few to charge tablets",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Prises pour les tablettes",
        "Bonjour,\nLa classe de CM2 n'a que deux prises électriques, trop peu pour recharger les \
         quinze tablettes reçues ce trimestre.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a breaker that trips in the rack",
        "From: j.martin@ac-aix.example\nSubject: Baie réseau - disjoncteur",
        "Bonjour,\nLe disjoncteur de la baie réseau du bâtiment B saute plusieurs fois par jour, \
         coupant tout le réseau du bâtiment.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the server room's air conditioning down",
        "From: claire.dubois@ac-lyon.example\nSubject: Climatisation salle serveur",
        "Bonjour,\nLa climatisation de la salle serveur est tombée en panne ce week-end : il fait 34 \
         °C dans la salle.\nUrgence : très haute\nClaire Dubois",
        NewIncident,
        Some(guichet::understand::Urgency::TresHaut),
        None,
    ),
    case(
        "request",
        "air conditioning wanted for the server room",
        "From: paul.henry@ac-lille.example\nSubject: Salle serveur",
        "Bonjour,\nLa salle serveur n'est pas climatisée et dépasse 30 °C chaque été. Une \
         climatisation serait nécessaire avant juin.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "fibre cut by works",
        "From: sandrine.morel@ac-paris.example\nSubject: Fibre coupée",
        "Bonjour,\nLa fibre du lycée a été sectionnée ce matin par les travaux de voirie devant \
         l'entrée : plus d'internet.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a new building to connect",
        "From: marc.petit@ac-lyon.example\nSubject: Raccordement du nouveau bâtiment",
        "Bonjour,\nLe nouveau bâtiment des sciences sera livré en février : il faudra le raccorder à \
         la fibre et au réseau du lycée.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
