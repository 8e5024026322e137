//! The two-hundred-and-fifty-eighth aside part: written after the hundred-and-sixty-first
//! round, before any change, on upstream verdicts and their absence: a real report a filter
//! scored low, a lure a filter let through with "X-Spam-Flag: NO", Rspamd's "add header"
//! action on a fake invoice, a Barracuda score on a fake delivery, a real need carrying a
//! filter's "X-Spam-Status: No".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_258: &[Case] = &[
    case(
        "request",
        "a real report scored low",
        "From: claire.dubois@ac-lyon.example\nSubject: Imprimante salle 6\nX-Spam-Status: No, score=1.2 required=5.0\nX-Spam-Score: 1.2",
        "Bonjour,\nL'imprimante de la salle 6 affiche « erreur 49 » et redémarre sans cesse.\n\
         Claire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "spam",
        "a lure let through",
        "From: Service Paie <paie@rh-education-portail.example>\nSubject: Votre bulletin de salaire de décembre est disponible\nX-Spam-Flag: NO",
        "Bonjour,\nVotre bulletin de décembre est disponible. Connectez-vous avec vos identifiants \
         académiques pour le consulter : https://rh-education-portail.example/bulletin",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "Rspamd's add header action",
        "From: Factures <factures@pay-services-fr.example>\nSubject: Facture n°2026-8841 en attente\nX-Rspamd-Action: add header\nX-Rspamd-Score: 9.40",
        "Veuillez trouver ci-joint votre facture. Règlement sous 48 h.",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a Barracuda score on a fake delivery",
        "From: Livraison Express <suivi@livraison-express-colis.example>\nSubject: Échec de livraison de votre colis\nX-Barracuda-Spam-Score: 7.85\nX-Barracuda-Spam-Status: Yes, SCORE=7.85 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=9.0",
        "Nous n'avons pas pu livrer votre colis. Reprogrammez la livraison ici : \
         http://livraison-express-colis.example/rdv",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "a real need with a filter's No",
        "From: j.martin@ac-aix.example\nSubject: Visualiseur pour la salle 2\nX-Spam-Status: No, score=-0.1 required=5.0",
        "Bonjour,\nLes professeurs de sciences souhaiteraient un visualiseur pour la salle 2.\nJ. \
         Martin",
        NewRequest,
        None,
        None,
    ),
];
