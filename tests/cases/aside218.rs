//! The two-hundred-and-eighteenth aside part: written after the hundred-and-fifty-fourth round,
//! before any change, on the costliest class as schools forward it: a teacher's need forwarded
//! with "pour suite à donner", a head's wish forwarded with "à traiter", a parent's fault
//! relayed by the correspondant, a need forwarded from the town hall, a fault forwarded with
//! "voir ci-dessous", a need told by the correspondant above a teacher's fault.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_218: &[Case] = &[
    case(
        "request",
        "a teacher's need forwarded for action",
        "From: paul.henry@ac-lille.example\nSubject: TR: Tablettes pour l'ULIS",
        "Pour suite à donner.\n\n-----Message d'origine-----\nDe : Coordinatrice ULIS\nObjet : \
         Tablettes pour l'ULIS\n\nBonjour Paul,\nLes élèves de l'ULIS auraient besoin de quatre \
         tablettes avec un logiciel de synthèse vocale.\nMerci",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a head's wish forwarded to be handled",
        "From: j.martin@ac-aix.example\nSubject: TR: Écran dans le hall",
        "À traiter, merci.\n\n-------- Message transféré --------\nDe : Principale\nObjet : Écran \
         dans le hall\n\nJean, j'aimerais qu'on installe un écran d'information dans le hall pour \
         les annonces aux élèves.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a parent's fault relayed by the correspondant",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: Accès ENT parents",
        "Plusieurs parents nous signalent la même chose, voir ci-dessous.\n\n-----Message \
         d'origine-----\nDe : Parent d'élève\nObjet : Accès ENT\n\nBonjour, depuis lundi la page de \
         connexion de l'ENT affiche une erreur 500 pour les comptes parents.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need forwarded from the town hall",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: Raccordement du nouveau préau",
        "Pour information et suite à donner côté réseau.\n\n-------- Message transféré --------\n\
         De : Services techniques de la mairie\nObjet : Raccordement du nouveau préau\n\nLe préau \
         couvert sera livré en mars ; l'établissement souhaite y installer une borne wifi.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault forwarded with see below",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: Imprimante 3D",
        "Voir ci-dessous.\n\n-----Message d'origine-----\nDe : Professeur de technologie\nObjet : \
         Imprimante 3D\n\nL'imprimante 3D de la salle 8 bouche sa buse à chaque impression depuis \
         la semaine dernière.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need above a teacher's fault",
        "From: marc.petit@ac-lyon.example\nSubject: TR: Poste salle 21",
        "Plutôt que de réparer encore ce poste de 2014, nous souhaiterions le remplacer par un \
         modèle récent.\n\n-----Message d'origine-----\nDe : Professeure de lettres\nObjet : Poste \
         salle 21\n\nLe poste de la salle 21 met dix minutes à démarrer et plante souvent.",
        NewRequest,
        None,
        None,
    ),
];
