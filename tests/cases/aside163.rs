//! The hundred-and-sixty-third aside part: written after the hundred-and-thirty-ninth round,
//! before any change, on reports in shapes not yet written: the subject alone, a form sent as a
//! PDF with no text, no subject, capitals throughout, no accents, a text message's style, a
//! screenshot alone in HTML, English, a level in mixed case.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_163: &[Case] = &[
    case(
        "request",
        "the subject alone",
        "From: claire.dubois@ac-lyon.example\nSubject: Imprimante salle 3 en panne - 0691234S",
        "",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a form as a PDF, no text",
        "From: j.martin@ac-aix.example\nSubject: Fiche de signalement\nContent-Type: multipart/mixed; boundary=\"fs\"",
        "--fs\nContent-Type: application/pdf; name=\"signalement.pdf\"\n\
         Content-Disposition: attachment; filename=\"signalement.pdf\"\n\
         Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--fs--",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "no subject",
        "From: sandrine.morel@ac-paris.example",
        "Bonjour,\nLe vidéoprojecteur de la salle 104 affiche « pas de signal » avec tous les \
         ordinateurs.\n0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "urgency",
        "capitals throughout",
        "From: sandrine.morel@ac-paris.example\nSubject: SERVEUR EN PANNE",
        "LE SERVEUR NE REPOND PLUS DEPUIS CE MATIN. URGENCE TRES HAUTE. 0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "no accents",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Reseau salle 12",
        "Bonjour, le reseau de la salle 12 ne fonctionne plus depuis lundi. Urgence : elevee. \
         UAI 0330789D",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "request",
        "a text message's style",
        "From: paul.henry@ac-lille.example\nSubject: imprimante cdi",
        "slt, imprimante cdi hs depuis ce matin, 0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a screenshot alone in HTML",
        "From: marc.petit@ac-lyon.example\nSubject: Capture écran erreur ENT\nContent-Type: text/html; charset=utf-8",
        "<html><body><p><img src=\"cid:capture01\" alt=\"capture\"></p><p>--<br>Marc Petit<br>\
         Lycée Ampère 0691234S</p></body></html>",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "urgency",
        "English",
        "From: claire.dubois@ac-lyon.example\nSubject: Smartboard room 5",
        "Hi,\nThe smartboard in room 5 is broken: no touch response at all.\nUrgency: high\n\
         School code 0691234S",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "a level in mixed case",
        "From: j.martin@ac-aix.example\nSubject: Casques salle de langues",
        "Bonjour,\nTrois casques de la salle de langues grésillent.\nUrGeNcE : MoYeNnE\n0130456A",
        NewIncident,
        Some(Moyen),
        Some("0130456A"),
    ),
];
