//! The hundred-and-ninety-ninth aside part: written after the hundred-and-fiftieth round,
//! before any change, on the costliest class told at length, where each mail carries the
//! other's words: a need whose story tells an old breakdown, a fault whose mail names a plan, a
//! renewal asked because repairs no longer pay, a fault in equipment bought last year, a need
//! for capacity told with numbers, a fault in a room being refurbished, a policy to change
//! told as what teachers cannot do, a fault told as a wish for the exam.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_199: &[Case] = &[
    case(
        "request",
        "a need whose story tells an old breakdown",
        "From: Anne Leroux <anne.leroux@ac-bordeaux.example>\nSubject: Poste pour l'infirmerie",
        "Bonjour,\n\nDepuis que l'ancien poste de l'infirmerie a été retiré l'an dernier (il était en \
         panne et n'a pas été remplacé), l'infirmière saisit ses fiches sur le poste de la vie \
         scolaire. Serait-il possible de lui attribuer un poste à elle, avec une imprimante ?\n\n\
         Anne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault whose mail names a plan",
        "From: Claire Dubois <claire.dubois@ac-lyon.example>\nSubject: Tableau interactif salle 21",
        "Bonjour,\n\nLe tableau interactif de la salle 21 ne s'allume plus depuis lundi (voyant rouge \
         fixe). Je sais qu'un renouvellement des tableaux est prévu pour la rentrée prochaine, mais \
         d'ici là la salle est utilisée tous les jours.\n\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a renewal asked because repairs no longer pay",
        "From: Sandrine Morel <sandrine.morel@ac-paris.example>\nSubject: Copieur de la vie scolaire",
        "Bonjour,\n\nLe copieur de la vie scolaire a été réparé quatre fois cette année et le \
         technicien nous a dit que les pièces ne sont plus fabriquées. Plutôt qu'une cinquième \
         réparation, pourrait-on envisager son remplacement par un modèle récent ?\n\nSandrine Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault in equipment bought last year",
        "From: Jean Martin <j.martin@ac-aix.example>\nSubject: Visualiseur salle 4",
        "Bonjour,\n\nLe visualiseur acheté l'an dernier pour la salle 4 n'est plus reconnu par le \
         poste depuis la mise à jour de Windows : l'écran reste noir dans le logiciel.\n\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need for capacity told with numbers",
        "From: Paul Henry <paul.henry@ac-lille.example>\nSubject: Espace de stockage ENT",
        "Bonjour,\n\nAvec les projets vidéo de l'option cinéma, l'espace de stockage du lycée sur \
         l'ENT est occupé à 96 %. Il nous faudrait au moins 500 Go supplémentaires d'ici le mois \
         de mars.\n\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault in a room being refurbished",
        "From: Marc Petit <marc.petit@ac-lyon.example>\nSubject: Salle 6 - prises",
        "Bonjour,\n\nDans la salle 6, en cours de réaménagement, les deux prises réseau du fond ne \
         donnent plus rien depuis le passage des peintres : les postes affichent « câble \
         débranché ».\n\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a policy told as what teachers cannot do",
        "From: Anne Leroux <anne.leroux@ac-bordeaux.example>\nSubject: Installation de logiciels par les enseignants",
        "Bonjour,\n\nLes enseignants de technologie ne peuvent pas installer eux-mêmes les logiciels \
         dont ils ont besoin sur les postes de leur salle : il faut à chaque fois vous solliciter. \
         Serait-il envisageable de leur donner des droits d'installation sur ces postes ?\n\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told as a wish for the exam",
        "From: Sandrine Morel <sandrine.morel@ac-paris.example>\nSubject: Horloge salle d'examen",
        "Bonjour,\n\nNous souhaiterions que l'horloge de la salle d'examen soit remise à l'heure avant \
         le brevet blanc : elle retarde de vingt minutes depuis la coupure de courant.\n\nS. Morel",
        NewIncident,
        None,
        None,
    ),
];
