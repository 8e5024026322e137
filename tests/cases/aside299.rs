//! The two-hundred-and-ninety-ninth aside part: written after the hundred-and-sixty-ninth round,
//! before any change, on urgency and codes inside HTML: a form table with the level in a cell,
//! a code in bold inside a sentence, a level in a coloured span, a code split by a line break in
//! a cell, a need whose table says "Type : évolution".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_299: &[Case] = &[
    case(
        "urgency",
        "a form table with the level in a cell",
        "From: paul.henry@ac-lille.example\nSubject: Signalement - autocommutateur\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><td>Établissement</td><td>Collège Jean Bart</td></tr><tr>\
         <td>UAI</td><td>0595012C</td></tr><tr><td>Description</td><td>Le standard ne sonne plus \
         sur les postes de la vie scolaire.</td></tr><tr><td>Urgence</td><td>Moyenne</td></tr>\
         </table></body></html>",
        NewIncident,
        Some(Moyen),
        Some("0595012C"),
    ),
    case(
        "uai",
        "a code in bold inside a sentence",
        "From: sandrine.morel@ac-paris.example\nSubject: Borne wifi hall\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>La borne wifi du hall du lycée <b>0751043B</b> clignote en \
         orange et ne diffuse plus de réseau.</p><p>S. Morel</p></body></html>",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "urgency",
        "a level in a coloured span",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur ENT\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Le serveur ENT ne répond plus depuis 7 h.</p><p>Urgence : \
         <span style=\"color:red;font-weight:bold\">TRÈS HAUTE</span></p><p>Claire Dubois</p>\
         </body></html>",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "uai",
        "a code split by a line break in a cell",
        "From: j.martin@ac-aix.example\nSubject: Fiche incident\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><td>UAI :</td><td>0130456<br>A</td></tr><tr><td>Matériel \
         :</td><td>Vidéoprojecteur salle 5</td></tr><tr><td>Panne :</td><td>lampe grillée</td></tr>\
         </table></body></html>",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a table saying Type évolution",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Fiche de demande\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><td>Type</td><td>Évolution</td></tr><tr><td>Objet</td><td>Ajout \
         d'un vidéoprojecteur en classe de CP</td></tr><tr><td>Urgence</td><td>Basse</td></tr>\
         </table></body></html>",
        NewRequest,
        Some(Bas),
        None,
    ),
];
