//! The hundred-and-sixtieth aside part: written after the hundred-and-thirty-eighth round,
//! before any change, on who may open a report: the region's suppléant of two schools for one
//! of them and for a third, a correspondant writing another school's code or a wrong check
//! letter, an address in capitals, a shared mailbox's name, a replacement not listed, the
//! suppléant without a code, a personal Reply-To, a teacher's mail forwarded.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_160: &[Case] = &[
    case(
        "unauthorised",
        "the region's suppléant for one of its schools",
        "From: tice@region.example\nSubject: Baie réseau Lycée Faidherbe",
        "Bonjour,\nLa baie réseau du lycée Faidherbe s'est arrêtée cette nuit, plus aucun accès \
         internet.\nUAI : 0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "unauthorised",
        "the region's suppléant for a school not its own",
        "From: tice@region.example\nSubject: Lycée Ampère - serveur",
        "Bonjour,\nLe serveur du lycée Ampère ne répond plus.\nUAI : 0691234S",
        Unauthorised,
        None,
        Some("0691234S"),
    ),
    case(
        "unauthorised",
        "a correspondant writes another school's code",
        "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur Lycée Voltaire",
        "Bonjour,\nJe vous signale pour une collègue que le vidéoprojecteur de la salle 2 du lycée \
         Voltaire est en panne.\n0751043B",
        Unauthorised,
        None,
        Some("0751043B"),
    ),
    case(
        "unauthorised",
        "a wrong check letter",
        "From: claire.dubois@ac-lyon.example\nSubject: Copieur salle des professeurs",
        "Bonjour,\nLe copieur de la salle des professeurs est en panne.\nUAI : 0691234T",
        NewIncident,
        None,
        None,
    ),
    case(
        "unauthorised",
        "an address in capitals",
        "From: Claire.Dubois@AC-LYON.example\nSubject: Poste CDI",
        "Bonjour,\nLe poste de consultation du CDI ne démarre plus.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "unauthorised",
        "a shared mailbox's name on the contact's address",
        "From: Secrétariat Lycée Ampère <claire.dubois@ac-lyon.example>\nSubject: Imprimante secrétariat",
        "Bonjour,\nL'imprimante du secrétariat affiche « toner vide » alors que la cartouche est \
         neuve.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "unauthorised",
        "a replacement not listed",
        "From: v.garnier@ac-lyon.example\nSubject: Panne réseau salle 12",
        "Bonjour,\nJe remplace Mme Dubois pendant son congé : le réseau de la salle 12 est coupé \
         depuis ce matin.\nLycée Ampère, 0691234S",
        Unauthorised,
        None,
        Some("0691234S"),
    ),
    case(
        "unauthorised",
        "the suppléant without a code",
        "From: marc.petit@ac-lyon.example\nSubject: Tableau numérique salle 7",
        "Bonjour,\nLe tableau numérique de la salle 7 ne réagit plus au stylet.",
        NewIncident,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a personal Reply-To",
        "From: paul.henry@ac-lille.example\nReply-To: paul.henry.perso@gmail.example\nSubject: Poste proviseur adjoint",
        "Bonjour,\nMon poste redémarre tout seul plusieurs fois par jour.\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "unauthorised",
        "the region's suppléant names a school",
        "From: tice@region.example\nSubject: Collège Montaigne - tablettes",
        "Bonjour,\nPour le collège Montaigne, il faudrait ajouter quinze tablettes à la flotte \
         gérée avant la rentrée de janvier.",
        NewRequest,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a teacher's report forwarded by the correspondant",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: Ordinateur salle 9",
        "Je vous transmets le signalement de M. Blanc.\n\n-------- Message transféré --------\n\
         De : M. Blanc <blanc@ac-bordeaux.example>\nObjet : Ordinateur salle 9\n\nL'ordinateur de \
         la salle 9 fait un bruit de ventilateur très fort et s'éteint.\nCollège Montaigne \
         0330789D",
        NewIncident,
        None,
        None,
    ),
];
