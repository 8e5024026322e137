//! The three-hundred-and-eighty-second aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on outsiders about the desk's tickets: a parent who chases, a
//! contractor's technician writing from his own box, a colleague in another school, a
//! municipality's service.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_382: &[Case] = &[
    case(
        "unauthorised",
        "a parent who chases",
        "From: parent.leblanc@fournisseur-mail.example\nSubject: RE: [CESAME #2026-038201] ENT",
        "Bonjour,\nCela fait trois semaines que je ne peux pas voir les notes de mon fils. Quand \
         est-ce que ce sera réglé ?\nM. Leblanc",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a colleague in another school",
        "From: directeur.ecole-pasteur@ac-lyon.example\nSubject: Tableau numérique",
        "Bonjour,\nLe tableau numérique de notre classe de CM2 ne s'allume plus depuis jeudi.\n\
         École Pasteur\nLe directeur",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a municipality's service",
        "From: services.techniques@mairie-exemple.example\nSubject: Travaux au collège",
        "Bonjour,\nNous interviendrons sur l'alimentation électrique du collège mardi de 8 h à \
         10 h : merci de prévoir l'arrêt des serveurs.\nLes services techniques",
        Unauthorised,
        None,
        None,
    ),
];
