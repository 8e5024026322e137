//! The three-hundred-and-thirty-fourth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on upstream filters' headers: Rspamd's "X-Spam: Yes" and its
//! result line on a fake invoice, SpamAssassin's "No" on a school's real report, a "Yes" on a
//! lure in English, a low score on a need.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_334: &[Case] = &[
    case(
        "spam",
        "Rspamd's verdict on a fake invoice",
        "From: Facturation <billing@facture-rapide-pro.example>\nSubject: Facture n° 2026-8841\nX-Spam: Yes\nX-Spamd-Result: default: True [16.40 / 15.00]",
        "Bonjour,\nVeuillez trouver votre facture n° 2026-8841 à régler sous 48 h : \
         http://facture-rapide-pro.example/dl/8841\nService facturation",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "SpamAssassin's No on a real report",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Ordinateur de la classe de CE2\nX-Spam-Flag: NO\nX-Spam-Status: No, score=0.4 required=5.0",
        "Bonjour,\nL'ordinateur de la classe de CE2 redémarre tout seul plusieurs fois par jour.\nA. \
         Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "spam",
        "a Yes on an English lure",
        "From: IT Helpdesk <helpdesk@it-mailbox-upgrade.example>\nSubject: Action required: mailbox upgrade\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=11.2 required=5.0",
        "Dear user,\nYour mailbox must be upgraded today. Click below to keep your emails: \
         http://it-mailbox-upgrade.example/upgrade\nIT Helpdesk",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "a low score on a need",
        "From: marc.petit@ac-lyon.example\nSubject: Logiciel de montage\nX-Spam-Score: 1.2\nX-Spam-Level: *",
        "Bonjour,\nLes élèves de l'option cinéma auraient besoin d'un logiciel de montage sur les \
         postes de la salle 21.\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
