//! The three-hundred-and-tenth aside part: written after the hundred-and-seventy-first round,
//! before any change, on reply layouts: an answer written below the quote, answers inline
//! between the desk's questions, an Outlook header block under the answer, an English client's
//! "On … wrote:", a chase below a long quoted history.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_310: &[Case] = &[
    case(
        "intent",
        "an answer below the quote",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-031001] Intervention terminée : Onduleur",
        "> Le prestataire indique avoir remplacé les batteries de l'onduleur.\n> Pouvez-vous nous \
         confirmer le bon fonctionnement ?\n\nOui, tout fonctionne, l'onduleur a tenu le test de \
         coupure ce matin. Merci.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "answers inline between the desk's questions",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: [CESAME #2026-031002] Demande de précisions - Imprimante",
        "> Quel est le modèle de l'imprimante ?\nUne Kyocera ECOSYS M2540dn.\n\n> Le problème \
         touche-t-il tous les postes ?\nSeulement ceux du premier étage.\n\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an Outlook header block under the answer",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-031003] Vidéoprojecteur amphithéâtre",
        "Bonjour,\nToujours aucune date d'intervention de votre côté ?\nClaire Dubois\n\nDe : CESAME \
         <cesame@region.example>\nEnvoyé : lundi 23 novembre 2026 09:12\nÀ : Claire Dubois\nObjet \
         : [CESAME #2026-031003] Accusé de réception - Vidéoprojecteur amphithéâtre\n\nVotre \
         signalement a bien été enregistré. Urgence : très haute.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an English client's On … wrote",
        "From: marc.petit@ac-lyon.example\nSubject: Re: [CESAME #2026-031004] Switch salle 12",
        "Thanks, the technician can come on Thursday morning, the room will be free.\n\nOn Mon, Dec \
         7, 2026 at 9:02 AM CESAME <cesame@region.example> wrote:\n> Le prestataire propose une \
         intervention jeudi matin. Cela vous convient-il ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase below a long quoted history",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-031005] Serveur pédagogique",
        "> Le 20 nov. 2026, CESAME a écrit :\n> Votre signalement a bien été enregistré.\n>\n> Le 27 \
         nov. 2026, CESAME a écrit :\n> L'ordre de travail a été transmis au prestataire.\n\nEt \
         depuis, plus rien. Le serveur est toujours arrêté.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
];
