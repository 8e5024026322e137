//! The two-hundred-and-eighty-sixth aside part: written after the hundred-and-sixty-seventh
//! round, before any change, on new reports in tricky clothes: a fault under an unrelated
//! "RE:", several faults in a list, a need that says it is no breakdown, a theft, machines to
//! renew for their age, a fault told only by its error code.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_286: &[Case] = &[
    case(
        "request",
        "a fault under an unrelated RE:",
        "From: paul.henry@ac-lille.example\nSubject: RE: Réunion des référents numériques",
        "Bonjour,\nJe profite de ce fil pour vous signaler que le serveur de fichiers du collège ne \
         répond plus depuis ce matin.\nP. Henry\n\n> Le 2 déc. 2026, cesame@region.example a écrit \
         :\n> La prochaine réunion des référents aura lieu le 15 janvier.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "several faults in a list",
        "From: claire.dubois@ac-lyon.example\nSubject: Plusieurs pannes bâtiment C",
        "Bonjour,\nAu bâtiment C :\n- salle C12 : le vidéoprojecteur ne s'allume plus ;\n- salle \
         C14 : deux postes sans réseau ;\n- couloir : la borne wifi clignote en rouge.\nClaire \
         Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need that says it is no breakdown",
        "From: sandrine.morel@ac-paris.example\nSubject: Salle de réunion",
        "Bonjour,\nCe n'est pas une panne : la salle de réunion n'a simplement aucun équipement de \
         visioconférence, et les conseils de classe à distance se multiplient. Pourriez-vous \
         l'équiper ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a theft",
        "From: j.martin@ac-aix.example\nSubject: Vol de matériel salle 16",
        "Bonjour,\nTrois ordinateurs portables ont été volés dans la salle 16 pendant le week-end \
         (plainte déposée). Il faudrait les remplacer pour les cours de technologie.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "machines to renew for their age",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Renouvellement des postes de la classe de CM2",
        "Bonjour,\nLes six postes de la classe de CM2 ont neuf ans et ne reçoivent plus de mises à \
         jour. Nous souhaitons les remplacer l'an prochain.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told only by its error code",
        "From: marc.petit@ac-lyon.example\nSubject: Copieur salle des professeurs",
        "Bonjour,\nLe copieur affiche C-2557 à chaque démarrage.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
];
