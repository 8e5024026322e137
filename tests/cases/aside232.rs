//! The two-hundred-and-thirty-second aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on spam and phishing once more: a fake ENT password expiry, a
//! parcel held at customs, an upstream filter's verdict on a plausible report, a fake
//! rectorat's "document partagé", a toner seller, an English crypto invoice.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_232: &[Case] = &[
    case(
        "spam",
        "a fake ENT password expiry",
        "From: ENT Région <securite@ent-region-connexion.example>\nSubject: Votre mot de passe ENT expire aujourd'hui",
        "Bonjour,\nVotre mot de passe ENT expire aujourd'hui. Pour conserver l'accès à vos \
         classes, validez-le sous 24 heures : https://ent-region-connexion.example/valider\n\
         L'équipe ENT",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a parcel held at customs",
        "From: Suivi Colis <notification@colis-suivi-fr.example>\nSubject: Votre colis est en attente",
        "Votre colis n° FR4482193 est retenu : des frais de 1,99 € restent à régler. Réglez-les \
         ici pour une livraison demain : http://colis-suivi-fr.example/payer",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an upstream verdict on a plausible report",
        "From: Service Informatique <support@lycee-informatique.example>\nSubject: Panne serveur - action requise\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.8 required=5.0",
        "Bonjour,\nLe serveur de votre établissement est en panne. Connectez-vous pour relancer le \
         service : http://lycee-informatique.example/relance",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake rectorat's shared document",
        "From: Rectorat <partage@rectorat-documents.example>\nSubject: Un document vous a été partagé\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Le rectorat a partagé avec vous le document « Notes de service décembre \
         2026.pdf ».</p><p><a href=\"https://rectorat-documents.example/ouvrir?id=88\">Ouvrir le \
         document</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a toner seller",
        "From: Toner Discount <ventes@toner-discount.example>\nSubject: -40 % sur vos cartouches jusqu'à vendredi",
        "Madame, Monsieur,\nÉtablissements scolaires : profitez de -40 % sur toutes les cartouches \
         compatibles jusqu'à vendredi. Livraison offerte dès 100 € HT.\nPour ne plus recevoir nos \
         offres, répondez STOP.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an English crypto invoice",
        "From: Billing <billing@secure-coinpay.example>\nSubject: Invoice #88412 - payment confirmed",
        "Your payment of 0.0412 BTC ($2,450.00) has been confirmed. If you did not authorise this \
         transaction, call our support immediately at +1 800 555 0199 to cancel.",
        Spam,
        None,
        None,
    ),
];
