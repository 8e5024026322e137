//! The two-hundred-and-fifty-fifth aside part: written after the hundred-and-sixtieth round,
//! before any change, on chases once more, in voices and words not yet written: a head
//! teacher's dry line, a bursar counting costs, an irony, a comparison with another school, a
//! chase that names the regional council, an English state.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_255: &[Case] = &[
    case(
        "intent",
        "a head teacher's dry line",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-025501] Standard téléphonique",
        "Madame, Monsieur,\nLe proviseur souhaite connaître la date de remise en service du \
         standard.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a bursar counting costs",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-025502] Copieur administration",
        "Bonjour,\nNous payons des copies à l'extérieur depuis que le copieur est arrêté : 180 € à \
         ce jour.\nJ. Martin, adjoint gestionnaire",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an irony",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-025503] Wifi CDI",
        "Bonjour,\nNous fêterons bientôt le premier mois de notre CDI sans wifi.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a comparison with another school",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-025504] Tablettes CE2",
        "Bonjour,\nL'école voisine, qui avait signalé la même panne après nous, a été dépannée \
         la semaine dernière.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase naming the council",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-025505] Serveur pédagogique",
        "Bonjour,\nSi rien n'est fait d'ici lundi, j'en informerai le conseil régional.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an English state",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-025506] Lab server",
        "Hi,\nThe lab server has been down for two weeks now.\nMarc",
        Reminder,
        None,
        None,
    ),
];
