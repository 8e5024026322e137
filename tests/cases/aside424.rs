//! The four-hundred-and-twenty-fourth aside part: written after the hundred-and-ninetieth round,
//! before any change, on short replies above the desk's acknowledgement, whose quoted words
//! ("Urgence : très haut", "relance", "clôture") are the desk's, not the school's.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_424: &[Case] = &[
    case(
        "intent",
        "a correction of the room",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-042401] Vidéoprojecteur",
        "Précision : il s'agit de la salle 104, pas de la 105.\nM. Petit\n\n> Votre signalement a \
         été enregistré sous le numéro 2026-042401.\n> Urgence : très haut\n> Sans nouvelles de \
         votre part, une relance automatique vous sera adressée.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a photo sent",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-042402] Écran fissuré",
        "Voici la photo de l'écran demandée.\nP. Henry\n\nLe 3 déc. 2026 à 10:12, CESAME a écrit :\n\
         > Pourriez-vous nous adresser une photo de l'écran ?\n> La clôture administrative \
         interviendra après votre confirmation.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase above the acknowledgement",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-042403] Serveur pédagogique",
        "Toujours rien depuis ce message. Quelqu'un peut-il passer cette semaine ?\nJ. Martin\n\n\
         > Votre signalement a été enregistré sous le numéro 2026-042403.\n> Urgence : moyen",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an access code for the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-042404] Baie de brassage",
        "Le code du local technique est 4512, à donner au technicien.\nAnne Leroux\n\n> Un \
         technicien interviendra jeudi matin.",
        FollowUp,
        None,
        None,
    ),
];
