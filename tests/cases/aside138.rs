//! The hundred-and-thirty-eighth aside part: written after the hundred-and-twenty-sixth round,
//! before any change, on urgency stated in forms not yet written, each in a new report: a
//! level in a subject's brackets with a colon, "priorité absolue", "non prioritaire", "à traiter
//! en priorité", "Criticité : majeure", "pas pressé", "quand vous aurez un moment", "Urgency:
//! critical", "urgence faible (pas bloquant)", a level after a dash at the end of a subject, a
//! form's checkbox line in capitals.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_138: &[Case] = &[
    case(
        "urgency",
        "a level in brackets with a colon",
        "From: claire.dubois@ac-lyon.example\nSubject: [Urgence : haute] Serveur ENT",
        "Bonjour,\nLe serveur ENT ne répond plus depuis 7 h.\nUAI 0691234S",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "absolute priority",
        "From: j.martin@ac-aix.example\nSubject: Caméras du portail",
        "Bonjour,\nLes caméras du portail n'enregistrent plus rien depuis hier soir. Priorité \
         absolue pour la sécurité des élèves.\n0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "not a priority",
        "From: sandrine.morel@ac-paris.example\nSubject: Souris du CDI",
        "Bonjour,\nDeux souris du CDI ont une molette qui accroche. Non prioritaire.\nRNE 0751043B",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "to deal with first",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciel de paie",
        "Bonjour,\nLe logiciel de paie de l'intendance refuse de s'ouvrir. À traiter en priorité \
         s'il vous plaît, les payes partent jeudi.\nUAI 0330789D",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "a major criticality",
        "From: paul.henry@ac-lille.example\nSubject: Coupure réseau bâtiment D",
        "Bonjour,\nPlus aucun réseau dans le bâtiment D.\nCriticité : majeure\n0595012C",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
    case(
        "urgency",
        "no hurry",
        "From: marc.petit@ac-lyon.example\nSubject: Étiqueteuse",
        "Bonjour,\nL'étiqueteuse du CDI imprime de travers. Pas pressé, ça peut attendre la \
         semaine prochaine.\n0691234S",
        NewIncident,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "when you have a moment",
        "From: j.martin@ac-aix.example\nSubject: Haut-parleur salle 5",
        "Bonjour,\nLe haut-parleur gauche de la salle 5 grésille un peu. À voir quand vous aurez \
         un moment.\nUAI 0130456A",
        NewIncident,
        Some(Bas),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "critical in English",
        "From: sandrine.morel@ac-paris.example\nSubject: Network down",
        "Hello,\nThe whole school network is down since 8 am.\nUrgency: critical\nUAI 0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "urgency",
        "low, not blocking",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Horloge du poste de l'accueil",
        "Bonjour,\nL'horloge du poste de l'accueil retarde de dix minutes.\nUrgence faible (pas \
         bloquant).\n0330789D",
        NewIncident,
        Some(Bas),
        Some("0330789D"),
    ),
    case(
        "urgency",
        "a level after a dash at the end of a subject",
        "From: paul.henry@ac-lille.example\nSubject: Imprimante de la loge - urgence moyenne",
        "Bonjour,\nL'imprimante de la loge fait des traces noires sur toutes les pages.\n\
         UAI 0595012C",
        NewIncident,
        Some(Moyen),
        Some("0595012C"),
    ),
    case(
        "urgency",
        "a form's line in capitals",
        "From: claire.dubois@ac-lyon.example\nSubject: Fiche de signalement",
        "ÉTABLISSEMENT : LYCÉE AMPÈRE\nUAI : 0691234S\nMATÉRIEL : VIDÉOPROJECTEUR SALLE 7\n\
         DESCRIPTION : NE S'ALLUME PLUS\nURGENCE : [ ] BASSE [X] MOYENNE [ ] HAUTE",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "very urgent at the end",
        "From: j.martin@ac-aix.example\nSubject: Badgeuse de la cantine",
        "Bonjour,\nLa badgeuse de la cantine est bloquée, 400 élèves déjeunent à midi.\nTrès très \
         urgent, merci !\n0130456A",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
];
