//! The hundred-and-eighty-third aside part: written after the hundred-and-forty-seventh round,
//! before any change, on chases told as a state or asked in words not yet written: nothing has
//! moved since my last mail, still nothing on the contractor's side, a ticket open since a
//! date "pour mémoire", still waiting for a visit, coming back to it, a promise not kept, an
//! exam on Monday and the room not ready, may I know where the order is; beside a partial
//! change and a closing period, which are news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_183: &[Case] = &[
    case(
        "intent",
        "nothing has moved",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-018301] Borne wifi bâtiment D",
        "Bonjour,\nJe constate que rien n'a bougé depuis mon dernier message.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still nothing from the contractor?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018302] Autocommutateur",
        "Toujours rien côté prestataire ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "open since a date, for the record",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-018303] Lecteur de badges",
        "Pour mémoire, ce ticket est ouvert depuis le 3 novembre.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still waiting for a visit",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-018304] Vidéoprojecteur amphithéâtre",
        "Bonjour,\nNous restons dans l'attente d'une intervention.\nCordialement,\nPaul Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "coming back to it",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-018305] Serveur de sauvegarde",
        "Je reviens à la charge concernant notre serveur de sauvegarde.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a promise not kept",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-018306] Commutateur salle 8",
        "Votre engagement d'intervention sous 48 h n'a pas été tenu.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an exam on Monday, the room not ready",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-018307] Salle informatique 2",
        "Bonjour,\nLes élèves passent le brevet blanc lundi et la salle n'est toujours pas \
         opérationnelle.\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "may I know where the order is?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018308] Écrans CDI",
        "Bonjour,\nPuis-je savoir où en est la commande ?\nMerci,\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a partial change, news",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-018309] Réseau salles 12 et 14",
        "Toujours pas de réseau en salle 12 ; en revanche la salle 14 fonctionne depuis ce matin.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closing period, news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-018310] Copieur",
        "Pour information, l'établissement sera fermé du 21 décembre au 4 janvier : merci d'en \
         tenir compte pour le passage du technicien.",
        FollowUp,
        None,
        None,
    ),
];
