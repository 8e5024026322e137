//! The two-hundred-and-seventy-third aside part: written after the hundred-and-sixty-fourth
//! round, before any change, on urgency in forms not yet met: a scale "3/3 (maximale)", "[P1]"
//! opening a subject, "pas pressé", an English "Priority: medium", "urgence relative", a level
//! given by a ticked box in a pasted form, an emergency denied in the subject.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_273: &[Case] = &[
    case(
        "urgency",
        "a scale three of three",
        "From: sandrine.morel@ac-paris.example\nSubject: Serveur de fichiers inaccessible",
        "Bonjour,\nPlus personne n'accède au serveur de fichiers depuis 8 h.\nUrgence : 3/3 \
         (maximale)\nS. Morel, 0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "P1 opening a subject",
        "From: paul.henry@ac-lille.example\nSubject: [P1] Standard téléphonique muet",
        "Bonjour,\nLe standard ne reçoit plus aucun appel depuis ce matin.\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "pas pressé",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris salle informatique",
        "Bonjour,\nDeux souris de la salle informatique ont une molette qui accroche. Rien de \
         pressé, à voir lors d'un prochain passage.\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "an English priority medium",
        "From: marc.petit@ac-lyon.example\nSubject: Laptop trolley not charging",
        "Hello,\nThe laptop trolley in room B12 no longer charges the laptops on its upper shelf.\n\
         Priority: medium\nMarc Petit, Lycée Ampère",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "urgence relative",
        "From: j.martin@ac-aix.example\nSubject: Haut-parleurs salle de musique",
        "Bonjour,\nUn des haut-parleurs de la salle de musique grésille. Urgence relative, le \
         second fonctionne.\nJ. Martin",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a ticked box in a pasted form",
        "From: claire.dubois@ac-lyon.example\nSubject: Fiche de signalement - imprimante CDI",
        "Bonjour,\nVoici la fiche remplie.\n\nMatériel : imprimante du CDI\nSymptôme : bourrage \
         papier permanent\nUrgence : ( ) basse   (X) moyenne   ( ) très haute\nUAI : 0691234S\n\n\
         Claire Dubois",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "an emergency denied in the subject",
        "From: paul.henry@ac-lille.example\nSubject: Non urgent - clavier salle 3",
        "Bonjour,\nLa touche Entrée du clavier du poste 4 de la salle 3 est cassée.\nP. Henry",
        NewIncident,
        Some(Bas),
        None,
    ),
];
