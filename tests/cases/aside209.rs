//! The two-hundred-and-ninth aside part: written after the hundred-and-fifty-second round,
//! before any change, on the costliest class in words not yet written: a sound system for the
//! hall's ceremonies, a second line for the infirmary, screens mirrored for a disabled pupil,
//! the wifi opened to parents on open days; beside a hall's sound system that crackles, the
//! infirmary's line dead, a pupil's magnifier software gone, the open day's display down.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_209: &[Case] = &[
    case(
        "request",
        "a sound system for the hall",
        "From: claire.dubois@ac-lyon.example\nSubject: Sonorisation du hall",
        "Bonjour,\nPour les cérémonies de remise des diplômes, le hall aurait besoin d'une \
         sonorisation fixe avec un micro sans fil.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a second line for the infirmary",
        "From: j.martin@ac-aix.example\nSubject: Ligne infirmerie",
        "Bonjour,\nL'infirmerie partage sa ligne avec la vie scolaire ; une ligne directe permettrait \
         aux familles de la joindre sans passer par le standard.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "screens mirrored for a disabled pupil",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Élève malvoyant",
        "Bonjour,\nUn élève malvoyant arrive en 5e B en janvier : il faudrait que le tableau de la \
         salle 14 s'affiche aussi sur une tablette posée sur sa table.\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "the wifi opened to parents on open days",
        "From: paul.henry@ac-lille.example\nSubject: Wifi journée portes ouvertes",
        "Bonjour,\nPour la journée portes ouvertes du 30 janvier, serait-il possible d'ouvrir le wifi \
         invité aux familles dans le hall et au CDI ?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a hall's sound system that crackles",
        "From: claire.dubois@ac-lyon.example\nSubject: Sono du hall",
        "Bonjour,\nLa sonorisation du hall grésille fortement dès qu'on monte le volume, le micro sans \
         fil coupe toutes les deux minutes.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the infirmary's line dead",
        "From: j.martin@ac-aix.example\nSubject: Ligne infirmerie",
        "La ligne de l'infirmerie ne donne plus de tonalité depuis ce matin.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a pupil's magnifier software gone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciel d'agrandissement",
        "Bonjour,\nLe logiciel d'agrandissement de l'élève malvoyant de 5e B a disparu de sa \
         tablette après la mise à jour de la semaine dernière.\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the open day's display down",
        "From: paul.henry@ac-lille.example\nSubject: Écran d'accueil",
        "L'écran d'affichage du hall reste noir depuis lundi ; c'est lui qui doit présenter le lycée \
         aux familles samedi.",
        NewIncident,
        None,
        None,
    ),
];
