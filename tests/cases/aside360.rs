//! The three-hundred-and-sixtieth aside part: written after the hundred-and-eighty-first round,
//! before any change, on chases in a reply's own words ("avez-vous pu avancer", "je me permets
//! de revenir vers vous", a visit promised that did not happen, a deadline set) beside news that
//! looks like them (a room free on a day, an answer to the desk's question).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_360: &[Case] = &[
    case(
        "intent",
        "avez-vous pu avancer",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-036001] Scanner du secrétariat",
        "Bonjour,\nAvez-vous pu avancer sur ce dossier ? Le secrétariat scanne toujours sur la \
         copieuse de la salle des professeurs.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "je me permets de revenir vers vous",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-036002] Tableau blanc salle 14",
        "Bonjour,\nJe me permets de revenir vers vous au sujet de ce ticket, resté sans suite \
         depuis trois semaines.\nCordialement,\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit promised that did not happen",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-036003] Serveur pédagogique",
        "Bonjour,\nLe technicien devait passer mardi matin. Personne n'est venu et nous n'avons \
         reçu aucun message.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a deadline set",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-036004] Salle informatique B",
        "Bonjour,\nSans solution d'ici vendredi, nous devrons annuler les épreuves d'ICN prévues \
         lundi. Merci de nous dire où en est l'intervention.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a room free on a day",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-036005] Vidéoprojecteur salle 8",
        "Bonjour,\nJe reviens vers vous pour préciser que la salle 8 sera libre mercredi toute la \
         journée, si le technicien peut passer ce jour-là.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an answer to the desk's question",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-036006] Demande de précisions - Poste CPE",
        "Bonjour,\nLe poste est un Dell OptiPlex, numéro de série 8HX42J3, il affiche un écran \
         noir après le logo.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
