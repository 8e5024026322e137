//! The hundred-and-seventy-sixth aside part: written after the hundred-and-forty-sixth round,
//! before any change, on chases asked as questions or told as a state by other writers: does
//! the file move, is someone on it, three weeks unusable, coming back to a ticket left without
//! follow-up, still not taken in hand, a delivery date to see, a deadline before writing
//! higher up; beside a quoted chase and two mails that are news (another day for the visit, a
//! new error code).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_176: &[Case] = &[
    case(
        "intent",
        "does the file move?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017601] Salle multimédia",
        "Bonjour,\nLe dossier avance-t-il ? Les enseignants me posent la question tous les jours.\nCordialement,\nAnne Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "is someone on it?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017602] Borne wifi CDI",
        "Est-ce que quelqu'un s'occupe de notre demande ?\n\nPaul Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "three weeks unusable",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017603] Salle informatique B12",
        "Bonjour,\n\nCela fait maintenant trois semaines que la salle B12 est inutilisable. Merci de \
         faire le nécessaire.\n\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a ticket left without follow-up",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017604] Copieur administration",
        "Bonjour,\nJe me permets de revenir vers vous au sujet de ce ticket resté sans suite.\nBien à vous,\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still not taken in hand",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: [CESAME #2026-017605] Vidéoprojecteur salle 204",
        "Bonjour,\nÀ ce jour, notre signalement n'est toujours pas pris en charge.\nS. Morel\n\n\
         -------- Message transféré --------\nObjet : [CESAME #2026-017605] Vidéoprojecteur salle 204\n\
         Le vidéoprojecteur de la salle 204 ne s'allume plus.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a delivery date to see",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-017606] Remplacement commutateur",
        "Bonjour,\nAvez-vous de la visibilité sur la date de livraison du nouveau commutateur ?\nMerci,\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a deadline before writing higher up",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-017607] Serveur ENT",
        "Sans retour de votre part d'ici vendredi, je me verrai obligé d'en informer la DANE.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a quoted chase",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017608] Imprimante 3D",
        "Nous n'avons eu aucun retour depuis votre accusé de réception.\n\n\
         Le 12/11/2026 à 09:14, cesame@region.example a écrit :\n\
         > Votre signalement a été enregistré sous le numéro 2026-017608.\n\
         > Urgence : moyen.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "another day for the visit, news",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017609] Intervention prévue : Baie de brassage",
        "Bonjour,\nLe technicien pourrait-il venir mardi plutôt que lundi ? Le lundi, le local est \
         fermé jusqu'à 14 h.\nAnne Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a new error code, news",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017610] Copieur salle des professeurs",
        "Pour information, le copieur affiche maintenant le code E-205 en plus du bourrage papier.",
        FollowUp,
        None,
        None,
    ),
];
