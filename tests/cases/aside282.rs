//! The two-hundred-and-eighty-second aside part: written after the hundred-and-sixty-sixth
//! round, before any change, on clients' forms and English: an Outlook HTML fault, a teacher's
//! need forwarded under "à traiter svp", "des nouvelles ?" in HTML above a blockquote, our open
//! tickets asked in English, a need in English.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_282: &[Case] = &[
    case(
        "request",
        "an Outlook HTML fault",
        "From: sandrine.morel@ac-paris.example\nSubject: Imprimante salle des professeurs\nContent-Type: text/html; charset=utf-8",
        "<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1><p \
         class=MsoNormal>Bonjour,</p><p class=MsoNormal>&nbsp;</p><p class=MsoNormal>L&#8217;imprimante \
         de la salle des professeurs affiche &laquo;&nbsp;Erreur 49.4C02&nbsp;&raquo; et \
         n&#8217;imprime plus rien.</p><p class=MsoNormal>&nbsp;</p><p \
         class=MsoNormal>Sandrine Morel</p></div></body></html>",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a teacher's need forwarded under 'à traiter svp'",
        "From: j.martin@ac-aix.example\nSubject: Fwd: Logiciel de montage vidéo",
        "À traiter svp.\n\n---------- Forwarded message ---------\nDe : Léa Fabre \
         <lea.fabre@ac-aix.example>\nDate : lun. 7 déc. 2026 à 08:14\nObjet : Logiciel de montage \
         vidéo\nÀ : j.martin@ac-aix.example\n\nBonjour Jérôme,\nPour l'option cinéma, il nous \
         faudrait un logiciel de montage vidéo sur les six postes de la salle 21.\nMerci !\nLéa",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "'des nouvelles ?' in HTML above a blockquote",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-028203] Vidéoprojecteur salle 4\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour, des nouvelles ?</p><p>P. Henry</p><blockquote type=\"cite\"><p>Votre \
         signalement a bien été enregistré sous le numéro 2026-028203.</p></blockquote></body>\
         </html>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "our open tickets asked in English",
        "From: marc.petit@ac-lyon.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of the tickets we still have open with you?\nThanks,\n\
         Marc",
        ListRequest,
        None,
        None,
    ),
    case(
        "request",
        "a need in English",
        "From: claire.dubois@ac-lyon.example\nSubject: Second projector for the gym",
        "Hello,\nWe would like a second projector in the gym so both halves can be used for \
         presentations at the same time.\nClaire Dubois, Lycée Ampère",
        NewRequest,
        None,
        None,
    ),
];
