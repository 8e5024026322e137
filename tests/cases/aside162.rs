//! The hundred-and-sixty-second aside part: written after the hundred-and-thirty-eighth round,
//! before any change, on a reply's intent above the quoting styles of clients not yet written:
//! Outlook's underscored rule, Apple Mail's quoted attribution, Lotus Notes' header block,
//! Yahoo's unquoted original, a bottom-posted answer, Gmail on a phone, Outlook's English
//! header names, Thunderbird's "Message original", a sentence that opens like an attribution,
//! a signature's delimiter above the quote. The desk's quoted lines carry an urgency that is
//! not the sender's.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_162: &[Case] = &[
    case(
        "intent",
        "Outlook's underscored rule",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-016201] Intervention terminée : Imprimante salle 3",
        "C'est bon, tout fonctionne. Merci.\n\n________________________________\nDe : CESAME \
         <cesame@region.example>\nEnvoyé : jeudi 3 décembre 2026 16:10\nÀ : Claire Dubois\n\
         Objet : [CESAME #2026-016201] Intervention terminée : Imprimante salle 3\n\nLe \
         prestataire indique avoir terminé l'intervention. Urgence : très haute",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Apple Mail's quoted attribution",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-016202] Intervention terminée : Photocopieur",
        "Toujours le même bourrage, rien n'a changé.\n\n> Le 3 déc. 2026 à 16:10, CESAME \
         <cesame@region.example> a écrit :\n> \n> Le prestataire indique avoir terminé \
         l'intervention.\n> Urgence : très haute",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "Lotus Notes' header block",
        "From: sandrine.morel@ac-paris.example\nSubject: Réponse : [CESAME #2026-016203] Intervention terminée : Standard",
        "Toujours en panne depuis votre message.\n\n\n\nCESAME <cesame@region.example>\n\
         03/12/2026 16:10\n\nA\nsandrine.morel@ac-paris.example\ncc\n\nObjet\n[CESAME \
         #2026-016203] Intervention terminée : Standard\n\nLe prestataire indique avoir terminé \
         l'intervention. Urgence : très haute",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "Yahoo's unquoted original",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-016204] Intervention terminée : Scanner",
        "Merci, c'est réparé.\n\nLe jeudi 3 décembre 2026 à 16:10:33 UTC+1, CESAME \
         <cesame@region.example> a écrit :\n\nLe prestataire indique avoir terminé \
         l'intervention.\nUrgence : très haute",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "an answer below the quote",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-016205] Intervention terminée : Vidéoprojecteur",
        "> Confirmez-vous que le problème est résolu ?\n\nOui, c'est réparé.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "Gmail on a phone",
        "From: marc.petit@ac-lyon.example\nSubject: Re: [CESAME #2026-016206] Intervention terminée : Wifi internat",
        "Pas encore réparé, le deuxième étage n'a toujours rien.\n\nLe jeu. 3 déc. 2026, 16:10, \
         CESAME <cesame@region.example> a écrit :\n\n> Le prestataire indique avoir terminé \
         l'intervention.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "Outlook's English header names",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-016207] Accusé de réception : Routeur",
        "Des nouvelles ?\n\nFrom: CESAME <cesame@region.example>\nSent: Monday, November 30, \
         2026 9:00 AM\nTo: J. Martin\nSubject: [CESAME #2026-016207] Accusé de réception : \
         Routeur\n\nVotre demande a été enregistrée avec l'urgence « très haute ».",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Thunderbird's original message forwarded with a chase",
        "From: sandrine.morel@ac-paris.example\nSubject: Fwd: [CESAME #2026-016208] Accusé de réception : Baie réseau",
        "Je relance.\n\n-------- Message original --------\nSujet : [CESAME #2026-016208] Accusé \
         de réception : Baie réseau\nDate : 25/11/2026 10:12\nDe : CESAME \
         <cesame@region.example>\n\nVotre demande a été enregistrée.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a sentence that opens like an attribution",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-016209] Intervention prévue : Serveur",
        "Le 12/12 le technicien peut passer, merci de nous confirmer l'heure.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a signature's delimiter above the quote",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-016210] Intervention terminée : Tableau salle 5",
        "Réparé, merci !\n\n-- \nClaire Dubois\nProviseure adjointe\n\n> Le prestataire indique \
         avoir terminé l'intervention.",
        ClosureConfirmation,
        None,
        None,
    ),
];
