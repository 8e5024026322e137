//! The four-hundred-and-thirty-ninth aside part: written after the hundred-and-ninety-first
//! round, before any change, on mail sent to many (a publisher's newsletter, a list's digest,
//! a circular to every school) beside a salesman's single mail without a list's headers.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_439: &[Case] = &[
    case(
        "bulk",
        "a publisher's newsletter",
        "From: Éditions Numériques <lettre@editions-numeriques.example>\nSubject: Les nouveautés de décembre pour vos classes\nList-Unsubscribe: <https://editions-numeriques.example/desabo>\nPrecedence: bulk",
        "Découvrez nos nouveaux manuels numériques pour le cycle 4 et nos ressources pour la \
         classe inversée.\nPour ne plus recevoir cette lettre, cliquez ici.",
        Bulk,
        None,
        None,
    ),
    case(
        "bulk",
        "a list's digest",
        "From: Liste des RUPN <rupn-l@listes.region.example>\nSubject: Digest rupn-l, n° 118\nList-Id: <rupn-l.listes.region.example>\nPrecedence: list",
        "Sujets du jour :\n1. Mise à jour des tablettes (M. Simon)\n2. Re: Filtrage YouTube \
         (L. Caron)\n3. Imprimante bloquée après mise à jour (P. Roy)",
        Bulk,
        None,
        None,
    ),
    case(
        "bulk",
        "a circular to every school",
        "From: DANE <dane-info@region.example>\nSubject: Circulaire : calendrier des migrations ENT\nPrecedence: bulk\nList-Id: <etablissements.region.example>",
        "Mesdames et Messieurs les chefs d'établissement,\nVous trouverez ci-joint le calendrier \
         des migrations de l'ENT pour le second trimestre.\nLa DANE",
        Bulk,
        None,
        None,
    ),
    case(
        "spam",
        "a salesman's single mail",
        "From: Thomas Petit <t.petit@solutions-ecrans.example>\nSubject: Vos écrans interactifs",
        "Bonjour,\nJe me permets de vous contacter : nous équipons déjà plus de 200 lycées en \
         écrans interactifs. Seriez-vous disponible quinze minutes cette semaine pour en parler \
         ?\nThomas Petit, responsable commercial",
        Spam,
        None,
        None,
    ),
];
