//! The hundred-and-twentieth aside part: written after the hundred-and-ninth round, before any
//! change, on urgency and codes in forms not yet written: "3 sur 5", five stars without a
//! colon, "Niveau d'alerte : rouge", "ça peut attendre la semaine prochaine", "Rien d'urgent.",
//! "urgence relative", "Urgency: none", two bracketed tags, "URGENTISSIME", "P1 - critique",
//! urgency beside impact, a scale spelled out before the answer; codes in groups of three and
//! four, after "n° établissement", in parentheses with a hyphen, with a wrong letter, in a
//! subject after a dash.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_120: &[Case] = &[
    case("urgency", "three out of five", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante salle 7",
        "Bonjour,\nL'imprimante de la salle 7 imprime des pages blanches une fois sur deux.\nUrgence : 3 sur 5", NewIncident, Some(Moyen), None),
    case("urgency", "five stars", "From: j.martin@ac-aix.example\nSubject: Serveur",
        "Bonjour,\nLe serveur pédagogique est arrêté, plus aucune session ne s'ouvre.\nUrgence ★★★★★", NewIncident, Some(TresHaut), None),
    case("urgency", "a red alert level", "From: sandrine.morel@ac-paris.example\nSubject: Réseau administratif",
        "Bonjour,\nPlus de réseau dans toute l'administration.\nNiveau d'alerte : rouge", NewIncident, Some(TresHaut), None),
    case("urgency", "it can wait a week", "From: anne.leroux@ac-bordeaux.example\nSubject: Enceinte du CDI",
        "Bonjour,\nL'enceinte du CDI grésille quand on monte le son. Ça peut attendre la semaine prochaine.", NewIncident, Some(Bas), None),
    case("urgency", "nothing urgent", "From: paul.henry@ac-lille.example\nSubject: Webcam salle 3",
        "Bonjour,\nLa webcam de la salle 3 n'est plus reconnue par le poste. Rien d'urgent.", NewIncident, Some(Bas), None),
    case("urgency", "a relative urgency", "From: marc.petit@ac-lyon.example\nSubject: Poste du CPE",
        "Bonjour,\nLe poste du CPE met dix minutes à démarrer chaque matin. Urgence relative.", NewIncident, Some(Moyen), None),
    case("urgency", "none in English", "From: sandrine.morel@ac-paris.example\nSubject: Keyboard room 8",
        "Hello,\nTwo keys of the teacher's keyboard in room 8 are stuck.\nUrgency: none", NewIncident, Some(Bas), None),
    case("urgency", "two bracketed tags", "From: sandrine.morel@ac-paris.example\nSubject: [URGENT][Lycée Voltaire] Pronote inaccessible",
        "Bonjour,\nPronote est inaccessible pour tous les professeurs depuis 8 h.", NewIncident, Some(TresHaut), None),
    case("urgency", "urgentissime", "From: j.martin@ac-aix.example\nSubject: URGENTISSIME - alarme incendie",
        "Bonjour,\nLe tableau de l'alarme incendie affiche un défaut de communication avec le poste de supervision.", NewIncident, Some(TresHaut), None),
    case("urgency", "P1 critical", "From: claire.dubois@ac-lyon.example\nSubject: Coupure internet",
        "Bonjour,\nPlus d'accès à internet dans tout le lycée.\nPriorité : P1 - critique", NewIncident, Some(TresHaut), None),
    case("urgency", "urgency beside impact", "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteurs",
        "Bonjour,\nTrois vidéoprojecteurs du bâtiment B s'éteignent au bout de vingt minutes.\nUrgence : moyenne / Impact : élevé", NewIncident, Some(Moyen), None),
    case("urgency", "a scale spelled out first", "From: paul.henry@ac-lille.example\nSubject: Licences supplémentaires",
        "Bonjour,\nNous aurions besoin de cinq licences supplémentaires du logiciel de montage pour l'option audiovisuel.\nDegré d'urgence (1 faible, 2 moyen, 3 élevé) : 2", NewRequest, Some(Moyen), None),
    // --- codes ----------------------------------------------------------------------------------
    case("uai", "groups of three and four", "From: sandrine.morel@ac-paris.example\nSubject: Tableau salle 12",
        "Bonjour,\nLe tableau interactif de la salle 12 ne s'allume plus.\nUAI 075 1043 B", NewIncident, None, Some("0751043B")),
    case("uai", "after n° établissement", "From: paul.henry@ac-lille.example\nSubject: Bornes wifi internat",
        "Bonjour,\nNous souhaiterions deux bornes wifi supplémentaires à l'internat.\nN° établissement : 0595012C", NewRequest, None, Some("0595012C")),
    case("uai", "in parentheses with a hyphen", "From: paul.henry@ac-lille.example\nSubject: Copieur",
        "Bonjour,\nLe copieur du lycée Faidherbe (0595012-C) affiche « four en surchauffe ».", NewIncident, None, Some("0595012C")),
    case("uai", "a wrong letter", "From: j.martin@ac-aix.example\nSubject: Écran accueil",
        "Bonjour,\nL'écran de l'accueil clignote.\nUAI : 0130456B", NewIncident, None, None),
    case("uai", "in a subject after a dash", "From: anne.leroux@ac-bordeaux.example\nSubject: Panne réseau – RNE 0330789 D",
        "Bonjour,\nPlus de réseau au CDI depuis ce matin.", NewIncident, None, Some("0330789D")),
];
