//! The hundred-and-thirty-fourth aside part: written after the hundred-and-twenty-second round,
//! before any change, on phishing that borrows the school's and the desk's own words: a false
//! "ticket clôturé" with a survey link, an academic password to "revalider", an ENT quota, a
//! false rectorat's note, a false work order with an invoice, a parcel for the lycée, a false
//! correspondant on a free mail domain; beside a real school mail that speaks of phishing.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_134: &[Case] = &[
    case(
        "spam",
        "a false closed ticket with a survey",
        "From: CESAME Support <support@cesame-assistance.example>\nSubject: Votre ticket #48213 a été clôturé\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Votre ticket <b>#48213</b> a été clôturé. Pour éviter sa suppression \
         définitive, merci de confirmer votre identité sous 24 heures :</p><p><a \
         href=\"http://cesame-assistance.example/login\">Confirmer mon compte</a></p>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an academic password to revalidate",
        "From: DSI Académie <dsi-academie@securite-mail.example>\nSubject: URGENT : revalidation de votre mot de passe académique",
        "Cher(e) collègue,\nVotre mot de passe académique expire aujourd'hui. Pour conserver \
         l'accès à votre messagerie, revalidez-le immédiatement via le lien suivant : \
         http://securite-mail.example/academie\nLa DSI",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an ENT quota",
        "From: ENT <notification@ent-stockage.example>\nSubject: Votre espace ENT est saturé",
        "Bonjour,\nVotre espace de stockage ENT est plein à 100 %. Vos documents seront \
         supprimés sous 48 h si vous n'augmentez pas votre quota : \
         https://ent-stockage.example/quota",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a false rectorat's note",
        "From: Rectorat <rectorat.note@gmail.example>\nSubject: Note de service confidentielle",
        "Madame, Monsieur,\nVeuillez prendre connaissance de la note de service confidentielle \
         jointe en cliquant sur le lien ci-dessous. Ce document ne doit pas être diffusé.\n\
         https://partage-documents.example/note",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a false work order with an invoice",
        "From: Maintenance Scolaire <facturation@maintenance-scolaire-fr.example>\nSubject: Ordre de travail 2026-4471 - facture à régler",
        "Bonjour,\nSuite à notre intervention, la facture de l'ordre de travail 2026-4471 est \
         disponible. Merci de procéder au virement sur notre nouveau RIB ci-joint avant vendredi.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a parcel for the lycée",
        "From: Colissimo <suivi@colis-livraison.example>\nSubject: Votre colis n'a pas pu être livré",
        "Bonjour,\nUn colis à destination du lycée n'a pas pu être livré faute d'affranchissement \
         suffisant. Réglez 1,99 € pour reprogrammer la livraison : https://colis-livraison.example",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a false correspondant on a free mail domain",
        "From: Claire Dubois <claire.dubois.lycee@gmail.example>\nSubject: Changement de coordonnées",
        "Bonjour,\nJ'utilise désormais cette adresse personnelle. Merci de mettre à jour votre \
         annuaire et de m'envoyer la liste des accès administrateur du lycée.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "gift cards for the staff",
        "From: Le Proviseur <proviseur.voltaire@outlook.example>\nSubject: Demande rapide",
        "Bonjour,\nJ'ai besoin de cartes cadeaux pour récompenser le personnel. Pouvez-vous en \
         acheter cinq de 100 € aujourd'hui et m'envoyer les codes ? Je vous rembourserai.",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "a school reports a phishing wave",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Vague de phishing au collège",
        "Bonjour,\nPlusieurs enseignants ont reçu ce matin un faux mail « revalidation du mot de \
         passe académique » et deux ont saisi leurs identifiants. Leurs comptes envoient \
         maintenant des messages en masse.\nUAI 0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a school asks for an anti-phishing filter",
        "From: paul.henry@ac-lille.example\nSubject: Filtrage des mails frauduleux",
        "Bonjour,\nNous recevons de plus en plus de mails frauduleux. Serait-il possible de \
         mettre en place un filtrage renforcé sur les boîtes du lycée ?\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
];
