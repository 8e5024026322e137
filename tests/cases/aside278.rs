//! The two-hundred-and-seventy-eighth aside part: written after the hundred-and-sixty-fifth
//! round, before any change, on outsiders and mass mail: a parent about the school's wifi, a
//! teacher from a personal address, a reseller's pitch without list headers, the rectorat's
//! circular sent in bulk, a fake e-signature request, a school's generic mailbox (its code in
//! the address only: none written).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_278: &[Case] = &[
    case(
        "unauthorised",
        "a parent about the school's wifi",
        "From: Karim Benali <karim.benali@fournisseur-mail.example>\nSubject: Wifi du collège Mistral",
        "Bonjour,\nMon fils me dit que le wifi du CDI du collège Mistral ne marche plus depuis une \
         semaine. Pouvez-vous faire quelque chose ?\nK. Benali, parent d'élève",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a teacher from a personal address",
        "From: julien.roux75@fournisseur-mail.example\nSubject: Vidéoprojecteur salle 7 - lycée Voltaire",
        "Bonjour,\nJe suis professeur au lycée Voltaire (0751043B) : le vidéoprojecteur de ma salle \
         n'affiche plus rien.\nJulien Roux",
        Unauthorised,
        None,
        Some("0751043B"),
    ),
    case(
        "spam",
        "a reseller's pitch without list headers",
        "From: Mathilde Garnier <m.garnier@solutions-numeriques-ecoles.example>\nSubject: Vos tableaux interactifs arrivent en fin de vie ?",
        "Bonjour,\nNos écrans interactifs 75 pouces sont disponibles à un tarif spécial \
         collectivités jusqu'à fin décembre. Je peux vous proposer une démonstration gratuite dans \
         votre établissement.\nMathilde Garnier, chargée d'affaires",
        Spam,
        None,
        None,
    ),
    case(
        "bulk",
        "the rectorat's circular sent in bulk",
        "From: DANE Académie de Lyon <dane@ac-lyon.example>\nSubject: Circulaire : campagne d'équipement 2027\nPrecedence: bulk\nList-Id: <chefs-etablissement.ac-lyon.example>",
        "Mesdames et Messieurs les chefs d'établissement,\nLa campagne d'équipement numérique 2027 \
         est ouverte jusqu'au 15 janvier. Les demandes se font sur la plateforme habituelle.",
        Bulk,
        None,
        None,
    ),
    case(
        "spam",
        "a fake e-signature request",
        "From: DocuSign <dse@docusign-envelope-notice.example>\nSubject: Document à signer : Avenant contrat maintenance 2027\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Région vous a envoyé un document à vérifier et signer.</p><p><a \
         href=\"http://docusign-envelope-notice.example/sign?id=88\">CONSULTER LE DOCUMENT</a></p>\
         </body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a school's generic mailbox",
        "From: ce.0595012C@ac-lille.example\nSubject: Téléphone de la loge",
        "Bonjour,\nLe téléphone de la loge n'a plus de tonalité.\nLe secrétariat",
        Unauthorised,
        None,
        None,
    ),
];
