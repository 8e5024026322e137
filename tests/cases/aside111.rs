//! The hundred-and-eleventh aside part: written after the hundred-and-second round, before any
//! change, on the costliest class told at length or with a trap: a new option's equipment, a
//! formal letter forwarded, what is not bright enough beside what grows dim, a need asked as a
//! question of funding, a fault asked as "est-ce normal ?", sites to open beside a site
//! blocked since Monday, "ce n'est pas une panne", a fault that follows "l'évolution de
//! l'ENT", a form's fields; with urgency as "Niveau : critique", "Sans urgence.", "Priority:
//! medium" and a code written "UAI 0751043-B".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_111: &[Case] = &[
    case("request", "a new option at length", "From: sandrine.morel@ac-paris.example\nSubject: Option cinéma-audiovisuel",
        "Bonjour,\nLe lycée ouvre à la rentrée prochaine l'option cinéma-audiovisuel en seconde, avec deux groupes de quinze élèves. L'équipe pédagogique a besoin de quatre stations de montage, avec le logiciel adapté, dans la salle 108 qui sert aujourd'hui de salle banalisée.\nJe reste à votre disposition pour en parler.\nSandrine Morel", NewRequest, None, None),
    case("request", "reboots since the works, at length", "From: j.martin@ac-aix.example\nSubject: Postes du laboratoire",
        "Bonjour,\nDepuis les travaux de cet été, les postes du laboratoire de physique redémarrent au hasard, parfois en plein TP. Hier, une collègue a perdu le travail de toute une classe. Nous avons vérifié les prises, sans effet.\nMerci d'avance,\nJean Martin", NewIncident, None, None),
    case("request", "a formal letter forwarded", "From: paul.henry@ac-lille.example\nSubject: TR: Courrier du proviseur - salle 204",
        "Bonjour,\nVeuillez trouver ci-dessous le courrier de M. le Proviseur.\n\n-------- Message transféré --------\nObjet : Équipement de la salle 204\n\nMadame la Présidente,\nJ'ai l'honneur de solliciter l'équipement de la salle 204 en écrans interactifs, afin que les sections de BTS disposent des mêmes outils que les classes de seconde.\nJe vous prie d'agréer, Madame la Présidente, l'expression de ma haute considération.", NewRequest, None, None),
    case("request", "not bright enough for the room", "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur de l'amphithéâtre",
        "Bonjour,\nLe vidéoprojecteur de l'amphithéâtre n'est pas assez puissant pour une salle de 150 places : on ne distingue rien dès qu'il fait jour. Un modèle plus lumineux serait nécessaire.", NewRequest, None, None),
    case("request", "dimmer and dimmer", "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur salle 8",
        "Bonjour,\nLe vidéoprojecteur de la salle 8 est de moins en moins lumineux ; on ne voit presque plus rien, même volets fermés.", NewIncident, None, None),
    case("request", "absences from the gym", "From: anne.leroux@ac-bordeaux.example\nSubject: Gymnase",
        "Bonjour,\nLes enseignants d'EPS aimeraient pouvoir saisir les absences depuis le gymnase, où il n'y a ni poste ni réseau.", NewRequest, None, None),
    case("request", "the gym's station since the outage", "From: anne.leroux@ac-bordeaux.example\nSubject: Poste du gymnase",
        "Bonjour,\nDepuis la coupure électrique de samedi, le poste du gymnase ne se connecte plus au réseau.", NewIncident, None, None),
    case("request", "a need asked as funding", "From: marc.petit@ac-lyon.example\nSubject: Casques salles de langues",
        "Bonjour,\nEst-ce que la Région finance les casques audio pour les salles de langues ? Les nôtres datent de 2012 et beaucoup d'élèves n'en ont pas.", NewRequest, None, None),
    case("request", "a fault asked as normal or not", "From: paul.henry@ac-lille.example\nSubject: Imprimante du secrétariat",
        "Bonjour,\nEst-ce normal que l'imprimante du secrétariat demande un code à chaque impression depuis hier ? Personne ne le connaît.", NewIncident, None, None),
    case("request", "sites to open", "From: sandrine.morel@ac-paris.example\nSubject: Filtrage BTS SIO",
        "Bonjour,\nLes étudiants de BTS SIO doivent accéder à des sites de développement bloqués par le filtre (GitHub, Stack Overflow). Pouvez-vous les autoriser sur le réseau pédagogique ?", NewRequest, None, None),
    case("request", "a site blocked since Monday", "From: j.martin@ac-aix.example\nSubject: Pronote bloqué",
        "Bonjour,\nLe filtre bloque depuis lundi le site de Pronote, qui était accessible jusque-là. Les professeurs ne peuvent plus saisir les notes au collège.", NewIncident, None, None),
    case("request", "not a breakdown", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante A3",
        "Bonjour,\nCe n'est pas une panne : l'imprimante du secrétariat fonctionne, mais elle ne fait pas le A3 dont nous avons besoin pour les emplois du temps.", NewRequest, None, None),
    case("request", "a fault after the ENT's evolution", "From: marc.petit@ac-lyon.example\nSubject: Notifications ENT",
        "Bonjour,\nDepuis l'évolution de l'ENT la semaine dernière, les parents ne reçoivent plus les notifications de messages.", NewIncident, None, None),
    case("request", "a form asking for a station", "From: paul.henry@ac-lille.example\nSubject: Demande",
        "Objet de la demande : installation d'un poste supplémentaire\nLieu : bureau du CPE\nMotif : arrivée d'une assistante d'éducation", NewRequest, None, None),
    case("request", "a form telling a fault", "From: paul.henry@ac-lille.example\nSubject: Signalement",
        "Type : matériel\nDescription : l'écran ne s'allume plus\nLieu : bureau du CPE", NewIncident, None, None),
    // --- urgency and a code ---------------------------------------------------------------------
    case("urgency", "a critical level", "From: anne.leroux@ac-bordeaux.example\nSubject: Serveur ENT local",
        "Bonjour,\nLe serveur local ne démarre plus, plus aucun élève ne peut se connecter.\nNiveau : critique", NewIncident, Some(TresHaut), None),
    case("urgency", "without urgency", "From: j.martin@ac-aix.example\nSubject: Souris du CDI",
        "Bonjour,\nLa souris du poste de prêt du CDI a un clic qui répond mal. Sans urgence.", NewIncident, Some(Bas), None),
    case("urgency", "a medium priority in English", "From: sandrine.morel@ac-paris.example\nSubject: Printer room 12",
        "Hello,\nThe printer in room 12 keeps jamming on every second page.\nPriority: medium", NewIncident, Some(Moyen), None),
    case("uai", "a code with a hyphen", "From: sandrine.morel@ac-paris.example\nSubject: Tableau salle 6",
        "Bonjour,\nLe tableau interactif de la salle 6 ne réagit plus au stylet.\nÉtablissement : Lycée Voltaire (UAI 0751043-B)", NewIncident, None, Some("0751043B")),
];
