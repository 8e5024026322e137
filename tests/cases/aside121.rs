//! The hundred-and-twenty-first aside part: written after the hundred-and-tenth round, before
//! any change, on the costliest class in a vocational school's workshops and the arts (a CNC
//! machine's station, the cooking school's tablets, the hairdressing salon's booking station, a
//! car diagnostic tool, a greenhouse's sensors, the music room's keyboards, the art room's
//! graphic tablets, a sports timing system), each need beside a fault on the same thing.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_121: &[Case] = &[
    case("request", "a station for the CNC machine", "From: paul.henry@ac-lille.example\nSubject: Atelier usinage",
        "Bonjour,\nL'atelier d'usinage reçoit une nouvelle fraiseuse à commande numérique en février. Il faudra un poste à côté, relié au réseau, avec le logiciel de FAO.", NewRequest, None, None),
    case("request", "the CNC station loses the link", "From: paul.henry@ac-lille.example\nSubject: Fraiseuse CN - liaison",
        "Bonjour,\nLe poste de l'atelier perd la liaison avec la fraiseuse en cours d'usinage : la pièce est à chaque fois perdue.", NewIncident, None, None),
    case("request", "tablets for the kitchen", "From: claire.dubois@ac-lyon.example\nSubject: Cuisine pédagogique",
        "Bonjour,\nLes professeurs de cuisine aimeraient des tablettes durcies pour afficher les fiches techniques au poste de travail de chaque élève.", NewRequest, None, None),
    case("request", "the kitchen's tablets do not charge", "From: claire.dubois@ac-lyon.example\nSubject: Tablettes de la cuisine",
        "Bonjour,\nLes tablettes de la cuisine pédagogique ne chargent plus sur leur socle depuis le nettoyage de la salle.", NewIncident, None, None),
    case("request", "a booking station for the salon", "From: sandrine.morel@ac-paris.example\nSubject: Salon de coiffure pédagogique",
        "Bonjour,\nLe salon de coiffure pédagogique ouvre au public en janvier : il lui faut un poste d'accueil avec le logiciel de prise de rendez-vous et une imprimante de tickets.", NewRequest, None, None),
    case("request", "the salon's printer is silent", "From: sandrine.morel@ac-paris.example\nSubject: Imprimante du salon",
        "Bonjour,\nL'imprimante de tickets du salon de coiffure n'imprime plus rien, le voyant reste orange.", NewIncident, None, None),
    case("request", "a diagnostic tool's update", "From: j.martin@ac-aix.example\nSubject: Valise de diagnostic",
        "Bonjour,\nLa valise de diagnostic de l'atelier automobile ne couvre pas les véhicules récents : il faudrait acheter la mise à jour annuelle du logiciel constructeur.", NewRequest, None, None),
    case("request", "the diagnostic tool does not connect", "From: j.martin@ac-aix.example\nSubject: Valise de diagnostic - connexion",
        "Bonjour,\nLa valise de diagnostic ne se connecte plus au poste de l'atelier depuis la réinstallation de Windows.", NewIncident, None, None),
    case("request", "sensors for the greenhouse", "From: anne.leroux@ac-bordeaux.example\nSubject: Serre du lycée agricole",
        "Bonjour,\nPour le projet de la serre, les enseignants voudraient suivre la température et l'humidité à distance : il faudrait trois capteurs connectés et un accès wifi dans la serre.", NewRequest, None, None),
    case("request", "the greenhouse's readings are wrong", "From: anne.leroux@ac-bordeaux.example\nSubject: Capteurs de la serre",
        "Bonjour,\nLes capteurs de la serre indiquent 45 °C en pleine nuit depuis mardi : les relevés sont faux.", NewIncident, None, None),
    case("request", "keyboards for the music room", "From: marc.petit@ac-lyon.example\nSubject: Salle de musique",
        "Bonjour,\nLe professeur d'éducation musicale souhaiterait équiper la salle de musique de douze claviers MIDI reliés aux postes, pour la MAO.", NewRequest, None, None),
    case("request", "the keyboards play no sound", "From: marc.petit@ac-lyon.example\nSubject: Claviers MIDI",
        "Bonjour,\nLes claviers MIDI de la salle de musique sont détectés mais ne produisent aucun son dans le logiciel.", NewIncident, None, None),
    case("request", "graphic tablets for the art room", "From: paul.henry@ac-lille.example\nSubject: Arts plastiques",
        "Bonjour,\nL'équipe d'arts plastiques demande huit tablettes graphiques pour l'enseignement de spécialité.", NewRequest, None, None),
    case("request", "the pen strokes are offset", "From: paul.henry@ac-lille.example\nSubject: Tablettes graphiques",
        "Bonjour,\nSur les tablettes graphiques de la salle d'arts, le trait apparaît à deux centimètres du stylet.", NewIncident, None, None),
    case("request", "a timing system for the stadium", "From: j.martin@ac-aix.example\nSubject: Chronométrage",
        "Bonjour,\nPour le cross du collège et les épreuves d'athlétisme, serait-il possible d'obtenir un système de chronométrage relié à un portable ?", NewRequest, None, None),
    case("request", "the timing loses times", "From: j.martin@ac-aix.example\nSubject: Chronométrage - temps perdus",
        "Bonjour,\nLe logiciel de chronométrage perd une partie des temps enregistrés : au cross, un tiers des arrivées manquaient.", NewIncident, None, None),
];
