//! The four-hundred-and-eighteenth aside part: written after the hundred-and-ninetieth round,
//! before any change, on reports in HTML only: a level in a table's cells, a code in bold, a
//! need written as a bulleted list, a chase in a styled paragraph.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_418: &[Case] = &[
    case(
        "urgency",
        "a level in a table's cells",
        "From: claire.dubois@ac-lyon.example\nSubject: Panne autocommutateur\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Plus aucun appel entrant n'arrive au standard depuis ce \
         matin.</p><table><tr><td>Établissement</td><td>Lycée Ampère</td></tr><tr><td>Urgence</td>\
         <td>Très haute</td></tr></table><p>Claire Dubois</p></body></html>",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "uai",
        "a code in bold",
        "From: paul.henry@ac-lille.example\nSubject: Borne wifi salle 12\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>La borne wifi de la salle 12 clignote en rouge et aucun appareil \
         ne s'y connecte.</div><div>UAI : <b>0595012C</b></div><div>Paul Henry</div>",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a need as a bulleted list",
        "From: j.martin@ac-aix.example\nSubject: Équipement de la nouvelle salle de sciences\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Pour la salle de sciences qui ouvre en janvier, nous aurions besoin \
         de :</p><ul><li>un vidéoprojecteur interactif</li><li>quatre prises réseau \
         supplémentaires</li><li>un poste enseignant</li></ul><p>J. Martin</p>",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in a styled paragraph",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-041801] Caméras du hall\nContent-Type: text/html; charset=utf-8",
        "<p style=\"font-family:Calibri\">Bonjour,</p><p style=\"font-family:Calibri\">Je me \
         permets de revenir vers vous : les caméras du hall sont toujours éteintes et nous \
         n'avons reçu aucune date d'intervention.</p><p>S. Morel</p>",
        Reminder,
        None,
        None,
    ),
];
