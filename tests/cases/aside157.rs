//! The hundred-and-fifty-seventh aside part: written after the hundred-and-thirty-fifth round,
//! before any change, on urgency and codes in forms not yet written: impact and urgency side by
//! side, "P1", a red disc, "normale", a gravity level, "3/3", an English label, "modéré"; a code
//! with a space before its letter, glued to its label, in lower case, in groups of three.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_157: &[Case] = &[
    case(
        "urgency",
        "impact high, urgency low",
        "From: claire.dubois@ac-lyon.example\nSubject: Écrans salle des professeurs",
        "Bonjour,\nDeux écrans de la salle des professeurs clignotent.\nImpact : fort\n\
         Urgence : faible\n0691234S",
        NewIncident,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "P1 in the subject",
        "From: j.martin@ac-aix.example\nSubject: [P1] Serveur de fichiers inaccessible",
        "Bonjour,\nLe serveur de fichiers est inaccessible depuis 7 h, plus aucun professeur n'a \
         accès à ses documents.\n0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "a red disc and urgent",
        "From: sandrine.morel@ac-paris.example\nSubject: 🔴 URGENT 🔴 Plus de téléphone au standard",
        "Bonjour,\nLe standard ne reçoit plus aucun appel depuis ce matin.\n0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "normal",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris salle 4",
        "Bonjour,\nPlusieurs souris de la salle 4 ne répondent plus.\nUrgence : normale\n\
         0330789D",
        NewIncident,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "a gravity level",
        "From: paul.henry@ac-lille.example\nSubject: Onduleur salle serveur",
        "Bonjour,\nL'onduleur de la salle serveur sonne en continu et affiche « batterie \
         défaillante ».\nNiveau de gravité : élevé\n0595012C",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
    case(
        "urgency",
        "three out of three",
        "From: marc.petit@ac-lyon.example\nSubject: Vidéosurveillance",
        "Bonjour,\nPlus aucune caméra n'enregistre depuis la coupure de cette nuit.\nUrgence : 3/3\n\
         0691234S",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "an English label",
        "From: j.martin@ac-aix.example\nSubject: Keyboard room 12",
        "Hello,\nThe keyboard of the teacher's computer in room 12 has three dead keys.\n\
         Urgency: low\nSchool code: 0130456A",
        NewIncident,
        Some(Bas),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "moderate",
        "From: sandrine.morel@ac-paris.example\nSubject: Scanner intendance",
        "Bonjour,\nLe scanner de l'intendance crée des fichiers vides une fois sur deux.\n\
         Degré d'urgence : modéré\n0751043B",
        NewIncident,
        Some(Moyen),
        Some("0751043B"),
    ),
    case(
        "uai",
        "a space before the check letter",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante CDI",
        "Bonjour,\nL'imprimante du CDI n'imprime plus que des pages blanches.\nRNE : 0330789 D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "uai",
        "the code glued to its label",
        "From: sandrine.morel@ac-paris.example\nSubject: Poste accueil",
        "Bonjour,\nLe poste de l'accueil ne démarre plus.\nUAI0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "the letter in lower case",
        "From: paul.henry@ac-lille.example\nSubject: Casques salle de langues",
        "Bonjour,\nLes casques de la salle de langues ne transmettent plus le son.\nn° UAI : \
         0595012c",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "uai",
        "groups of three",
        "From: claire.dubois@ac-lyon.example\nSubject: Tablette direction",
        "Bonjour,\nLa tablette de la direction ne charge plus.\nCode établissement : 069 1234 S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
