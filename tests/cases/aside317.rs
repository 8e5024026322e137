//! The three-hundred-and-seventeenth aside part: written after the hundred-and-seventy-second
//! round, before any change, on lures: an ENT account to be disabled, a rectorat's name over a
//! foreign address asking for a transfer, an English parcel carrier, an invoice link under an
//! academic display name, a prize won.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_317: &[Case] = &[
    case(
        "spam",
        "an ENT account to be disabled",
        "From: ENT Hauts-de-France <support@ent-compte-verification.example>\nSubject: Votre compte ENT sera désactivé sous 24 h\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Suite à une mise à jour de sécurité, votre compte ENT sera désactivé sous \
         24 heures.</p><p><a href=\"http://ent-compte-verification.example/valider\">Valider mon \
         compte</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a rectorat's name asking for a transfer",
        "From: Recteur de l'académie <recteur.academie@mail-prive.example>\nSubject: Demande confidentielle",
        "Bonjour,\nÊtes-vous disponible ? J'ai besoin que vous effectuiez un virement urgent et \
         confidentiel aujourd'hui. Merci de me répondre rapidement sur cette adresse.\nLe Recteur",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an English parcel carrier",
        "From: DHL Express <delivery@dhl-parcel-notice.example>\nSubject: Your parcel is on hold\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Your parcel could not be delivered due to unpaid customs fees (2.99 \
         EUR).</p><p><a href=\"http://dhl-parcel-notice.example/pay\">Pay now</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an invoice link under an academic display name",
        "From: \"Service financier ac-lyon\" <compta@factures-en-ligne-securise.example>\nSubject: Facture en attente de règlement\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Une facture est en attente de règlement pour votre établissement.</p><p><a \
         href=\"http://factures-en-ligne-securise.example/f/7731\">Consulter la facture \
         (PDF)</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a prize won",
        "From: Grand Jeu <gagnant@jeu-concours-national.example>\nSubject: Félicitations ! Vous avez gagné un ordinateur portable",
        "Félicitations ! Votre adresse a été tirée au sort : vous avez gagné un ordinateur \
         portable. Pour le recevoir, confirmez vos coordonnées et réglez les frais de port de \
         1,95 €.",
        Spam,
        None,
        None,
    ),
];
