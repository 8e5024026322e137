//! The hundred-and-forty-fourth aside part: written after the hundred-and-twenty-eighth round,
//! before any change, on phishing and spam in the forms French schools receive and earlier
//! parts did not write: the ENT's password, a procurement portal's invoice, a tax refund, the
//! training account, a chat's missed message, a QR code, new bank details, a domain's renewal,
//! extortion, a file shared, a vendor naming a school; beside a teacher and a parent who are
//! no contacts.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_144: &[Case] = &[
    case(
        "spam",
        "the ENT's password to renew",
        "From: ENT Auvergne-Rhône-Alpes <securite@ent-connexion.example>\nSubject: Action requise : votre mot de passe ENT expire aujourd'hui",
        "Bonjour,\nVotre mot de passe ENT arrive à expiration aujourd'hui. Pour conserver l'accès \
         à Pronote et à votre messagerie, renouvelez-le dès maintenant : \
         https://ent-connexion.example/renouveler\nSans action de votre part, votre compte sera \
         désactivé.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an invoice on the procurement portal",
        "From: Chorus Pro <notification@chorus-factures.example>\nSubject: Facture en attente de validation - FAC-2026-11873",
        "Madame, Monsieur,\nUne facture d'un montant de 4 860,00 € TTC est en attente de validation \
         par votre établissement. Consultez le document joint et validez le paiement avant \
         vendredi : https://chorus-factures.example/facture/11873",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a tax refund",
        "From: DGFiP <remboursement@impots-service.example>\nSubject: Avis de remboursement",
        "Bonjour,\nAprès un dernier calcul de votre taxe, vous êtes éligible à un remboursement \
         de 312,40 €. Veuillez compléter le formulaire avec vos coordonnées bancaires pour le \
         recevoir sous 5 jours.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "training rights that expire",
        "From: Mon Compte Formation <info@droits-formation.example>\nSubject: Vos droits CPF expirent le 31 décembre",
        "Bonjour,\nVous disposez de 1 850 € sur votre compte formation. Ces droits seront perdus \
         le 31 décembre si vous ne les utilisez pas. Réservez votre formation gratuite en un \
         clic.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a chat's missed message",
        "From: Microsoft Teams <noreply@teams-notification.example>\nSubject: Vous avez manqué un message de la Direction",
        "Vous avez un nouveau message de la Direction dans Teams.\n« Merci de valider le document \
         ci-joint avant ce soir »\nOuvrir dans Teams : https://teams-notification.example/msg/88",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a QR code to scan",
        "From: Service informatique <mfa@authentification-academie.example>\nSubject: Double authentification obligatoire",
        "Bonjour,\nLa double authentification devient obligatoire pour tous les personnels. Scannez \
         le QR code joint avec votre téléphone pour activer la protection de votre compte avant \
         le 10 décembre.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "new bank details from a supplier",
        "From: Comptabilité Bureau Plus <compta@bureau-plus-fournitures.example>\nSubject: Changement de coordonnées bancaires",
        "Bonjour,\nSuite à un changement de banque, merci de bien vouloir mettre à jour notre RIB \
         (ci-joint) pour le règlement de nos prochaines factures. Nous vous remercions de ne pas \
         utiliser l'ancien compte.\nService comptabilité",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a domain to renew",
        "From: Registre des domaines <renouvellement@domaines-france.example>\nSubject: Expiration de votre nom de domaine lycee-ampere.fr",
        "Avis final : le nom de domaine lycee-ampere.fr expire dans 3 jours. Renouvelez-le pour \
         49,90 € HT afin d'éviter la perte de votre site et de vos adresses de messagerie.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "extortion",
        "From: x7k2@mail-anonyme.example\nSubject: Votre appareil a été piraté",
        "J'ai pris le contrôle de votre appareil il y a plusieurs mois et j'ai enregistré vos \
         activités. Transférez 950 € en bitcoins à l'adresse ci-dessous sous 48 heures, ou je \
         transmets ces vidéos à tous vos contacts.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a file shared",
        "From: Intendance Lycée Ampère <partage@fichiers-transfert.example>\nSubject: Bons de commande 2027 partagés avec vous",
        "L'intendance vous a envoyé 3 fichiers (12 Mo) : Bons de commande 2027.xlsx\nTélécharger \
         les fichiers : https://fichiers-transfert.example/d/a81f\nLe lien expire dans 24 heures.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a vendor naming a school",
        "From: commercial@ecrans-numeriques.example\nSubject: Lycée Ampère (0691234S) : remplacez vos vidéoprojecteurs",
        "Bonjour,\nVos vidéoprojecteurs ont plus de huit ans ? Pour le Lycée Ampère, nous proposons \
         des écrans interactifs 75 pouces à -40 %, installation comprise. Offre valable jusqu'au \
         31 décembre, contactez-nous vite !",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a teacher writes directly",
        "From: m.girard@ac-lyon.example\nSubject: Vidéoprojecteur salle 12",
        "Bonjour,\nJe suis professeur de SVT au lycée Ampère : le vidéoprojecteur de la salle 12 \
         ne s'allume plus depuis ce matin. Pouvez-vous envoyer quelqu'un ?\nM. Girard",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a parent complains about marks",
        "From: parent.durand@free.example\nSubject: Pronote ne fonctionne pas",
        "Bonjour,\nDepuis une semaine, je ne vois plus les notes de ma fille sur Pronote. C'est \
         inadmissible, merci de faire le nécessaire.\nMme Durand",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a head's deputy from a personal box",
        "From: sandrine.morel.perso@gmail.example\nSubject: Standard téléphonique",
        "Bonjour,\nJe vous écris de ma boîte personnelle, la messagerie du lycée étant en panne : \
         le standard du lycée Voltaire ne répond plus depuis ce matin.\nSandrine Morel",
        Unauthorised,
        None,
        None,
    ),
];
