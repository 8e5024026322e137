//! The two-hundred-and-thirty-ninth aside part: written after the hundred-and-fifty-seventh
//! round, before any change, on urgency once more: "urgence : aucune", "pas urgent mais
//! bloquant pour un élève", an English "Priority: low", "P1" in a subject, a subject's
//! "URGENT" taken back in the text, "à traiter en priorité".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_239: &[Case] = &[
    case(
        "urgency",
        "no urgency at all",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Clavier salle 6",
        "Bonjour,\nLa touche Entrée d'un clavier de la salle 6 est cassée.\nUrgence : aucune\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "not urgent but blocking for a pupil",
        "From: j.martin@ac-aix.example\nSubject: Logiciel de synthèse vocale",
        "Bonjour,\nCe n'est pas urgent pour la classe, mais bloquant pour un élève dyslexique : la \
         synthèse vocale ne lit plus rien sur son portable depuis la mise à jour.\nJ. Martin",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "an English low priority",
        "From: paul.henry@ac-lille.example\nSubject: Webcam staff room",
        "Hello,\nThe webcam in the staff room shows a black image.\nPriority: low\nPaul",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "P1 in a subject",
        "From: sandrine.morel@ac-paris.example\nSubject: [P1] Coupure totale du réseau",
        "Bonjour,\nPlus aucun accès réseau ni internet dans tout l'établissement depuis 7 h 45.\nS. \
         Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a subject's URGENT taken back",
        "From: claire.dubois@ac-lyon.example\nSubject: URGENT imprimante CDI",
        "Bonjour,\nFinalement ce n'est pas si urgent, une autre imprimante dépanne le CDI : celle \
         du fond bourre à chaque impression.\nClaire Dubois",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "to be handled first",
        "From: marc.petit@ac-lyon.example\nSubject: Alarme intrusion",
        "Bonjour,\nLa centrale d'alarme intrusion ne communique plus avec le poste de la loge. À \
         traiter en priorité, s'il vous plaît.\nM. Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
];
