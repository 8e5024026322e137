//! The three-hundred-and-ninety-seventh aside part: written after the hundred-and-eighty-sixth
//! round, before any change, on spam that borrows the region's or the academy's voice (a
//! "dotation" to claim, a survey with a login, a fake IT charter to sign).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_397: &[Case] = &[
    case(
        "spam",
        "a grant to claim",
        "From: Région - Service Numérique <dotation@region-numerique-education.example>\nSubject: Votre dotation informatique 2027",
        "Madame, Monsieur,\nVotre établissement est éligible à une dotation de 15 000 €. Pour en \
         bénéficier, connectez-vous avec vos identifiants académiques avant vendredi : \
         https://region-numerique-education.example/login\nLe service numérique",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a charter to sign",
        "From: DSI Académie <dsi@academie-charte-securite.example>\nSubject: Action requise : charte informatique",
        "Bonjour,\nTous les personnels doivent signer la nouvelle charte informatique sous 48 \
         heures, sans quoi leur compte sera suspendu. Cliquez ici pour signer.\nLa DSI",
        Spam,
        None,
        None,
    ),
];
