//! The hundred-and-twenty-eighth aside part: written after the hundred-and-sixteenth round,
//! before any change, on the costliest class in domains not yet written: pupils with special
//! needs (a dyslexic pupil's software, an enlarged screen, a hearing loop), the boarding house,
//! the telephone lines, the lists of the ENT; needs told with "ne peut pas" or a fault's
//! words, faults told with "il faudrait" or a need's.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_128: &[Case] = &[
    case(
        "request",
        "a reading software for a pupil",
        "From: claire.dubois@ac-lyon.example\nSubject: Élève dyslexique",
        "Bonjour,\nUn élève de 5e dyslexique ne peut pas suivre sans logiciel de synthèse vocale. \
         Pourriez-vous en installer un sur les postes de la salle 12 ?\nUAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "an enlarged screen",
        "From: j.martin@ac-aix.example\nSubject: Poste adapté",
        "Bonjour,\nUne élève malvoyante arrive après les vacances : il lui faudrait un écran de \
         27 pouces avec un logiciel de grossissement.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a hearing loop",
        "From: sandrine.morel@ac-paris.example\nSubject: Boucle magnétique",
        "Bonjour,\nL'amphithéâtre n'a pas de boucle magnétique, et un élève appareillé ne \
         profite pas des conférences. Est-il possible d'en équiper la salle ?\nRNE 0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "wifi for the boarders",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Internat",
        "Bonjour,\nLes internes n'ont aucun accès au réseau le soir pour leurs devoirs : le wifi \
         ne couvre pas le bâtiment de l'internat.\nUAI 0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a second line for the infirmary",
        "From: paul.henry@ac-lille.example\nSubject: Ligne téléphonique infirmerie",
        "Bonjour,\nL'infirmière partage la ligne de la vie scolaire et ne peut pas être jointe \
         quand elle est occupée. Il faudrait une ligne directe pour l'infirmerie.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a mailing list for the staff",
        "From: marc.petit@ac-lyon.example\nSubject: Liste de diffusion",
        "Bonjour,\nNous aimerions une liste de diffusion sur l'ENT regroupant les agents \
         d'entretien, qui n'ont pas d'adresse aujourd'hui.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a phone extension moved",
        "From: j.martin@ac-aix.example\nSubject: Téléphone CPE",
        "Bonjour,\nLe bureau de la CPE déménage au rez-de-chaussée en janvier : il faudra y \
         transférer son poste téléphonique.\nUAI 0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "tablets for the ULIS class",
        "From: sandrine.morel@ac-paris.example\nSubject: Dispositif ULIS",
        "Bonjour,\nLe dispositif ULIS n'est doté d'aucune tablette alors que les élèves en \
         auraient grand besoin. Pourrait-on en prévoir six ?\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a night alert for the boarding house",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Surveillance de nuit",
        "Bonjour,\nLes surveillants de l'internat souhaiteraient recevoir les alertes incendie \
         sur un téléphone portable pendant la nuit.\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the voice software silent",
        "From: paul.henry@ac-lille.example\nSubject: Synthèse vocale",
        "Bonjour,\nLe logiciel de synthèse vocale de l'élève ne lit plus rien depuis la mise à \
         jour de Windows ; il faudrait le réparer avant le contrôle de jeudi.\nUAI 0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the loop hums",
        "From: claire.dubois@ac-lyon.example\nSubject: Boucle magnétique salle 3",
        "Bonjour,\nLa boucle magnétique de la salle 3 produit un bourdonnement continu dans \
         l'appareil de l'élève.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the boarding house's wifi down",
        "From: j.martin@ac-aix.example\nSubject: Wifi internat",
        "Bonjour,\nDepuis dimanche soir, plus aucune borne de l'internat n'émet : les internes \
         n'ont plus de réseau.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the switchboard rings nowhere",
        "From: sandrine.morel@ac-paris.example\nSubject: Standard",
        "Bonjour,\nLes appels vers le standard sonnent dans le vide : aucun poste ne reçoit \
         plus rien.\nUAI 0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "the list no longer delivers",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Liste profs",
        "Bonjour,\nLes messages envoyés à la liste des professeurs n'arrivent plus à personne \
         depuis mardi.\n0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a magnifier that needs a new licence",
        "From: paul.henry@ac-lille.example\nSubject: Logiciel de grossissement",
        "Bonjour,\nLe logiciel de grossissement affiche « licence expirée » et ne se lance plus ; \
         l'élève ne peut plus travailler.\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a cordless phone that cuts",
        "From: marc.petit@ac-lyon.example\nSubject: Téléphone sans fil",
        "Bonjour,\nLe téléphone sans fil de l'agent d'accueil coupe les communications au bout \
         de quelques secondes. Il faudrait voir ce qui se passe.\nUAI 0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
