//! The hundred-and-sixty-fifth aside part: written after the hundred-and-thirty-ninth round,
//! before any change, on the list of open tickets and the chase without a number, asked in
//! words not yet written: a recap, tickets "en attente", how many are open, a review of all
//! reports, a subject alone; beside a new ticket asked to be opened, a chase that names its
//! date, three reports asked whether received.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_165: &[Case] = &[
    case(
        "intent",
        "a recap please",
        "From: claire.dubois@ac-lyon.example\nSubject: Récap",
        "Bonjour,\nRécap de nos demandes svp.\nMerci",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "tickets waiting",
        "From: j.martin@ac-aix.example\nSubject: Question",
        "Bonjour,\nQuels tickets avons-nous en attente chez vous ?\nCordialement",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "how many are open",
        "From: sandrine.morel@ac-paris.example\nSubject: Demandes en cours",
        "Bonjour,\nPouvez-vous me dire combien de demandes sont encore ouvertes pour le lycée, et \
         lesquelles ?\nMerci",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a review of all reports",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Point sur nos signalements",
        "Bonjour,\nJe souhaiterais faire le point sur l'ensemble de nos signalements en cours avant \
         le conseil d'administration.\nBien cordialement",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the subject alone asks",
        "From: paul.henry@ac-lille.example\nSubject: État de nos demandes",
        "Merci.",
        ListRequest,
        None,
        None,
    ),
    case(
        "request",
        "a ticket asked to be opened",
        "From: marc.petit@ac-lyon.example\nSubject: Nouvelle demande",
        "Bonjour,\nPouvez-vous ouvrir un ticket pour la salle 5 : le vidéoprojecteur a une bande \
         verte sur toute l'image.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "intent",
        "a chase that names its date",
        "From: claire.dubois@ac-lyon.example\nSubject: Suivi de notre demande du 12 novembre",
        "Bonjour,\nSuivi de notre demande du 12 novembre (vidéoprojecteur de la salle 3) : \
         toujours rien à ce jour.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "three reports, received?",
        "From: j.martin@ac-aix.example\nSubject: Nos signalements",
        "Bonjour,\nAvez-vous bien reçu nos trois signalements de la semaine dernière ? Nous \
         n'avons eu aucun accusé de réception.",
        Reminder,
        None,
        None,
    ),
];
