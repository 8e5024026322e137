//! The two-hundred-and-eightieth aside part: written after the hundred-and-sixty-sixth round,
//! before any change, on chases told as a state once more: work not handed in, one printer for
//! a whole school since the acknowledgement, colleagues losing patience, a status seen unchanged,
//! "la situation est inchangée"; and news in the same words: unchanged after an advice tried, a
//! printer that worked an hour.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_280: &[Case] = &[
    case(
        "intent",
        "work not handed in",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-028001] Plateforme de dépôt BTS",
        "Bonjour,\nLes étudiants de BTS n'ont toujours pas pu déposer leurs projets sur la \
         plateforme.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "one printer since the acknowledgement",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-028002] Copieur administration",
        "Bonjour,\nNous fonctionnons avec une seule imprimante pour tout le collège depuis votre \
         accusé de réception du 12 novembre.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "colleagues losing patience",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-028003] Casques salle de langues",
        "Bonjour,\nMes collègues de langues commencent à perdre patience.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a status seen unchanged",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-028004] Serveur pédagogique",
        "Bonjour,\nJe constate que notre demande est toujours au statut « en attente » sur votre \
         portail.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the situation unchanged",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-028005] Connexion internet école",
        "Bonjour,\nLa situation est inchangée.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "unchanged after an advice tried",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-028006] Lecteur réseau",
        "Bonjour,\nNous avons vidé le cache comme vous le conseilliez : la situation est \
         inchangée, le lecteur réseau reste introuvable.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a printer that worked an hour",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-028007] Imprimante CDI",
        "Bonjour,\nPour information, l'imprimante a de nouveau fonctionné une heure ce matin, puis \
         s'est bloquée avec le même message.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
];
