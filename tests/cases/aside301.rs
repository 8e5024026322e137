//! The three-hundred-and-first aside part: written after the hundred-and-seventieth round,
//! before any change, on needs told through negations: a room with no projector, a gym with no
//! wifi ever, a room "pas équipée", staff without an account of their own, a building not yet
//! cabled; and a fault that denies being a need.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_301: &[Case] = &[
    case(
        "request",
        "a room with no projector",
        "From: j.martin@ac-aix.example\nSubject: Salle 4",
        "Bonjour,\nNous n'avons pas de vidéoprojecteur en salle 4, seule salle du couloir qui n'en \
         a pas. Serait-il possible d'en installer un ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a gym with no wifi ever",
        "From: paul.henry@ac-lille.example\nSubject: Wifi du gymnase",
        "Bonjour,\nIl n'y a jamais eu de wifi au gymnase, et les professeurs d'EPS voudraient \
         utiliser des tablettes pour filmer les élèves.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a room not equipped",
        "From: claire.dubois@ac-lyon.example\nSubject: Salle polyvalente",
        "Bonjour,\nLa salle polyvalente n'est pas équipée pour les réunions avec les familles : ni \
         écran, ni micro. Pourrait-on prévoir un équipement simple ?\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "staff without an account of their own",
        "From: sandrine.morel@ac-paris.example\nSubject: Comptes des assistants d'éducation",
        "Bonjour,\nLes assistants d'éducation n'ont pas de compte personnel sur le réseau et \
         partagent tous le même identifiant. Il faudrait leur créer des comptes nominatifs.\nS. \
         Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a building not yet cabled",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Nouvelle classe préfabriquée",
        "Bonjour,\nLa classe préfabriquée installée cet automne n'est pas encore raccordée au \
         réseau de l'école.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault that denies being a need",
        "From: marc.petit@ac-lyon.example\nSubject: Tableau numérique salle 8",
        "Bonjour,\nCe n'est pas une demande de matériel : le tableau numérique de la salle 8, qui \
         marchait très bien, ne réagit plus au stylet depuis lundi.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
