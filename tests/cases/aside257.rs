//! The two-hundred-and-fifty-seventh aside part: written after the hundred-and-sixty-first
//! round, before any change, on the costliest class in policies and rights: a category to
//! unblock in the filter, rights on the ENT for a new role, a print quota to raise, the wifi
//! opened to staff's phones, a longer session timeout, a blocked site that always was (a
//! policy, not a fault).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_257: &[Case] = &[
    case(
        "request",
        "a category to unblock",
        "From: claire.dubois@ac-lyon.example\nSubject: Filtrage - catégorie jeux vidéo",
        "Bonjour,\nLe club de programmation utilise Scratch et des jeux éducatifs en ligne, classés \
         « jeux » par le filtre. Pourriez-vous ouvrir cette catégorie pour la salle 105 le \
         mercredi après-midi ?\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "rights for a new role",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Droits ENT - coordinatrice ULIS",
        "Bonjour,\nLa nouvelle coordinatrice ULIS devrait pouvoir consulter les cahiers de textes \
         de toutes les classes sur l'ENT.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a print quota to raise",
        "From: paul.henry@ac-lille.example\nSubject: Quota d'impression BTS",
        "Bonjour,\nLes étudiants de BTS épuisent leur quota de 200 pages dès la mi-trimestre avec \
         leurs dossiers de stage. Un passage à 500 pages est-il possible ?\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "the wifi opened to staff's phones",
        "From: j.martin@ac-aix.example\nSubject: Wifi personnels",
        "Bonjour,\nLes agents d'entretien n'ont pas d'ordinateur : pourrait-on leur donner accès au \
         wifi depuis leur téléphone pour consulter leur planning ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a longer session timeout",
        "From: sandrine.morel@ac-paris.example\nSubject: Déconnexion automatique vie scolaire",
        "Bonjour,\nLes postes de la vie scolaire se verrouillent au bout de cinq minutes, ce qui \
         gêne la saisie pendant les appels. Serait-il possible de porter ce délai à quinze \
         minutes ?\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a site that always was blocked",
        "From: marc.petit@ac-lyon.example\nSubject: Accès YouTube salle des professeurs",
        "Bonjour,\nYouTube n'a jamais été accessible depuis la salle des professeurs. Les collègues \
         souhaiteraient pouvoir y montrer des vidéos en réunion.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
