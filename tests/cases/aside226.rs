//! The two-hundred-and-twenty-sixth aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on chases in words not yet written once more: a request gathering
//! dust, a school left on the sidelines, a week gone by, the same question again, an answer
//! owed, a ticket's state asked plainly, the hope of news before the holidays, a desk asked
//! whether it received the mail, a deadline passed, "toujours rien".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_226: &[Case] = &[
    case(
        "intent",
        "a request gathering dust",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-022601] Imprimante vie scolaire",
        "Bonjour,\nJ'ai l'impression que notre demande prend la poussière.\nPaul Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a school left on the sidelines",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-022602] Wifi bâtiment C",
        "Bonjour,\nNous avons le sentiment d'être laissés sur le bord de la route. Où en est-on ?\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a week gone by",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-022603] Poste accueil",
        "Une semaine s'est écoulée depuis mon signalement, sans la moindre nouvelle.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the same question again",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-022604] Tableau numérique salle 12",
        "Bonjour,\nJe me permets de reposer ma question : quand le technicien pourra-t-il passer ?\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an answer owed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-022605] Autocommutateur",
        "Bonjour,\nJ'attends encore votre réponse à mon message du 18 novembre.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a ticket's state asked plainly",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-022606] Serveur pédagogique",
        "Quel est l'état d'avancement de ce ticket ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news before the holidays",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-022607] Classe mobile",
        "Bonjour,\nPourrions-nous espérer un retour avant les vacances de Noël ?\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "was the mail received?",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-022608] Caméras hall",
        "Bonjour,\nAvez-vous bien reçu mon signalement ? Je n'ai eu aucun retour depuis.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a deadline passed",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-022609] Copieur salle des profs",
        "Bonjour,\nLe délai d'intervention annoncé est dépassé depuis trois jours.\nAnne Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "still nothing",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-022610] Vidéoprojecteur salle 4",
        "Toujours rien de votre côté ?",
        Reminder,
        None,
        None,
    ),
];
