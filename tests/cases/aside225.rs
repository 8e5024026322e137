//! The two-hundred-and-twenty-fifth aside part: written after the hundred-and-fifty-fifth
//! round, before any change, on phishing in the desk's own dress and outsiders: a fake desk
//! asking to confirm a ticket by logging in, a fake contractor's invoice naming a work order,
//! a fake academy survey with a prize, a school's neighbour asking for the wifi code, a
//! journalist asking about a breakdown.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_225: &[Case] = &[
    case(
        "spam",
        "a fake desk asking to log in",
        "From: CESAME Assistance <cesame-support@region-assistance.example>\nSubject: [CESAME] Action requise : confirmez votre ticket\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Votre ticket sera clôturé sans réponse de votre part. \
         Connectez-vous pour le confirmer : <a href=\"https://region-assistance.example/cesame/login\">\
         espace CESAME</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake contractor's invoice",
        "From: Maintenance Scolaire <facturation@maintenance-scolaire-paiement.example>\nSubject: Facture OT-2026-022502 impayée",
        "Bonjour,\nLa facture de l'intervention OT-2026-022502 reste impayée. Merci de régler \
         412,80 € par virement sur notre nouveau compte : IBAN FR76 1111 2222 3333 4444 5555 666.\n\
         Service facturation",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake academy survey with a prize",
        "From: Enquête numérique <enquete@academie-sondage.example>\nSubject: Enquête sur le numérique éducatif - un iPad à gagner",
        "Répondez à notre enquête de cinq minutes sur le numérique dans votre établissement et \
         tentez de gagner un iPad : https://academie-sondage.example/enquete",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a neighbour asking for the wifi code",
        "From: voisin.du.lycee@mail.example\nSubject: Code wifi",
        "Bonjour,\nJ'habite en face du lycée et je capte votre wifi. Pourriez-vous me donner le mot \
         de passe ?\nMerci",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a journalist asking about a breakdown",
        "From: redaction@journal-local.example\nSubject: Panne informatique au lycée Ampère",
        "Bonjour,\nNous préparons un article sur la panne informatique qui a touché le lycée Ampère \
         la semaine dernière. Pourriez-vous nous indiquer sa cause et sa durée ?\nLa rédaction",
        Unauthorised,
        None,
        None,
    ),
];
