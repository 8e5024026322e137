//! The four-hundred-and-forty-fifth aside part: written after the hundred-and-ninety-third
//! round, before any change, on needs told through a lack of time or people ("nos collègues
//! passent une heure à …", "personne ne sait configurer …") beside a lack caused by a fault.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_445: &[Case] = &[
    case(
        "request",
        "an hour lost each week",
        "From: marc.petit@ac-lyon.example\nSubject: Déploiement des manuels numériques",
        "Bonjour,\nChaque semaine, nos collègues passent une heure à installer les manuels \
         numériques poste par poste. Un déploiement automatique serait un vrai gain de temps.\n\
         M. Petit",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "nobody knows how to set it up",
        "From: j.martin@ac-aix.example\nSubject: Formation écrans interactifs",
        "Bonjour,\nLes écrans interactifs livrés en septembre sont peu utilisés : personne ne sait \
         s'en servir pleinement. Une formation des enseignants serait-elle possible ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a lack caused by a fault",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Salle informatique indisponible",
        "Bonjour,\nLa salle informatique est indisponible : le serveur qui distribue les sessions \
         est tombé en panne hier soir et aucun élève ne peut se connecter.\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
];
