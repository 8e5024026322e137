//! The three-hundred-and-ninety-fifth aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on faults told through their effect on teaching or service
//! ("les élèves ne peuvent pas rendre leurs devoirs", "la cantine ne peut pas encaisser") and a
//! need told through its effect.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_395: &[Case] = &[
    case(
        "request",
        "pupils cannot hand in their work",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Dépôt de devoirs",
        "Bonjour,\nDepuis hier, les élèves ne peuvent plus déposer leurs devoirs sur l'ENT : le \
         bouton « Envoyer » tourne sans fin.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the canteen cannot take payments",
        "From: j.martin@ac-aix.example\nSubject: Caisse de la cantine",
        "Bonjour,\nLa cantine ne peut pas encaisser les cartes ce midi : le terminal affiche « \
         pas de connexion ».\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need told through its effect",
        "From: marc.petit@ac-lyon.example\nSubject: Salle d'examen",
        "Bonjour,\nPour les épreuves de langues en visio, la salle d'examen n'a ni caméra ni \
         micro : il nous en faudrait pour le mois de mars.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
