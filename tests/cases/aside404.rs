//! The four-hundred-and-fourth aside part: written after the hundred-and-eighty-sixth round,
//! before any change, on lures that mimic a ticketing tool (a fake "ticket closed, rate us"
//! with a login link, a fake invoice for an intervention) and a real satisfaction survey link
//! from the desk's region quoted by a school.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_404: &[Case] = &[
    case(
        "spam",
        "a fake rating request with a login",
        "From: Support <noreply@helpdesk-satisfaction-portal.example>\nSubject: Votre ticket a été fermé - donnez votre avis",
        "Bonjour,\nVotre ticket a été fermé. Pour donner votre avis, connectez-vous avec vos \
         identifiants de messagerie : http://helpdesk-satisfaction-portal.example/login\nÀ \
         défaut, votre compte sera désactivé sous 48 heures.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake invoice for an intervention",
        "From: Facturation Maintenance <facturation@maintenance-scolaire-express.example>\nSubject: Facture impayée - intervention du 12/11",
        "Madame, Monsieur,\nSauf erreur de notre part, la facture de l'intervention du 12/11 \
         (480 €) reste impayée. Merci de procéder au virement sous 48 heures sur notre nouveau \
         compte.\nService facturation",
        Spam,
        None,
        None,
    ),
];
