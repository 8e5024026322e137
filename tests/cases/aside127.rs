//! The hundred-and-twenty-seventh aside part: written after the hundred-and-fifteenth round,
//! before any change, on urgency and school codes in forms not yet written: a level in the
//! subject's brackets, warning signs, an estimate "par l'établissement", a scale given after
//! the value, "normale", "modérée", "absolue", "sans caractère d'urgence", "non urgente",
//! "bloquant" without a label, English; codes in lower case, after "n° UAI", "UAI/RNE", split
//! before the letter, in brackets.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_127: &[Case] = &[
    case(
        "urgency",
        "a level in the subject's brackets",
        "From: claire.dubois@ac-lyon.example\nSubject: [Urgence moyenne] Imprimante salle 4",
        "Bonjour,\nL'imprimante de la salle 4 affiche « erreur tambour ».\nUAI 0691234S",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "warning signs around URGENT",
        "From: j.martin@ac-aix.example\nSubject: ⚠️ URGENT ⚠️ plus d'internet au collège",
        "Plus aucune connexion internet dans tout le collège depuis 8 h.\n0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "an estimate by the school",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran salle 21",
        "Bonjour,\nUn écran de la salle 21 clignote par intermittence.\nNiveau d'urgence estimé \
         par l'établissement : faible\nRNE 0751043B",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "a scale after the value",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes",
        "Bonjour,\nDeux tablettes de la classe mobile ne chargent plus.\nUrgence : 2 (sur une \
         échelle de 1 à 3)\nUAI 0330789D",
        NewIncident,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "not urgent, when you can",
        "From: paul.henry@ac-lille.example\nSubject: Souris salle 3",
        "Bonjour,\nTrois souris de la salle 3 ne fonctionnent plus. Ce n'est pas urgent, à \
         traiter quand vous pourrez.\n0595012C",
        NewIncident,
        Some(Bas),
        Some("0595012C"),
    ),
    case(
        "urgency",
        "blocking, no label",
        "From: marc.petit@ac-lyon.example\nSubject: Logiciel de vie scolaire",
        "Bonjour,\nLe logiciel de vie scolaire refuse toute connexion depuis ce matin. C'est \
         bloquant pour tout le service des absences.\nUAI 0691234S",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "normal urgency",
        "From: j.martin@ac-aix.example\nSubject: Haut-parleurs",
        "Bonjour,\nLes haut-parleurs de la salle de musique grésillent.\nUrgence : normale\n\
         Collège Mistral 0130456A",
        NewIncident,
        Some(Moyen),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "low in English",
        "From: sandrine.morel@ac-paris.example\nSubject: Keyboard",
        "Hello,\nA keyboard in room 14 has a missing key.\nUrgency: low\nUAI 0751043B",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "high for the exams",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Salle d'examen",
        "Bonjour,\nLes postes de la salle B12 ne démarrent plus ; l'épreuve de NSI y a lieu \
         mardi.\nPriorité : Haute (examens)\n0330789D",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "no urgency in a request",
        "From: paul.henry@ac-lille.example\nSubject: Écran pour l'accueil",
        "Bonjour,\nNous souhaiterions un second écran pour le poste de l'accueil.\nSans caractère \
         d'urgence.\nUAI 0595012C",
        NewRequest,
        Some(Bas),
        Some("0595012C"),
    ),
    case(
        "urgency",
        "moderate",
        "From: claire.dubois@ac-lyon.example\nSubject: Wifi salle 7",
        "Bonjour,\nLe wifi décroche régulièrement en salle 7.\nUrgence modérée.\n0691234S",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "absolute urgency",
        "From: j.martin@ac-aix.example\nSubject: Serveur administratif",
        "URGENCE ABSOLUE : le serveur administratif est éteint et ne redémarre pas, les bulletins \
         doivent partir ce soir.\nUAI 0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "a request said not urgent",
        "From: sandrine.morel@ac-paris.example\nSubject: Demande non urgente : câble HDMI",
        "Bonjour,\nPourriez-vous nous fournir un câble HDMI de 10 mètres pour l'amphithéâtre ?\n\
         0751043B",
        NewRequest,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code in lower case",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Copieur",
        "Bonjour,\nLe copieur de la salle des professeurs ne trie plus les copies.\nuai:0330789d",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "uai",
        "after n° UAI, in groups",
        "From: paul.henry@ac-lille.example\nSubject: Borne wifi",
        "Bonjour,\nLa borne wifi du CDI ne diffuse plus de réseau.\nN° UAI : 059 5012 C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "uai",
        "after UAI/RNE",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur de la salle 9 s'éteint au bout de cinq minutes.\n\
         UAI/RNE 0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "the letter apart, in brackets",
        "From: sandrine.morel@ac-paris.example\nSubject: Poste de la loge",
        "Bonjour,\nLe poste de la loge ne démarre plus.\nLycée Voltaire (0751043 B)",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code and a dash before the letter",
        "From: claire.dubois@ac-lyon.example\nSubject: Badgeuse",
        "Bonjour,\nLa badgeuse de la demi-pension ne lit plus les cartes.\nÉtablissement \
         0691234 - S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
