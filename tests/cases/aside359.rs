//! The three-hundred-and-fifty-ninth aside part: written after the hundred-and-eighty-first
//! round, before any change, on needs told without "évolution": a room to equip for next year,
//! licences to add, a printer to move, an access point for a new room, a guest network to open,
//! a screen to mount higher.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_359: &[Case] = &[
    case(
        "request",
        "a room to equip for next year",
        "From: claire.dubois@ac-lyon.example\nSubject: Salle de langues - rentrée 2027",
        "Bonjour,\nNous ouvrons une salle de langues à la rentrée prochaine. Il faudrait y prévoir \
         quinze postes avec casques et un vidéoprojecteur.\nUrgence : basse\nClaire Dubois",
        NewRequest,
        Some(Bas),
        None,
    ),
    case(
        "request",
        "licences to add",
        "From: paul.henry@ac-lille.example\nSubject: Licences Pix+ supplémentaires",
        "Bonjour,\nAvec l'arrivée de deux classes de plus, nos 60 licences ne couvrent plus tous \
         les élèves : pourrait-on en obtenir 30 de plus ?\nP. Henry\nUAI 0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a printer to move",
        "From: sandrine.morel@ac-paris.example\nSubject: Déménagement imprimante",
        "Bonjour,\nLa vie scolaire change de bureau pendant les vacances : merci de faire déplacer \
         leur imprimante réseau du rez-de-chaussée au premier étage (bureau 112).\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an access point for a new room",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi dans le nouveau préfabriqué",
        "Bonjour,\nLe préfabriqué installé dans la cour sera utilisé comme salle de cours dès \
         janvier. Il n'a aucune couverture wifi ; une borne y serait nécessaire.\nPriorité : \
         moyenne\nA. Leroux",
        NewRequest,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "a guest network to open",
        "From: j.martin@ac-aix.example\nSubject: Accès internet pour les intervenants extérieurs",
        "Bonjour,\nLes intervenants extérieurs (théâtre, orientation) n'ont aucun moyen de se \
         connecter. Serait-il possible d'ouvrir un réseau invité, limité à internet ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a screen to mount higher",
        "From: marc.petit@ac-lyon.example\nSubject: Écran du hall",
        "Bonjour,\nL'écran d'information du hall est fixé trop bas : les élèves le masquent dès \
         qu'ils attendent. Nous voudrions le faire remonter d'un mètre environ.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
