//! The hundred-and-eighty-fourth aside part: written after the hundred-and-forty-seventh round,
//! before any change, on spam, outsiders and robots in forms not yet written: a password lure
//! whose link shows an academic address, a head teacher's fraud from a personal box, an unpaid
//! invoice with an archive, a wire transfer in English, a prize for the school, a score and
//! level from the filter; a parent, a closed mailbox that answers, a teachers' list.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_184: &[Case] = &[
    case(
        "spam",
        "a password lure showing an academic link",
        "From: Messagerie <no-reply@ac-lyon-securite.example>\nSubject: URGENT : votre mot de passe expire aujourd'hui\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Votre mot de passe académique expire aujourd'hui. Pour le \
         conserver, confirmez-le sur <a href=\"http://203.0.113.45/ac/login\">https://messagerie.ac-lyon.fr</a>.</p>\
         <p>Le service informatique</p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a head teacher's fraud from a personal box",
        "From: Proviseur <proviseur.lycee.ampere@gmail.example>\nSubject: Disponible ?",
        "Bonjour,\nÊtes-vous disponible ? J'ai besoin que vous vous occupiez d'un règlement \
         fournisseur urgent, en toute discrétion. Je suis en réunion, répondez-moi uniquement par \
         courriel.\nLe proviseur",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an unpaid invoice with an archive",
        "From: Comptabilité <compta@fournitures-bureau.example>\nSubject: Facture impayée n° 2026-4471 - relance",
        "Bonjour,\nSauf erreur de notre part, la facture ci-jointe reste impayée. Téléchargez-la \
         ici : https://fournitures-bureau.example/f/2026-4471.zip\nService comptabilité",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a wire transfer in English",
        "From: CFO Office <cfo.office@finance-global.example>\nSubject: Wire transfer request",
        "Hi,\nI need you to process a wire transfer of 9,850 EUR today for a confidential \
         acquisition. Reply with your direct line and I will send the banking details.\nRegards",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a prize for the school",
        "From: Concours Numérique <jeu@ecole-gagnante.example>\nSubject: Votre établissement a gagné 30 tablettes !",
        "Félicitations ! Votre établissement a été tiré au sort et remporte 30 tablettes. Pour \
         recevoir votre lot, complétez le formulaire avant dimanche : https://ecole-gagnante.example/lot",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a score and level from the filter",
        "From: Support <support@cloud-storage-alerts.example>\nSubject: Shared document waiting\nX-Spam-Score: 12.3\nX-Spam-Level: ************",
        "A document has been shared with you. Open it before it expires.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a parent",
        "From: famille.rousseau@mail.example\nSubject: ENT de mon fils",
        "Bonjour,\nMon fils, élève de 4e B, n'arrive plus à se connecter à l'ENT depuis la \
         semaine dernière. Pouvez-vous réinitialiser son mot de passe ?\nMme Rousseau",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a closed mailbox that answers",
        "From: cdi.college@ac-bordeaux.example\nSubject: Re: [CESAME #2026-018408] Intervention prévue : Scanner",
        "Cette adresse n'est plus consultée depuis le 1er septembre. Merci d'écrire désormais à \
         anne.leroux@ac-bordeaux.example.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a teachers' list",
        "From: Liste correspondants TICE <correspondants-tice@listes.ac-lyon.example>\nSubject: [correspondants-tice] Maintenance de l'ENT samedi\nList-Id: <correspondants-tice.listes.ac-lyon.example>\nPrecedence: list",
        "Bonjour à tous,\nL'ENT sera indisponible samedi de 8 h à 12 h pour maintenance.\nLa DANE",
        Bulk,
        None,
        None,
    ),
];
