//! The two-hundred-and-sixty-fifth aside part: written after the hundred-and-sixty-second
//! round, before any change, on phishing in HTML whose links lie: a link's text naming the
//! academy and its address elsewhere, an image button only, a fake Microsoft sign-in in
//! English, a fake GLPI asking to log in, and one real school mail in HTML with a real link
//! (not phishing).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_265: &[Case] = &[
    case(
        "spam",
        "a link's text naming the academy",
        "From: Académie de Lyon <info@ac-lyon-informations.example>\nSubject: Mise à jour de vos informations\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Merci de mettre à jour vos informations personnelles avant le 15 \
         décembre :</p><p><a href=\"http://secure-update-portal.example/ac\">https://www.ac-lyon.fr/\
         mise-a-jour</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an image button only",
        "From: Colis Poste <notif@poste-colis-suivi.example>\nSubject: Votre colis vous attend\nContent-Type: text/html; charset=utf-8",
        "<html><body><a href=\"http://poste-colis-suivi.example/r\"><img src=\"http://poste-colis-suivi.example/btn.png\" \
         alt=\"Suivre mon colis\"></a></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake Microsoft sign-in",
        "From: Microsoft account team <no-reply@microsoft-acct-verify.example>\nSubject: Unusual sign-in activity\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>We detected something unusual about a recent sign-in to your account.</p>\
         <p><a href=\"https://microsoft-acct-verify.example/review\">Review recent activity</a></p>\
         </body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake GLPI asking to log in",
        "From: GLPI Support <glpi@glpi-helpdesk-login.example>\nSubject: [GLPI #0099812] Action requise sur votre ticket\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Votre ticket sera fermé. Connectez-vous pour le maintenir ouvert :</p><p>\
         <a href=\"https://glpi-helpdesk-login.example/front/login.php\">Se connecter</a></p></body>\
         </html>",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "a real school mail with a real link",
        "From: claire.dubois@ac-lyon.example\nSubject: Site du lycée inaccessible\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Le site du lycée <a href=\"https://lycee-ampere.example\">\
         lycee-ampere.example</a> affiche « erreur 503 » depuis ce matin.</p><p>Claire Dubois</p>\
         </body></html>",
        NewIncident,
        None,
        None,
    ),
];
