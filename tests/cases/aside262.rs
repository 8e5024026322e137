//! The two-hundred-and-sixty-second aside part: written after the hundred-and-sixty-second
//! round, before any change, on needs that look like faults: a link too slow for what it now
//! carries, too few sockets, a printer that never printed both sides, a wifi that never
//! covered the gym, a screen too small for the room, and one fault that looks like a need (a
//! capacity lost).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_262: &[Case] = &[
    case(
        "request",
        "a link too slow for what it carries",
        "From: claire.dubois@ac-lyon.example\nSubject: Débit internat",
        "Bonjour,\nDepuis que les internes ont tous une tablette, le débit de l'internat est trop \
         faible le soir pour les devoirs en ligne.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "too few sockets",
        "From: j.martin@ac-aix.example\nSubject: Prises salle 7",
        "Bonjour,\nLa salle 7 n'a que deux prises réseau pour les huit postes de l'atelier.\nJ. \
         Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a printer that never printed both sides",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante recto-verso",
        "Bonjour,\nL'imprimante de la salle des maîtres ne fait pas le recto-verso, ce qui double \
         notre consommation de papier. Un modèle qui le fait serait bienvenu.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a wifi that never covered the gym",
        "From: paul.henry@ac-lille.example\nSubject: Wifi gymnase",
        "Bonjour,\nLe wifi n'a jamais couvert le gymnase ; les professeurs d'EPS voudraient y \
         utiliser les tablettes pour filmer les élèves.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a screen too small for the room",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran amphithéâtre",
        "Bonjour,\nL'écran de l'amphithéâtre est trop petit : du fond, les élèves ne lisent rien.\n\
         S. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a capacity lost",
        "From: marc.petit@ac-lyon.example\nSubject: Débit divisé",
        "Bonjour,\nDepuis lundi, le débit du lycée est divisé par dix : les pages mettent une \
         minute à s'afficher, alors que tout allait bien la semaine dernière.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
