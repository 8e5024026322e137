//! The hundred-and-twenty-sixth aside part: written after the hundred-and-fourteenth round,
//! before any change, on a reply's intent as HTML clients write it: Outlook's HTML reply with
//! its `divRplyFwdMsg` block, Gmail's `gmail_quote` blockquote, a base64 body, Thunderbird's
//! `moz-cite-prefix`, a phone's reply; lists, chases, news, closures and partial fixes in
//! them, and one in English.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_126: &[Case] = &[
    case(
        "intent",
        "a chase in Outlook's HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012601] Tableau numérique salle 3\nContent-Type: text/html; charset=utf-8",
        "<html><body><div>Bonjour,</div><div>Nous attendons toujours le passage du technicien \
         annoncé pour la semaine dernière.</div><div>Cordialement</div>\
         <div id=\"divRplyFwdMsg\"><b>De :</b> CESAME &lt;cesame@region.example&gt;<br>\
         <b>Envoyé :</b> lundi 23 novembre 2026 10:00<br><b>Objet :</b> [CESAME #2026-012601] \
         Tableau numérique salle 3</div><div>Une intervention est prévue sous cinq jours \
         ouvrés.</div></body></html>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure above Gmail's blockquote",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-012602] Imprimante vie scolaire\nContent-Type: text/html; charset=utf-8",
        "<div dir=\"ltr\">L'imprimante de la vie scolaire fonctionne parfaitement depuis le \
         passage du technicien. Merci !</div><br><div class=\"gmail_quote\"><div \
         class=\"gmail_attr\">Le ven. 27 nov. 2026 à 11:20, CESAME a écrit :<br></div>\
         <blockquote class=\"gmail_quote\">Le prestataire indique avoir remplacé l'unité de \
         fusion.</blockquote></div>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "news in base64",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012603] Baie de brassage\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "TGEgYmFpZSBzZSB0cm91dmUgZGFucyBsZSBsb2NhbCBkdSBzb3VzLXNvbCwgbGEgY2zDqSBlc3Qg\n\
         w6AgbCdpbnRlbmRhbmNlLgo=",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix in Thunderbird's HTML",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-012604] Salle informatique 2\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Les postes redémarrent bien, par contre les sessions restent \
         bloquées sur l'écran d'accueil.</p><div class=\"moz-cite-prefix\">Le 30/11/2026 à \
         14:10, CESAME a écrit&nbsp;:<br></div><blockquote type=\"cite\">Intervention \
         terminée.</blockquote>",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the list in HTML",
        "From: claire.dubois@ac-lyon.example\nSubject: Tickets du lycée\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Pourriez-vous m'indiquer l'ensemble des tickets encore ouverts pour \
         le lycée Ampère ?</p><p>Merci,<br>Claire Dubois</p>",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a phone's chase",
        "From: marc.petit@ac-lyon.example\nSubject: Re: [CESAME #2026-012605] Alarme salle serveur",
        "Toujours rien de votre côté ? L'alarme sonne encore ce matin.\n\nEnvoyé depuis mon \
         mobile Orange",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "an English partial fix",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012606] Language lab",
        "Hello,\nThe headsets work again in the language lab, however the teacher's console \
         still shows no signal.\nBest regards",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in a table-laid signature",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012607] Borne wifi\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>La borne du foyer émet de nouveau, vous pouvez clore la demande.</p>\
         <table><tr><td><b>Sandrine Morel</b></td></tr><tr><td>Lycée Voltaire</td></tr></table>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a question about the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012608] Câblage CDI",
        "Bonjour,\nLe technicien aura-t-il besoin d'accéder aux combles ? Dans ce cas, il faut \
         prévenir l'agent d'entretien.\n\n-----Message d'origine-----\nDe : CESAME\nObjet : \
         [CESAME #2026-012608] Câblage CDI\n\nIntervention prévue jeudi 10 décembre.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "still down in HTML",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012609] Serveur de fichiers\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div><br></div><div>Le serveur de fichiers n'est toujours pas \
         accessible depuis votre message de vendredi. Pouvez-vous relancer le prestataire ?</div>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the list by a deputy",
        "From: marc.petit@ac-lyon.example\nSubject: Point sur les demandes",
        "Bonjour,\nEn l'absence de Mme Dubois, pourriez-vous me transmettre la liste des \
         demandes en cours du lycée ?\nMarc Petit, suppléant",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with a smiley",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-012610] Visualiseur",
        "Réparé et testé en classe ce matin :) Merci beaucoup !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a detail in HTML bullets",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012611] Postes salle 12\nContent-Type: text/html; charset=utf-8",
        "<p>Comme demandé, les postes concernés :</p><ul><li>P12-03</li><li>P12-07</li>\
         <li>P12-11</li></ul>",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a visit missed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012612] Onduleur",
        "Bonjour,\nLe rendez-vous de ce matin n'a pas été honoré : personne ne s'est présenté. \
         Merci de nous proposer une nouvelle date rapidement.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the contractor's report questioned",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012613] Intervention terminée : Vidéoprojecteur salle 5",
        "Bonjour,\nVotre message indique une intervention terminée, mais le vidéoprojecteur de \
         la salle 5 ne s'allume toujours pas.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in English",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012614] Printer",
        "All sorted now, thank you. The ticket can be closed.",
        ClosureConfirmation,
        None,
        None,
    ),
];
