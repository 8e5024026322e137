//! The hundred-and-seventy-second aside part: written after the hundred-and-forty-third round,
//! before any change, on the bursar's office writing in its own words (budget, orders,
//! payments, bank statements, payroll), where money words abound: needs beside faults.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_172: &[Case] = &[
    case(
        "request",
        "tablets voted in the budget",
        "From: claire.dubois@ac-lyon.example\nSubject: Acquisition de tablettes",
        "Bonjour,\nSuite au vote du budget, nous souhaitons acquérir dix tablettes pour la section \
         professionnelle : merci de nous indiquer la procédure et de nous transmettre un devis.\n\
         0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "purchase orders will not print",
        "From: marc.petit@ac-lyon.example\nSubject: Logiciel de gestion financière",
        "Bonjour,\nLe logiciel de gestion financière refuse d'éditer les bons de commande depuis \
         la mise à jour de mardi.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "access for the new deputy bursar",
        "From: j.martin@ac-aix.example\nSubject: Accès logiciel financier",
        "Bonjour,\nNous avons besoin d'un accès au logiciel de gestion financière pour la nouvelle \
         gestionnaire adjointe, qui prend ses fonctions lundi.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the canteen's card terminal",
        "From: sandrine.morel@ac-paris.example\nSubject: Terminal de paiement cantine",
        "Bonjour,\nLe terminal de paiement de la cantine n'accepte plus les cartes bancaires \
         depuis ce matin : les familles ne peuvent plus recharger les comptes.\n0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a cost for the budget",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Chiffrage salle 12",
        "Bonjour,\nPourriez-vous chiffrer le remplacement des 30 postes de la salle 12 pour la \
         préparation du budget 2027 ?\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "bank statements will not download",
        "From: paul.henry@ac-lille.example\nSubject: Relevés bancaires",
        "Bonjour,\nLes relevés de compte ne se téléchargent plus dans le logiciel comptable : \
         « erreur 403 » à chaque tentative.\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "payroll software for a replacement",
        "From: paul.henry@ac-lille.example\nSubject: Poste agent comptable remplaçant",
        "Bonjour,\nMerci de prévoir l'installation du logiciel de paie sur le poste de l'agent \
         comptable remplaçant, à partir du 4 janvier.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
];
