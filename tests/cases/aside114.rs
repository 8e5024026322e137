//! The hundred-and-fourteenth aside part: written after the hundred-and-third round, before
//! any change, on words the rules may lack: faults told by their symptom alone (sound "haché",
//! printing "en miroir", a pointer that moves by itself, a keyboard "passé en QWERTY", a webcam
//! upside down, a microphone that saturates, colours that "tirent sur le vert", a clock that
//! drifts) and needs for things not yet asked (a training, a wall mount, one more licence, a
//! video-conference system, two screens per desk, power strips, an automatic start, a
//! subscription through the ENT); with urgency as "5/5" and "la plus basse".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_114: &[Case] = &[
    // --- faults by their symptom ---------------------------------------------------------------
    case("request", "choppy sound", "From: claire.dubois@ac-lyon.example\nSubject: Son salle 11",
        "Bonjour,\nLe son des vidéos est haché dans toute la salle 11.", NewIncident, None, None),
    case("request", "printing mirrored", "From: j.martin@ac-aix.example\nSubject: Imprimante salle 3",
        "Bonjour,\nL'imprimante de la salle 3 imprime tout en miroir.", NewIncident, None, None),
    case("request", "a pointer that moves alone", "From: paul.henry@ac-lille.example\nSubject: Souris poste 7",
        "Bonjour,\nLe pointeur de la souris part tout seul vers la gauche sur le poste 7 de la salle 2.", NewIncident, None, None),
    case("request", "a keyboard in QWERTY", "From: anne.leroux@ac-bordeaux.example\nSubject: Clavier de l'accueil",
        "Bonjour,\nLe clavier du poste de l'accueil est passé en QWERTY et personne n'arrive à le remettre.", NewIncident, None, None),
    case("request", "a webcam upside down", "From: sandrine.morel@ac-paris.example\nSubject: Webcam salle de visio",
        "Bonjour,\nLa webcam de la salle de visioconférence filme à l'envers.", NewIncident, None, None),
    case("request", "a saturating microphone", "From: marc.petit@ac-lyon.example\nSubject: Micro salle du conseil",
        "Bonjour,\nLe micro de la salle du conseil sature dès qu'on parle normalement.", NewIncident, None, None),
    case("request", "colours turning green", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 5",
        "Bonjour,\nLes couleurs du vidéoprojecteur de la salle 5 tirent sur le vert.", NewIncident, None, None),
    case("request", "a drifting clock", "From: paul.henry@ac-lille.example\nSubject: Horloge du serveur",
        "Bonjour,\nL'horloge du serveur dérive : elle prend trois minutes par semaine, et les badgeuses avec.", NewIncident, None, None),
    // --- needs not yet asked -------------------------------------------------------------------
    case("request", "a training", "From: claire.dubois@ac-lyon.example\nSubject: Formation TNI",
        "Bonjour,\nPourriez-vous organiser une formation au tableau numérique pour les nouveaux collègues ?", NewRequest, None, None),
    case("request", "a wall mount", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 3",
        "Bonjour,\nNous aimerions un support mural pour le vidéoprojecteur de la salle 3, aujourd'hui posé sur une table.", NewRequest, None, None),
    case("request", "one more licence", "From: sandrine.morel@ac-paris.example\nSubject: Licence DAO",
        "Bonjour,\nUne licence de plus pour le logiciel de DAO nous permettrait d'ouvrir un troisième groupe.", NewRequest, None, None),
    case("request", "a video-conference system", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle de réunion",
        "Bonjour,\nLa salle de réunion aurait besoin d'un système de visioconférence pour les rencontres avec les familles à distance.", NewRequest, None, None),
    case("request", "two screens per desk", "From: marc.petit@ac-lyon.example\nSubject: Vie scolaire",
        "Bonjour,\nSerait-il possible de doubler les écrans des postes de la vie scolaire ?", NewRequest, None, None),
    case("request", "power strips", "From: paul.henry@ac-lille.example\nSubject: Branchements",
        "Bonjour,\nLes enseignants demandent une multiprise et une rallonge par salle pour brancher leurs portables.", NewRequest, None, None),
    case("request", "an automatic start", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle 6",
        "Bonjour,\nNous voudrions que les postes de la salle 6 s'allument automatiquement à 7 h 45.", NewRequest, None, None),
    case("request", "a subscription through the ENT", "From: j.martin@ac-aix.example\nSubject: Ressource d'anglais",
        "Bonjour,\nLe collège s'abonne à une ressource numérique en anglais : il faudrait que les élèves y accèdent par l'ENT.", NewRequest, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "five out of five", "From: sandrine.morel@ac-paris.example\nSubject: Serveur administratif",
        "Bonjour,\nLe serveur administratif ne démarre plus.\nUrgence : 5/5", NewIncident, Some(TresHaut), None),
    case("urgency", "the lowest priority", "From: claire.dubois@ac-lyon.example\nSubject: Étiquettes des postes",
        "Bonjour,\nLes étiquettes des postes de la salle 2 sont effacées, impossible de savoir lequel est lequel.\nPriorité : la plus basse", NewIncident, Some(Bas), None),
];
