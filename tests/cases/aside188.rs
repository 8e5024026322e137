//! The hundred-and-eighty-eighth aside part: written after the hundred-and-forty-eighth round,
//! before any change, on chases by other voices: a head's formal letter, a short relaunch in
//! Outlook's HTML, an "Up !", nothing received of an ordered screen, teachers growing impatient,
//! a month of it, the file's stage asked; beside a visit that lacked a part and a delivery
//! awaited on a known day, which are news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_188: &[Case] = &[
    case(
        "intent",
        "a head's formal letter",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018801] Standard téléphonique",
        "Madame, Monsieur,\nPar courriel du 12 novembre, je vous signalais la panne du standard \
         téléphonique. À ce jour, aucune intervention n'a eu lieu. Je vous remercie de bien vouloir \
         faire le nécessaire dans les meilleurs délais.\nLe Principal",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a short relaunch in Outlook's HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-018802] Écran interactif salle 7\nContent-Type: text/html; charset=utf-8",
        "<html><body><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour,</p><p \
         class=\"MsoNormal\">Une petite relance concernant ce ticket.</p><p class=\"MsoNormal\">Bien \
         à vous,<br>S. Morel</p></div></body></html>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Up !",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-018803] Borne wifi gymnase",
        "Up !",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "nothing received of an ordered screen",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-018804] Écran accueil",
        "Bonjour,\nJe n'ai toujours rien reçu concernant l'écran commandé.\nClaire",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "teachers growing impatient",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-018805] Salle informatique",
        "Les professeurs commencent à s'impatienter.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a month of it",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-018806] Lecteur de badges",
        "Le problème dure depuis maintenant un mois !",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the file's stage asked",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-018807] Autocommutateur",
        "Bonjour,\nPourriez-vous m'indiquer à quelle étape en est le dossier ?\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit that lacked a part, news",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018808] Intervention prévue : Traceur",
        "Le technicien est venu ce matin mais il lui manquait une pièce ; il repasse vendredi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a delivery awaited on a known day, news",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-018809] Onduleur",
        "Merci. Nous attendons donc la livraison de l'onduleur prévue mardi.",
        FollowUp,
        None,
        None,
    ),
];
