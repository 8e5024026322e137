//! The hundred-and-seventy-fifth aside part: written after the hundred-and-forty-fifth round,
//! before any change, on chases asked as questions once more: is anything planned, when may we
//! hope, has the order gone out, who follows our file, should we write elsewhere, is our
//! report forgotten; beside questions that are news (a time for the visit, the technician's
//! phone, what to prepare).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_175: &[Case] = &[
    case(
        "intent",
        "is anything planned?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017501] Serveur pédagogique",
        "Bonjour,\nY a-t-il quelque chose de prévu pour notre serveur ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "when may we hope?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017502] Photocopieur",
        "Pouvons-nous espérer une réparation avant les vacances ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "has the order gone out?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-017503] Écrans salle 204",
        "La commande des écrans est-elle partie ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "who follows our file?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017504] Standard téléphonique",
        "Qui suit notre dossier ? Nous n'arrivons à joindre personne.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "should we write elsewhere?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017505] Baie réseau",
        "Faut-il que nous nous adressions directement au prestataire pour que les choses \
         avancent ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "our report forgotten?",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-017506] Vidéoprojecteur amphithéâtre",
        "Notre signalement aurait-il été oublié ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a time for the visit, news",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017507] Intervention prévue : Baie réseau",
        "À quelle heure le technicien arrivera-t-il ? La loge ouvre à 7 h 30.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "what to prepare, news",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017508] Intervention prévue : Salle informatique",
        "Faut-il éteindre les postes de la salle avant son passage ?",
        FollowUp,
        None,
        None,
    ),
];
