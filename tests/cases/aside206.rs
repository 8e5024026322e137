//! The two-hundred-and-sixth aside part: written after the hundred-and-fifty-second round,
//! before any change, on short questions of procedure that speak of the request without
//! chasing it (a new request for another room, the head's approval, whom to contact next, a
//! reference to quote, a form to fill) beside short chases in words not yet written (still
//! nothing planned?, any visibility at last?, where do things stand?, will someone come before
//! the holidays?).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_206: &[Case] = &[
    case(
        "intent",
        "a new request for another room?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020601] Vidéoprojecteur salle 18",
        "Faut-il faire une nouvelle demande pour celui de la salle 19 ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the head's approval?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020602] Écrans CDI",
        "La demande doit-elle être validée par la principale avant la commande ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "whom to contact next?",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020603] Intervention terminée : Standard",
        "Pour la suite, qui dois-je contacter en cas de nouvelle panne ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a reference to quote?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020604] Ordre de travail transmis : Baie",
        "Le technicien aura-t-il un numéro de dossier à nous communiquer à son arrivée ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a form to fill?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-020605] Demande de postes",
        "Y a-t-il un formulaire à remplir pour compléter la demande ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "still nothing planned?",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-020606] Commutateur salle 8",
        "Toujours rien de planifié ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "any visibility at last?",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-020607] Serveur collège",
        "Bonjour,\nA-t-on enfin un peu de visibilité ?\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "where do things stand?",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020608] Autocommutateur",
        "Où en sont les choses ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "someone before the holidays?",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020609] Borne wifi bâtiment D",
        "Quelqu'un viendra-t-il avant les vacances ?",
        Reminder,
        None,
        None,
    ),
];
