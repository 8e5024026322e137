//! The three-hundred-and-forty-ninth aside part: written after the hundred-and-seventy-eighth
//! round, before any change, on new reports that recall the past: the same fault back after an
//! earlier ticket, "comme l'an dernier", a deputy writing in the contact's absence, a fault first
//! seen by the contractor during another visit.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_349: &[Case] = &[
    case(
        "request",
        "the same fault back after an earlier ticket",
        "From: paul.henry@ac-lille.example\nSubject: Imprimante vie scolaire - le problème revient",
        "Bonjour,\nSuite à notre ticket de septembre, réparé à l'époque, le même problème revient : \
         l'imprimante de la vie scolaire bourre à chaque impression.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "comme l'an dernier",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes - mise à jour",
        "Bonjour,\nComme l'an dernier à la même époque, les tablettes refusent la mise à jour et \
         restent bloquées sur l'écran de démarrage.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a deputy writing in the contact's absence",
        "From: marc.petit@ac-lyon.example\nSubject: Réseau salle 20",
        "Bonjour,\nJ'écris en l'absence de Mme Dubois : la salle 20 n'a plus de réseau depuis ce \
         matin.\nM. Petit, suppléant",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a fault seen by the contractor during another visit",
        "From: j.martin@ac-aix.example\nSubject: Onduleur de la baie",
        "Bonjour,\nLors de son passage pour le copieur, le technicien a remarqué que l'onduleur de la \
         baie affiche un défaut batterie. Pouvez-vous ouvrir une demande ?\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
