//! The four-hundred-and-thirteenth aside part: written after the hundred-and-eighty-ninth
//! round, before any change, on lures in French that borrow a school's daily services (a full
//! mailbox, a parcel held, an ENT account to confirm, a payment for the canteen).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_413: &[Case] = &[
    case(
        "spam",
        "a full mailbox",
        "From: Administrateur Messagerie <admin@webmail-academie-securite.example>\nSubject: Votre boîte aux lettres a atteint 98 % de sa capacité",
        "Cher utilisateur,\nVotre boîte aux lettres a atteint 98 % de sa capacité. Les nouveaux \
         messages seront rejetés. Cliquez ici pour augmenter votre quota gratuitement : \
         http://webmail-academie-securite.example/quota\nL'équipe informatique",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a parcel held",
        "From: Service Livraison <suivi@colis-attente-fr.example>\nSubject: Votre colis n° FR4471 est en attente",
        "Bonjour,\nVotre colis n'a pas pu être livré à l'établissement faute de frais de port \
         (1,99 €). Réglez-les sous 24 h pour reprogrammer la livraison : \
         https://colis-attente-fr.example/payer",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an ENT account to confirm",
        "From: ENT Région <no-reply@ent-region-verification.example>\nSubject: Action requise : confirmez votre compte ENT",
        "Madame, Monsieur,\nSuite à la migration de l'ENT, votre compte sera suspendu si vous ne \
         le confirmez pas avant vendredi. Saisissez votre identifiant et votre mot de passe sur \
         la page suivante : http://ent-region-verification.example/confirmer",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a canteen payment refused",
        "From: Restauration scolaire <paiement@cantine-en-ligne-service.example>\nSubject: Échec de prélèvement - cantine",
        "Bonjour,\nLe prélèvement de la cantine de décembre a été refusé. Pour éviter la \
         suspension des repas, mettez à jour votre carte bancaire ici : \
         https://cantine-en-ligne-service.example/carte",
        Spam,
        None,
        None,
    ),
];
