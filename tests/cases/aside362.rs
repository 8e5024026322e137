//! The three-hundred-and-sixty-second aside part: written after the hundred-and-eighty-first
//! round, before any change, on senders outside the directory: a French phishing whose only link
//! is a button, an English invoice, a supplier's newsletter that names a school, a teacher who
//! reports a fault, an assistant writing for the head, a holiday notice.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_362: &[Case] = &[
    case(
        "spam",
        "a phishing whose only link is a button",
        "From: Service Messagerie <support@messagerie-academique-securite.example>\nSubject: Dernier avertissement avant suspension\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Votre boîte de messagerie a atteint sa capacité maximale. \
         Sans validation sous 24 heures, vos messages entrants seront supprimés.</p><p><a \
         href=\"http://messagerie-academique-securite.example/valider\">VALIDER MA BOÎTE</a></p>\
         </body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an English invoice",
        "From: Accounts <billing@global-office-supplies.example>\nSubject: Invoice INV-20931 overdue",
        "Dear customer,\nYour invoice INV-20931 of 1,240.00 EUR is now overdue. Please arrange \
         payment today to avoid late fees.\nAccounts Receivable",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a supplier's newsletter naming a school",
        "From: EduMatériel <news@edumateriel.example>\nSubject: Collège Jean Moulin : équipez vos salles à prix réduit",
        "Bonjour,\nDécouvrez notre nouvelle gamme de tableaux interactifs pour les collèges : \
         -25 % jusqu'au 31 janvier, livraison offerte.\nPour ne plus recevoir nos offres, \
         cliquez ici.",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a teacher who reports a fault",
        "From: julie.roux@ac-lyon.example\nSubject: Vidéoprojecteur salle 12 en panne",
        "Bonjour,\nLe vidéoprojecteur de la salle 12 ne s'allume plus depuis lundi. Je suis \
         professeure de physique au lycée (UAI 0691234S).\nJulie Roux",
        Unauthorised,
        None,
        Some("0691234S"),
    ),
    case(
        "unauthorised",
        "an assistant writing for the head",
        "From: secretariat.direction@ac-aix.example\nSubject: Demande de la principale",
        "Bonjour,\nMme la principale souhaiterait qu'un deuxième écran soit installé dans son \
         bureau. Urgence : faible.\nLe secrétariat de direction",
        Unauthorised,
        Some(Bas),
        None,
    ),
    case(
        "auto-reply",
        "a holiday notice",
        "From: claire.dubois@ac-lyon.example\nSubject: Absente du 21/12 au 04/01\nAuto-Submitted: auto-replied",
        "Bonjour,\nJe suis absente pendant les vacances scolaires et lirai vos messages à mon \
         retour.\nClaire Dubois",
        AutoReply,
        None,
        None,
    ),
];
