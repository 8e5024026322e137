//! The three-hundred-and-forty-eighth aside part: written after the hundred-and-seventy-seventh
//! round, before any change, on lures and outsiders under a ticket's tag: an invoice link from a
//! stranger under the desk's tag, a fake closure from a lookalike domain, a colleague in copy
//! answering, a parent who got the acknowledgement forwarded.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_348: &[Case] = &[
    case(
        "spam",
        "an invoice link under the desk's tag",
        "From: Comptabilité <compta@reglement-facture-en-ligne.example>\nSubject: RE: [CESAME #2026-034801] Votre facture\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Suite à votre demande, veuillez régler la facture d'intervention \
         ci-dessous.</p><p><a href=\"http://reglement-facture-en-ligne.example/pay\">Régler la \
         facture</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake closure from a lookalike domain",
        "From: CESAME <cesame@region-support-tickets.example>\nSubject: [CESAME #2026-034802] Clôture de votre ticket\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Votre ticket va être clôturé. Pour le garder ouvert, identifiez-vous \
         :</p><p><a href=\"http://region-support-tickets.example/login\">Garder mon ticket \
         ouvert</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a colleague in copy answering",
        "From: luc.bertin@ac-paris.example\nSubject: RE: [CESAME #2026-034803] Ordinateur salle 9",
        "Bonjour,\nJe suis le professeur de la salle 9 : l'ordinateur fait toujours le même bruit.\n\
         L. Bertin",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a parent who got the acknowledgement",
        "From: famille.petit@fournisseur-mail.example\nSubject: TR: [CESAME #2026-034804] Accusé de réception - ENT",
        "Bonjour,\nL'école m'a transféré votre message. Mon fils ne peut toujours pas se connecter à \
         l'ENT.\nMme Petit",
        Unauthorised,
        None,
        None,
    ),
];
