//! The two-hundred-and-fourteenth aside part: written after the hundred-and-fifty-third round,
//! before any change, on new mail in Outlook's and Gmail's HTML with lists and tables: needs
//! listed as bullets, a fault told in a table, a need in a numbered list with a level, several
//! faults as bullets, a need written in bold, a fault whose HTML only carries a link to a photo.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_214: &[Case] = &[
    case(
        "request",
        "needs listed as bullets",
        "From: claire.dubois@ac-lyon.example\nSubject: Équipement nouvelle salle de langues\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Pour la nouvelle salle de langues (salle 30), il nous \
         faudrait :</p><ul><li>un vidéoprojecteur au plafond ;</li><li>des enceintes murales ;</li>\
         <li>deux prises réseau au bureau du professeur.</li></ul><p>Claire Dubois</p></body></html>",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told in a table",
        "From: j.martin@ac-aix.example\nSubject: Panne poste\nContent-Type: text/html; charset=utf-8",
        "<html><body><table border=\"1\"><tr><td>Salle</td><td>12</td></tr><tr><td>Poste</td>\
         <td>PC-12-07</td></tr><tr><td>Symptôme</td><td>Écran bleu au démarrage</td></tr><tr>\
         <td>Depuis</td><td>lundi</td></tr></table><p>J. Martin</p></body></html>",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need in a numbered list with a level",
        "From: sandrine.morel@ac-paris.example\nSubject: Demande pour la vie scolaire\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><ol><li>Objet : un second poste pour la vie scolaire</li>\
         <li>Motif : deux assistants d'éducation de plus depuis novembre</li><li>Urgence : \
         moyenne</li></ol><p>Sandrine Morel</p></body></html>",
        NewRequest,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "several faults as bullets",
        "From: paul.henry@ac-lille.example\nSubject: Salle 114\nContent-Type: text/html; charset=utf-8",
        "<div dir=\"ltr\">Bonjour,<ul><li>le poste 3 ne démarre plus</li><li>l'écran du poste 7 \
         clignote</li><li>la souris du poste 9 ne répond pas</li></ul>Paul</div>",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need written in bold",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Casques\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p><b>Nous aurions besoin de 15 casques avec micro</b> pour \
         les oraux de langues de la classe de 3e.</p><p>Anne</p></body></html>",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault whose HTML carries a photo's link",
        "From: marc.petit@ac-lyon.example\nSubject: Écran salle 4\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>L'écran de la salle 4 est fissuré, voir la photo : <a \
         href=\"https://nuage.ac-lyon.example/s/photo-ecran\">photo</a></p><p>M. Petit</p></body></html>",
        NewIncident,
        None,
        None,
    ),
];
