//! The two-hundred-and-seventy-second aside part: written after the hundred-and-sixty-fourth
//! round, before any change, on lures and robots: a fake mailbox quota in French, a fake
//! invoice with an attachment named as a link, an upstream filter's score only, a "reply"
//! lure quoting a ticket number, a read receipt in French, a delayed delivery in English.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_272: &[Case] = &[
    case(
        "spam",
        "a fake mailbox quota in French",
        "From: Service Messagerie <admin@messagerie-quota-alerte.example>\nSubject: Votre boîte aux lettres est pleine à 98 %\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Cher utilisateur,</p><p>Votre boîte a atteint 98 % de son quota. Les \
         nouveaux messages seront rejetés sous 24 heures.</p><p><a \
         href=\"http://messagerie-quota-alerte.example/augmenter\">Augmenter mon quota \
         gratuitement</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake invoice with a link named as a file",
        "From: Comptabilité <factures@paiement-fournisseur.example>\nSubject: Facture impayée n° FA-88412 - relance urgente",
        "Bonjour,\nSauf erreur de notre part, la facture FA-88412 reste impayée. Merci de la \
         consulter ici : http://paiement-fournisseur.example/FA-88412.pdf.exe\nSans règlement \
         sous 48 h, votre dossier sera transmis au contentieux.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an upstream filter's score only",
        "From: Offres Pro <contact@materiel-ecole-promo.example>\nSubject: -40 % sur les tablettes pour votre établissement\nX-Spam-Score: 9.8\nX-Spam-Level: *********",
        "Bonjour,\nProfitez de notre offre exceptionnelle : -40 % sur les tablettes éducatives \
         jusqu'au 31 décembre. Répondez simplement à ce message pour recevoir le devis.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a lure quoting a ticket number",
        "From: Support CESAME <cesame-support@helpdesk-verif.example>\nSubject: RE: [CESAME #2026-027204] Votre ticket va être supprimé\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Votre ticket sera supprimé faute de confirmation. Confirmez votre \
         identité avec vos identifiants académiques :</p><p><a \
         href=\"http://helpdesk-verif.example/login\">Confirmer</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "intent",
        "a read receipt in French",
        "From: claire.dubois@ac-lyon.example\nSubject: Lu : [CESAME #2026-027205] Accusé de réception\nContent-Type: text/plain; charset=utf-8",
        "Votre message\n\n  À : claire.dubois@ac-lyon.example\n  Objet : [CESAME #2026-027205] \
         Accusé de réception\n  Envoyé : 07/12/2026 09:12\n\na été lu le 07/12/2026 09:40.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a delayed delivery in English",
        "From: Mail Delivery System <MAILER-DAEMON@mx.region.example>\nSubject: Delivery delayed: [CESAME #2026-027206] Ordre de travail\nAuto-Submitted: auto-replied",
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING \
         MESSAGE ONLY. YOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following \
         recipients has been delayed:\n\n     planning@maintenance-scolaire.example\n\nMessage \
         will be retried for 2 more day(s)",
        Bounce,
        None,
        None,
    ),
];
