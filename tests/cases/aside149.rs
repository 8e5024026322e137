//! The hundred-and-forty-ninth aside part: written after the hundred-and-thirtieth round,
//! before any change, on the costliest class in the rooms of teaching that earlier parts did
//! not visit: the science lab's sensors, the 3D printer, the robotics kits, the music room's
//! computer, the library's software, the auditorium's sound; each need beside a fault in the
//! same words.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_149: &[Case] = &[
    case(
        "request",
        "sensors for the new lab",
        "From: claire.dubois@ac-lyon.example\nSubject: Laboratoire de physique",
        "Bonjour,\nLe nouveau laboratoire de physique ouvrira en février. Il faudrait y installer \
         le logiciel d'acquisition et raccorder les douze interfaces de mesure aux postes \
         élèves.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "sensors no longer seen",
        "From: marc.petit@ac-lyon.example\nSubject: Interfaces de mesure",
        "Bonjour,\nDepuis la mise à jour de vendredi, le logiciel d'acquisition ne reconnaît plus \
         aucune interface de mesure du laboratoire.\nUrgence : moyenne\n0691234S",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "request",
        "the 3D printer on the network",
        "From: j.martin@ac-aix.example\nSubject: Imprimante 3D",
        "Bonjour,\nLe professeur de technologie aimerait lancer les impressions de l'imprimante \
         3D depuis les postes de la salle, et non plus par carte SD. Est-ce faisable ?\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the 3D printer jams",
        "From: j.martin@ac-aix.example\nSubject: Imprimante 3D bloquée",
        "Bonjour,\nL'imprimante 3D s'arrête au bout de quelques couches avec le message « buse \
         obstruée », même après nettoyage.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "software for the robotics kits",
        "From: sandrine.morel@ac-paris.example\nSubject: Robots pédagogiques",
        "Bonjour,\nLe lycée a reçu quinze robots pédagogiques. Pourriez-vous déployer leur \
         logiciel de programmation sur les postes de la salle 305 ?\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "the robots no longer pair",
        "From: sandrine.morel@ac-paris.example\nSubject: Robots salle 305",
        "Bonjour,\nLes robots ne s'appairent plus avec les postes de la salle 305 : le logiciel \
         indique « aucun appareil trouvé ».\nTrès urgent, évaluation vendredi.\n0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "request",
        "a music computer with its keyboard",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Salle de musique",
        "Bonjour,\nLa professeure d'éducation musicale souhaiterait disposer d'un poste avec un \
         logiciel d'édition de partitions et un clavier MIDI pour ses cours.\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the music computer is silent",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Poste salle de musique",
        "Bonjour,\nLe poste de la salle de musique ne sort plus aucun son, ni sur les enceintes \
         ni au casque.\n0330789D - urgence basse",
        NewIncident,
        Some(Bas),
        Some("0330789D"),
    ),
    case(
        "request",
        "the library's catalogue for the pupils",
        "From: paul.henry@ac-lille.example\nSubject: Logiciel documentaire",
        "Bonjour,\nLa professeure documentaliste voudrait que les élèves puissent consulter le \
         catalogue du CDI depuis l'ENT, de chez eux.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the library's loans fail",
        "From: paul.henry@ac-lille.example\nSubject: Prêts CDI impossibles",
        "Bonjour,\nLe logiciel du CDI refuse d'enregistrer les prêts depuis ce matin : « base \
         verrouillée ».\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "sound for the auditorium's conferences",
        "From: marc.petit@ac-lyon.example\nSubject: Sonorisation amphithéâtre",
        "Bonjour,\nPour les conférences du trimestre prochain, il nous manque deux micros sans fil \
         et une table de mixage dans l'amphithéâtre.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the auditorium's microphones crackle",
        "From: claire.dubois@ac-lyon.example\nSubject: Micros amphithéâtre",
        "Bonjour,\nLes micros de l'amphithéâtre grésillent et coupent toutes les deux minutes \
         depuis lundi.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
