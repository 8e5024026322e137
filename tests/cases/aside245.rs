//! The two-hundred-and-forty-fifth aside part: written after the hundred-and-fifty-eighth
//! round, before any change, on new mail in form layouts: a web form's export with "Nature :
//! Panne", a form asking an evolution under "Objet de la demande", a form whose category is
//! "Matériel" and whose text tells a need, a form with empty fields and a fault in the comment,
//! a two-column layout in HTML.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_245: &[Case] = &[
    case(
        "request",
        "a web form's export with 'Nature : Panne'",
        "From: claire.dubois@ac-lyon.example\nSubject: [Formulaire] Signalement 0691234S",
        "Établissement : Lycée Ampère (0691234S)\nDemandeur : Claire Dubois\nNature : Panne\n\
         Équipement : poste enseignant salle 14\nDescription : écran noir au démarrage, le \
         voyant d'alimentation clignote orange\nNiveau d'urgence : Moyen",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "request",
        "a form asking an evolution",
        "From: j.martin@ac-aix.example\nSubject: [Formulaire] Demande 0130456A",
        "Établissement : Collège Mistral (0130456A)\nObjet de la demande : équipement de la \
         nouvelle salle de sciences\nDétail : six postes élèves et un poste enseignant avec \
         vidéoprojecteur\nÉchéance souhaitée : rentrée de janvier\nNiveau d'urgence : Bas",
        NewRequest,
        Some(Bas),
        Some("0130456A"),
    ),
    case(
        "request",
        "a 'Matériel' category telling a need",
        "From: sandrine.morel@ac-paris.example\nSubject: Demande - Matériel",
        "Catégorie : Matériel\nLieu : salle des professeurs\nMessage : les collègues voudraient un \
         second copieur, celui en place ne suffit plus aux périodes de conseils de classe.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "empty fields and a fault in the comment",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Fiche incident",
        "Matériel concerné :\nNuméro d'inventaire :\nSalle :\nCommentaire : le serveur de la salle \
         informatique s'éteint tout seul au bout d'une heure, depuis lundi.\nUrgence : haute",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a two-column layout in HTML",
        "From: paul.henry@ac-lille.example\nSubject: Signalement incident\nContent-Type: text/html; charset=utf-8",
        "<html><body><table border=\"1\"><tr><td><b>UAI</b></td><td>0595012C</td><td><b>Urgence</b>\
         </td><td>Très haute</td></tr><tr><td><b>Équipement</b></td><td colspan=\"3\">Commutateur \
         principal</td></tr><tr><td><b>Constat</b></td><td colspan=\"3\">Tous les voyants sont \
         éteints, plus aucun réseau dans l'établissement.</td></tr></table></body></html>",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
];
