//! The hundred-and-fifty-sixth aside part: written after the hundred-and-thirty-fourth round,
//! before any change, on the costliest class where the words point the wrong way: a need told
//! as "un problème", a fault asked as "il faudrait réparer" or "une demande de dépannage",
//! capacity outgrown beside a function lost, a policy to change beside a filter gone wrong.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_156: &[Case] = &[
    case(
        "request",
        "a need told as a problem",
        "From: claire.dubois@ac-lyon.example\nSubject: Problème de prises salle 12",
        "Bonjour,\nNous avons un problème : il n'y a pas assez de prises réseau dans la salle 12 \
         pour brancher les six nouveaux postes.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a fault asked as a repair",
        "From: marc.petit@ac-lyon.example\nSubject: Vidéoprojecteur salle 3",
        "Bonjour,\nIl faudrait réparer le vidéoprojecteur de la salle 3 : il ne s'allume plus.\n\
         0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a repair needed",
        "From: j.martin@ac-aix.example\nSubject: Besoin d'un dépannage",
        "Besoin d'un dépannage : plus d'internet au CDI depuis ce matin.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "wifi outgrown",
        "From: sandrine.morel@ac-paris.example\nSubject: Wifi insuffisant",
        "Bonjour,\nLe wifi ne suffit plus depuis que tous les élèves de seconde ont reçu une \
         tablette : il faudrait renforcer la couverture des salles du deuxième étage.\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "wifi gone since a plug was pulled",
        "From: sandrine.morel@ac-paris.example\nSubject: Wifi deuxième étage",
        "Bonjour,\nLe wifi ne fonctionne plus au deuxième étage depuis que la borne a été \
         débranchée pendant le ménage, et elle ne redémarre pas.\n0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a request for repair",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Demande de dépannage imprimante",
        "Demande de dépannage : l'imprimante de la vie scolaire bourre à chaque impression.\n\
         0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a request for software",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Demande logiciel salle 8",
        "Demande : pouvez-vous installer GeoGebra sur les postes de la salle 8 pour les cours de \
         mathématiques ?\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a recurring problem that is a lack",
        "From: paul.henry@ac-lille.example\nSubject: Problème récurrent salle 10",
        "Bonjour,\nProblème récurrent : la salle 10 n'a pas de vidéoprojecteur et les collègues \
         doivent changer de salle à chaque projection.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the pupils' phones on the wifi",
        "From: paul.henry@ac-lille.example\nSubject: Wifi et téléphones des élèves",
        "Bonjour,\nLes élèves n'arrivent pas à se connecter au wifi avec leurs téléphones : \
         pourriez-vous l'ouvrir aux appareils personnels pour les activités en classe ?\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the school's tablets off the wifi",
        "From: claire.dubois@ac-lyon.example\nSubject: Tablettes et wifi",
        "Bonjour,\nLes élèves n'arrivent plus à se connecter au wifi avec les tablettes du lycée \
         depuis hier midi.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a site to allow",
        "From: j.martin@ac-aix.example\nSubject: Filtrage YouTube",
        "Bonjour,\nLe filtrage bloque YouTube, dont les professeurs d'anglais ont besoin pour \
         leurs cours : pouvez-vous autoriser ce site pour les comptes enseignants ?\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the filter blocks everything",
        "From: marc.petit@ac-lyon.example\nSubject: Filtrage internet",
        "Bonjour,\nLe filtrage bloque tous les sites depuis ce matin, même l'ENT et Pronote.\n\
         0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
