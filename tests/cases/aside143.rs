//! The hundred-and-forty-third aside part: written after the hundred-and-twenty-seventh round,
//! before any change, on the costliest class in the building's systems: badges and doors, the
//! cameras, the screens in the hall, the bells, the canteen's terminals, the new building's
//! network; needs (to extend, to move, to add, to set up for a new use) beside faults in the
//! same words, each with its school code and some with an urgency.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_143: &[Case] = &[
    case(
        "request",
        "badges for the new staff",
        "From: claire.dubois@ac-lyon.example\nSubject: Badges d'accès",
        "Bonjour,\nLes six agents recrutés en janvier devront pouvoir entrer par le portail du \
         parking. Merci de prévoir leurs droits sur le contrôle d'accès.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the badge reader refuses everyone",
        "From: marc.petit@ac-lyon.example\nSubject: Lecteur de badge portail",
        "Bonjour,\nLe lecteur de badge du portail refuse tous les badges depuis 7 h ; les \
         personnels doivent sonner à la loge. Urgence : très haute.\n0691234S",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "request",
        "a camera to add at the bike shed",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprotection - abri vélos",
        "Bonjour,\nSuite à plusieurs vols, le conseil d'administration a voté l'ajout d'une \
         caméra couvrant l'abri à vélos. Pouvez-vous étudier son raccordement au \
         système existant ?\nCollège Mistral, 0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the cameras' recorder is silent",
        "From: j.martin@ac-aix.example\nSubject: Enregistreur vidéo",
        "Bonjour,\nL'enregistreur des caméras n'enregistre plus rien depuis lundi : l'écran \
         affiche « disque non détecté ».\nUrgence moyenne - 0130456A",
        NewIncident,
        Some(Moyen),
        Some("0130456A"),
    ),
    case(
        "request",
        "the hall's screen for the timetable",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran d'affichage hall",
        "Bonjour,\nNous souhaiterions utiliser l'écran du hall pour afficher les absences de \
         professeurs et les changements d'emploi du temps, à partir du logiciel de vie scolaire. \
         Est-ce envisageable ?\nLycée Voltaire - 0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "the hall's screen stays black",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran hall d'entrée",
        "Bonjour,\nL'écran d'affichage du hall reste noir depuis la coupure de courant d'hier \
         soir.\n0751043B\nUrgence : bas",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "request",
        "the bells' timetable to change",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Sonneries",
        "Bonjour,\nÀ la rentrée de janvier, les cours commenceront à 8 h 15 au lieu de 8 h. Il \
         faudra reprogrammer toutes les sonneries en conséquence.\nCollège Montaigne 0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the bells ring at random",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Sonneries déréglées",
        "Bonjour,\nLes sonneries se déclenchent n'importe quand depuis le changement d'heure, en \
         plein milieu des cours.\n0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a second terminal at the canteen",
        "From: paul.henry@ac-lille.example\nSubject: Self - borne de passage",
        "Bonjour,\nAvec 200 demi-pensionnaires de plus cette année, la file d'attente au self \
         est trop longue : une deuxième borne de passage serait nécessaire.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the canteen's terminal no longer reads cards",
        "From: paul.henry@ac-lille.example\nSubject: Borne self en panne",
        "Bonjour,\nLa borne de passage du self ne lit plus les cartes depuis ce midi, nous \
         pointons les élèves à la main.\nUrgence haute\n0595012C",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
    case(
        "request",
        "the new building to wire",
        "From: claire.dubois@ac-lyon.example\nSubject: Extension bâtiment D",
        "Bonjour,\nLe bâtiment D sera livré en mars. Il faudra y prévoir le réseau : douze salles \
         à équiper de prises et deux bornes wifi par étage.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the new building's network drops",
        "From: marc.petit@ac-lyon.example\nSubject: Réseau bâtiment D",
        "Bonjour,\nDans le bâtiment D livré en mars, le réseau se coupe plusieurs fois par heure \
         dans toutes les salles du premier étage.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
