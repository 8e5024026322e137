//! The three-hundred-and-seventy-second aside part: written after the hundred-and-eighty-second
//! round, before any change, on what is not a school's report: a carrier's delivery notice, a
//! calendar invitation's answer, a read receipt, a mailing list's digest, a lure in a contact's
//! name from a free mailbox.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_372: &[Case] = &[
    case(
        "spam",
        "a carrier's fake notice",
        "From: Suivi Colis <notification@suivi-colis-express.example>\nSubject: Votre colis est en attente",
        "Bonjour,\nVotre colis n'a pas pu être livré. Des frais de réexpédition de 1,99 € sont à \
         régler : https://suivi-colis-express.example/payer\nService client",
        Spam,
        None,
        None,
    ),
    case(
        "auto-reply",
        "a read receipt",
        "From: claire.dubois@ac-lyon.example\nSubject: Lu : [CESAME #2026-037202] Accusé de réception",
        "Votre message a été lu le lundi 7 décembre 2026 à 10:14.",
        AutoReply,
        None,
        None,
    ),
    case(
        "bulk",
        "a mailing list's digest",
        "From: Liste TICE <tice-l@listes.ac-exemple.example>\nSubject: Digest TICE, vol. 42\nList-Id: <tice-l.listes.ac-exemple.example>\nPrecedence: list",
        "Sujets du jour :\n1. Panne ENT ce matin ?\n2. Tableaux interactifs : retours d'expérience",
        Bulk,
        None,
        None,
    ),
    case(
        "spam",
        "a lure in a contact's name from a free mailbox",
        "From: Claire Dubois <claire.dubois.proviseure@mail-gratuit.example>\nSubject: Demande urgente et confidentielle",
        "Bonjour,\nJe suis en réunion et ne peux pas téléphoner. J'ai besoin que vous achetiez \
         des cartes cadeaux pour le personnel, discrètement. Répondez-moi vite.\nClaire Dubois",
        Spam,
        None,
        None,
    ),
];
