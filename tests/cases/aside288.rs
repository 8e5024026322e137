//! The two-hundred-and-eighty-eighth aside part: written after the hundred-and-sixty-seventh
//! round, before any change, on lures and mass mail: a streaming subscription suspended, a
//! conference invitation with its list headers, an English search-ranking offer, an extortion
//! threat, a report-like text from an outsider that the upstream filter flagged.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_288: &[Case] = &[
    case(
        "spam",
        "a streaming subscription suspended",
        "From: Service Client <noreply@stream-abonnement-fr.example>\nSubject: Votre abonnement est suspendu\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Nous n'avons pas pu valider votre dernier paiement. Votre abonnement est \
         suspendu.</p><p><a href=\"http://stream-abonnement-fr.example/paiement\">Mettre à jour \
         mes informations de paiement</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "bulk",
        "a conference invitation with its list headers",
        "From: Salon Éducatec <invitations@salon-educ-numerique.example>\nSubject: Invitation : salon du numérique éducatif, 20 janvier\nList-Unsubscribe: <https://salon-educ-numerique.example/unsub?u=4411>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Madame, Monsieur,\nNous avons le plaisir de vous inviter au salon du numérique éducatif le \
         20 janvier. Inscription gratuite en ligne.",
        Bulk,
        None,
        None,
    ),
    case(
        "spam",
        "an English search-ranking offer",
        "From: Daniel Brooks <daniel@top-rank-seo.example>\nSubject: Quick question about region.example",
        "Hi,\nI noticed your website is not ranking on the first page of Google. We can fix that \
         within 30 days, guaranteed. Can I send you a free audit?\nDaniel",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an extortion threat",
        "From: cesame@region.example\nSubject: Votre compte a été piraté\nReceived: from [185.220.101.7] by mx.region.example",
        "J'ai piraté votre appareil et j'ai accès à toutes vos données. Envoyez 1200 € en bitcoins \
         à l'adresse ci-dessous sous 48 heures, sinon je publierai tout.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a report-like text the upstream filter flagged",
        "From: support-tech <support@assistance-pc-rapide.example>\nSubject: Panne imprimante\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=8.9 required=5.0",
        "Bonjour,\nVotre imprimante est en panne ? Nos techniciens interviennent en 24 h partout en \
         France. Appelez le 08 99 00 00 00.",
        Spam,
        None,
        None,
    ),
];
