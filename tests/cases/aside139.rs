//! The hundred-and-thirty-ninth aside part: written after the hundred-and-twenty-sixth round,
//! before any change, on the costliest class in teaching's software and resources: digital
//! textbooks, the platform of certification, an online course space, a coding notebook
//! service, pupils' accounts and groups; needs (access to give, classes to add, a resource to
//! deploy, a version to install) beside faults in the same words.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_139: &[Case] = &[
    case(
        "request",
        "textbooks for the new classes",
        "From: claire.dubois@ac-lyon.example\nSubject: Manuels numériques de seconde",
        "Bonjour,\nLes élèves des trois nouvelles classes de seconde n'ont pas encore accès aux \
         manuels numériques. Pourriez-vous les ajouter aux licences de l'établissement ?\n\
         UAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "textbooks that will not open",
        "From: marc.petit@ac-lyon.example\nSubject: Manuels numériques",
        "Bonjour,\nDepuis ce matin, les manuels numériques affichent « ressource indisponible » \
         pour toutes les classes.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a class to add to the certification platform",
        "From: j.martin@ac-aix.example\nSubject: Campagne de certification",
        "Bonjour,\nPour la campagne de certification de troisième, il faudrait créer les comptes \
         des élèves de 3e D, arrivés en cours d'année, sur la plateforme.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the certification refuses the pupils",
        "From: sandrine.morel@ac-paris.example\nSubject: Plateforme de certification",
        "Bonjour,\nPendant la séance de certification, la plateforme a déconnecté tous les élèves \
         au bout de vingt minutes et leurs réponses sont perdues.\nRNE 0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a course space for a new option",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Espace de cours",
        "Bonjour,\nL'option cinéma ouvre en janvier : l'enseignant voudrait un espace de cours en \
         ligne pour déposer les vidéos des élèves.\nUAI 0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the course space's uploads fail",
        "From: paul.henry@ac-lille.example\nSubject: Dépôt de devoirs",
        "Bonjour,\nLes élèves ne parviennent plus à déposer leurs devoirs sur l'espace de cours : \
         le téléversement s'arrête à 99 %.\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a notebook service for the coding teachers",
        "From: claire.dubois@ac-lyon.example\nSubject: Carnets de programmation",
        "Bonjour,\nLes professeurs de NSI aimeraient utiliser un service de carnets de \
         programmation en ligne avec leurs classes. Est-il possible de l'ouvrir aux comptes du \
         lycée ?\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the notebooks lose the work",
        "From: marc.petit@ac-lyon.example\nSubject: Carnets NSI",
        "Bonjour,\nLe service de carnets de programmation n'enregistre plus le travail des élèves \
         : tout est effacé à la reconnexion.\nUAI 0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "groups to rebuild after the timetable change",
        "From: j.martin@ac-aix.example\nSubject: Groupes de langues",
        "Bonjour,\nAvec le nouvel emploi du temps du second trimestre, les groupes de langues ont \
         changé. Il faudrait mettre à jour les groupes dans l'ENT pour que chaque professeur \
         retrouve ses élèves.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "groups emptied",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Groupes ENT vides",
        "Bonjour,\nTous les groupes de langues de l'ENT sont vides depuis la synchronisation de \
         cette nuit ; les professeurs ne voient plus leurs élèves.\n0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a newer version for the exam",
        "From: paul.henry@ac-lille.example\nSubject: Logiciel de géométrie",
        "Bonjour,\nLe sujet du bac blanc demande la version 6 du logiciel de géométrie ; nos postes \
         ont encore la version 5. Pourriez-vous l'installer sur la salle 12 avant le 15 janvier \
         ?\nUAI 0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the geometry software crashes",
        "From: sandrine.morel@ac-paris.example\nSubject: Logiciel de géométrie salle 12",
        "Bonjour,\nLe logiciel de géométrie se ferme tout seul dès qu'on trace un cercle, sur \
         tous les postes de la salle 12.\n0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
];
