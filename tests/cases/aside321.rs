//! The three-hundred-and-twenty-first aside part: written after the hundred-and-seventy-third
//! round, before any change, on chases in office formulas: "je me permets de vous relancer",
//! "sauf erreur de ma part", "je reviens vers vous concernant", "l'état d'avancement", "me tenir
//! informée de la suite", "une estimation du délai".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_321: &[Case] = &[
    case(
        "intent",
        "je me permets de vous relancer",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-032101] Imprimante salle des professeurs",
        "Bonjour,\nJe me permets de vous relancer au sujet de l'imprimante de la salle des \
         professeurs.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "sauf erreur de ma part",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-032102] Téléphonie",
        "Bonjour,\nSauf erreur de ma part, nous n'avons pas eu de retour depuis votre accusé de \
         réception.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "je reviens vers vous concernant",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-032103] Wifi gymnase",
        "Bonjour,\nJe reviens vers vous concernant le wifi du gymnase, signalé le 12 novembre.\nS. \
         Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "l'état d'avancement",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-032104] Serveur de sauvegarde",
        "Bonjour,\nJe souhaiterais connaître l'état d'avancement de notre demande.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "me tenir informée de la suite",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-032105] Tableau CE1",
        "Bonjour,\nMerci de bien vouloir me tenir informée de la suite donnée à notre signalement.\n\
         A. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "une estimation du délai",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-032106] Switch salle 12",
        "Bonjour,\nPourriez-vous me donner une estimation du délai de remplacement du switch ?\nM. \
         Petit",
        Reminder,
        None,
        None,
    ),
];
