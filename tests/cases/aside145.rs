//! The hundred-and-forty-fifth aside part: written after the hundred-and-twenty-eighth round,
//! before any change, on a reply's intent around the visit and the closure: a visit done with
//! nothing said of the result, a part awaited, equipment received but not installed, a slot
//! moved or agreed, a closure refused in advance, a closure done on the school's side, a fault
//! found by the school itself, one-word answers (yes, no, an emoji), a chase, the list asked.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_145: &[Case] = &[
    case(
        "intent",
        "the visit happened, nothing more",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014501] Baie de brassage",
        "Bonjour,\nJe vous confirme que le technicien est bien passé ce matin.\nCordialement",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a part awaited",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014502] Copieur salle des profs",
        "Le technicien est passé hier : il doit revenir avec une pièce commandée, le copieur \
         reste hors service d'ici là.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "received but not installed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014503] Écrans salle 204",
        "Bonjour,\nNous avons bien reçu les écrans, merci. Reste l'installation : qui doit s'en \
         charger ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "another day asked",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014504] Intervention prévue - Serveur pédagogique",
        "Bonjour,\nMardi, le collège est fermé pour la formation des personnels. Serait-il \
         possible de passer plutôt jeudi ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the slot agreed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014505] Intervention prévue - Autocommutateur",
        "Le créneau de mardi 10 h nous convient, l'agent d'accueil ouvrira le local.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "do not close yet",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014506] Intervention terminée - Wifi internat",
        "Merci de ne pas clôturer : le prestataire doit revenir poser la borne du deuxième étage.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "closed on our side",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014507] Poste CPE",
        "Je clôture de mon côté, merci pour tout.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the school found the cause",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014508] Imprimante accueil",
        "Bonjour,\nProblème résolu par nos soins : un câble réseau avait été arraché par l'aspirateur. \
         Désolée pour la gêne.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "yes in one word",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014509] Pouvons-nous clôturer ? - Scanner",
        "Affirmatif.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no in a few words",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014510] Intervention terminée - Vidéoprojecteur",
        "Négatif, toujours HS.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "an emoji",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-014511] Intervention terminée - Tableau salle 5",
        "Nickel 👍",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "an urgent chase with a date",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014512] Serveur ENT",
        "Relance : toujours rien depuis le 2 décembre, les élèves n'ont plus accès à leurs \
         documents !",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the list asked under a ticket",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014513] Tablettes",
        "Bonjour,\nQuels sont nos tickets encore en cours à ce jour ?\nMerci",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a detail for the technician",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014514] Routeur bâtiment B",
        "Précision pour le technicien : le local réseau du bâtiment B se trouve au sous-sol, la \
         clé est à la loge.",
        FollowUp,
        None,
        None,
    ),
];
