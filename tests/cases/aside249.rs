//! The two-hundred-and-forty-ninth aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on lures in French and English: an account to deactivate, a tax
//! refund, an electronic signature to complete, a voicemail waiting, a fake school supplier's
//! new bank details, a scareware "virus détecté".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_249: &[Case] = &[
    case(
        "spam",
        "an account to deactivate",
        "From: Messagerie Académique <admin@messagerie-ac-securite.example>\nSubject: Votre compte sera désactivé sous 48 heures",
        "Cher utilisateur,\nNous avons détecté une activité inhabituelle. Votre compte sera \
         désactivé sous 48 heures si vous ne confirmez pas vos identifiants : \
         http://messagerie-ac-securite.example/confirmer",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a tax refund",
        "From: Impots.gouv <remboursement@impots-remboursement.example>\nSubject: Avis de remboursement",
        "Après le calcul de votre dernière déclaration, vous bénéficiez d'un remboursement de \
         287,40 €. Remplissez le formulaire pour le recevoir : https://impots-remboursement.example",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an electronic signature to complete",
        "From: DocuSign <dse@docusign-notif.example>\nSubject: Veuillez signer : Avenant contrat maintenance 2027\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Le service achats vous a envoyé un document à examiner et signer.</p><p>\
         <a href=\"https://docusign-notif.example/review\">EXAMINER LE DOCUMENT</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a voicemail waiting",
        "From: Messagerie vocale <voicemail@pbx-cloud-notify.example>\nSubject: Nouveau message vocal (0:42) de +33 4 78 00 00 00",
        "Vous avez reçu un nouveau message vocal. Écoutez-le en ligne : \
         http://pbx-cloud-notify.example/ecouter?id=5521",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a supplier's new bank details",
        "From: Comptabilité Edu-Fournitures <compta@edu-fournitures-fr.example>\nSubject: Changement de RIB",
        "Madame, Monsieur,\nSuite à un changement de banque, merci de mettre à jour nos \
         coordonnées pour les prochains règlements. Le nouveau RIB est joint.\nService comptable",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a scareware alert",
        "From: Antivirus Protection <alert@pc-protect-secure.example>\nSubject: ⚠ Virus détecté sur votre ordinateur",
        "ALERTE : 3 virus ont été détectés sur votre poste. Votre licence a expiré. Renouvelez-la \
         immédiatement pour protéger vos données : http://pc-protect-secure.example/renouveler",
        Spam,
        None,
        None,
    ),
];
