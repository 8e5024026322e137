//! The hundred-and-seventy-ninth aside part: written after the hundred-and-forty-sixth round,
//! before any change, on the costliest class once more: needs that never say "évolution" (a
//! second projector for the lecture hall, a site opened to teachers only, sockets for a library
//! that moves, posts for a new class, more bandwidth for online exams, flat screens for old
//! ones) beside faults that look like needs (machines dead since a power cut, a site blocked
//! since this morning, a full file server, a board deaf to its pen in HTML).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_179: &[Case] = &[
    case(
        "request",
        "a second projector for the lecture hall",
        "From: claire.dubois@ac-lyon.example\nSubject: Amphithéâtre",
        "Bonjour,\nNous souhaiterions disposer d'un second vidéoprojecteur dans l'amphithéâtre pour \
         les conférences de l'association des parents.\nUrgence : basse\nClaire Dubois, 0691234S",
        NewRequest,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "request",
        "a site opened to teachers only",
        "From: j.martin@ac-aix.example\nSubject: Accès YouTube enseignants",
        "Bonjour,\nSerait-il possible d'ouvrir l'accès à YouTube pour les comptes enseignants \
         uniquement ? Les élèves resteraient filtrés.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "sockets for a library that moves",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Déménagement du CDI",
        "Bonjour,\nLe CDI déménage au rez-de-chaussée pendant les vacances de février : il faudra y \
         tirer quatre prises réseau et déplacer la borne wifi.\nUAI 033 0789 D\nAnne Leroux",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "posts for a new class",
        "From: paul.henry@ac-lille.example\nSubject: Ouverture BTS SIO - rentrée 2027",
        "Bonjour,\nAvec l'ouverture d'une section de BTS à la rentrée, nous aurons besoin de quinze \
         postes supplémentaires dans la salle 114.\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "more bandwidth for online exams",
        "From: sandrine.morel@ac-paris.example\nSubject: Débit internet",
        "Bonjour,\nLe débit actuel (20 Mbit/s) ne suffit plus pour les épreuves en ligne de nos \
         élèves de seconde ; pourriez-vous étudier une montée en débit ?\nSandrine Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "flat screens for old ones",
        "From: marc.petit@ac-lyon.example\nSubject: Salle 3 - écrans",
        "Nous voudrions remplacer les vieux écrans 4/3 de la salle 3 par des écrans larges, plus \
         adaptés aux logiciels de CAO.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "machines dead since a power cut",
        "From: claire.dubois@ac-lyon.example\nSubject: Postes salle 14",
        "Bonjour,\nDepuis la coupure électrique de ce week-end, trois postes de la salle 14 ne \
         démarrent plus.\nUrgence : moyenne\nClaire Dubois",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "a site blocked since this morning",
        "From: j.martin@ac-aix.example\nSubject: Pronote bloqué par le filtrage",
        "Le filtrage bloque depuis ce matin l'accès à Pronote, alors que tout fonctionnait hier. \
         Les professeurs ne peuvent pas faire l'appel.\nNiveau d'urgence : très haut",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a full file server",
        "From: tice@region.example\nSubject: Serveur de fichiers plein - collège 0595012C",
        "Bonjour,\nLe serveur de fichiers du collège est plein : plus personne ne peut enregistrer \
         ses documents.\nL'équipe TICE",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a board deaf to its pen, in HTML",
        "From: paul.henry@ac-lille.example\nSubject: TNI salle 22\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Le tableau numérique de la salle 22 ne réagit plus au \
         stylet.</p><p><b>Urgence :</b> moyenne</p><p>Paul Henry</p></body></html>",
        NewIncident,
        Some(Moyen),
        None,
    ),
];
