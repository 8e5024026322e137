//! The two-hundred-and-sixty-seventh aside part: written after the hundred-and-sixty-third
//! round, before any change, on chases told as a state in words not yet written, beside news
//! told the same way: the CDI closed to classes, a teacher dictating instead of projecting, a
//! parents' meeting without its screen, the date on the acknowledgement recalled, news that the
//! fault now spreads to a second room, news that the school bought a cable itself.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_267: &[Case] = &[
    case(
        "intent",
        "the CDI closed to classes",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-026701] Postes CDI",
        "Bonjour,\nLe CDI n'accueille plus de classes depuis trois semaines faute de postes en \
         état de marche.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher dictating instead of projecting",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-026702] Vidéoprojecteur salle 9",
        "Bonjour,\nEn salle 9, le collègue d'histoire dicte ses cours depuis le 9 novembre faute de \
         vidéoprojecteur.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a parents' meeting without its screen",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-026703] Écran salle polyvalente",
        "Bonjour,\nLa réunion parents-professeurs de jeudi se tiendra donc sans écran, comme les \
         deux précédentes.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the acknowledgement's date recalled",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-026704] Accusé de réception : Onduleur",
        "Bonjour,\nVotre accusé de réception date du 2 novembre.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the fault spreading to a second room",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026705] Réseau salle 101",
        "Bonjour,\nDepuis ce matin, la salle 102 n'a plus de réseau non plus.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a cable bought by the school",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-026706] Écran salle 3",
        "Bonjour,\nNous avons acheté un câble HDMI neuf en attendant : l'écran reste noir avec.\n\
         M. Petit",
        FollowUp,
        None,
        None,
    ),
];
