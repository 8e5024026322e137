//! The hundred-and-sixty-ninth aside part: written after the hundred-and-forty-first round,
//! before any change, on the costliest class where "remplacer" cuts both ways: a part burnt or
//! torn out to replace (a repair) beside equipment to renew or to change for another kind (a
//! need), a worn battery beside a fleet to renew, a broken mouse beside mice prescribed.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_169: &[Case] = &[
    case(
        "request",
        "a burnt lamp to replace",
        "From: claire.dubois@ac-lyon.example\nSubject: Lampe vidéoprojecteur salle 4",
        "Bonjour,\nIl faut remplacer la lampe du vidéoprojecteur de la salle 4, elle a grillé ce \
         matin.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "projectors to renew for their age",
        "From: marc.petit@ac-lyon.example\nSubject: Vidéoprojecteurs du deuxième étage",
        "Bonjour,\nIl faudrait remplacer les vidéoprojecteurs du deuxième étage : ils ont dix ans \
         et ne sont plus adaptés aux salles.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a keyboard with dead keys",
        "From: j.martin@ac-aix.example\nSubject: Clavier poste 3",
        "Bonjour,\nPouvez-vous remplacer le clavier du poste 3 ? Plusieurs touches ne répondent \
         plus.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "wireless keyboards wished for",
        "From: j.martin@ac-aix.example\nSubject: Claviers salle 3",
        "Bonjour,\nNous souhaitons remplacer les claviers filaires de la salle 3 par des claviers \
         sans fil, plus pratiques pour les ateliers.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a cable torn out",
        "From: sandrine.morel@ac-paris.example\nSubject: Câble HDMI salle 8",
        "Bonjour,\nLe câble HDMI de la salle 8 a été arraché, il faudrait en mettre un neuf.\n\
         0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a longer cable for a desk moved",
        "From: sandrine.morel@ac-paris.example\nSubject: Câble HDMI plus long",
        "Bonjour,\nLe bureau du professeur de la salle 8 a été déplacé près de la fenêtre : il \
         faudrait un câble HDMI plus long pour le relier au vidéoprojecteur.\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a worn battery",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Batterie portable direction",
        "Bonjour,\nLa batterie du portable de la direction ne tient plus que dix minutes : \
         peut-on la changer ?\n0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a fleet to renew",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Classe mobile",
        "Bonjour,\nLes portables de la classe mobile ont six ans et leurs batteries ne tiennent \
         plus une heure de cours : il faudrait renouveler toute la flotte l'an prochain.\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a broken mouse",
        "From: paul.henry@ac-lille.example\nSubject: Souris poste 2",
        "Bonjour,\nLa souris du poste 2 de la salle 14 est cassée, la molette ne tourne plus.\n\
         0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "mice prescribed",
        "From: paul.henry@ac-lille.example\nSubject: Souris ergonomiques",
        "Bonjour,\nSur avis du médecin du travail, nous aimerions des souris ergonomiques pour deux \
         agents de l'intendance.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
];
