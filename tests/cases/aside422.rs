//! The four-hundred-and-twenty-second aside part: written after the hundred-and-ninetieth round,
//! before any change, on outsiders who write like a school (a teacher from a personal address,
//! a parent, a supplier with a delivery question) and one who is the suppléant on a new address.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_422: &[Case] = &[
    case(
        "spam",
        "a teacher from a personal address",
        "From: Julie Bernard <julie.bernard75@gmail.example>\nSubject: Vidéoprojecteur salle 14",
        "Bonjour,\nJe suis professeure au lycée Voltaire : le vidéoprojecteur de la salle 14 ne \
         s'allume plus depuis lundi.\nJulie Bernard",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a parent about the ENT",
        "From: famille.roux@orange.example\nSubject: Problème ENT",
        "Bonjour,\nMon fils n'arrive plus à se connecter à l'ENT du collège Mignet depuis la \
         rentrée. Pouvez-vous faire quelque chose ?\nMme Roux",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a supplier asks for a delivery slot",
        "From: livraisons@informatique-distribution.example\nSubject: Livraison commande 45821 - lycée Faidherbe",
        "Bonjour,\nNous devons livrer 30 postes au lycée Faidherbe la semaine prochaine. Pouvez-vous \
         nous indiquer un créneau et un contact sur place ?\nService livraisons",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a suppléant writing from a new address",
        "From: Marc Petit <marc.petit@lyon-ampere.example>\nSubject: Copieur de la vie scolaire",
        "Bonjour,\nLe copieur de la vie scolaire est en panne (code erreur E-210).\nMarc Petit, \
         lycée Ampère",
        Unauthorised,
        None,
        None,
    ),
];
