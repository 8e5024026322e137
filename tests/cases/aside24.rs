//! The twenty-fourth aside part: written after the twenty-first round and never tuned on.
//! Heavy on outsiders (phishing dressed as the academy, the region or a supplier; verdicts in
//! other filters' headers; links only in the HTML) and on urgency in unusual places.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_24: &[Case] = &[
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "the academy's look-alike", "From: dane@ac-versailles-securite.example\nSubject: Renouvellement de vos identifiants académiques",
        "Madame, Monsieur,\nVos identifiants académiques expirent le 15 décembre. Merci de les renouveler sur le portail sécurisé : http://ac-versailles-securite.example/portail", Spam, None, None),
    case("spam", "the region's look-alike", "From: numerique@region-dotation.example\nSubject: Dotation de tablettes 2027",
        "Bonjour,\nVotre établissement est éligible à une dotation gratuite de 30 tablettes. Pour la confirmer, renseignez vos coordonnées bancaires afin de régler les frais de port.", Spam, None, None),
    case("spam", "a supplier's changed bank", "From: comptabilite@fournisseur-info.example\nSubject: Changement de coordonnées bancaires",
        "Bonjour,\nSuite à un changement de banque, merci d'utiliser désormais le RIB ci-joint pour tous vos règlements.", Spam, None, None),
    case("spam", "Rspamd's verdict", "From: promo@mega-deals.example\nSubject: Offre exclusive\nX-Spamd-Result: default: True [15.20 / 15.00]\nX-Spam: Yes",
        "Bonjour,\nDécouvrez nos offres exclusives.", Spam, None, None),
    case("spam", "a score header only", "From: news@random-shop.example\nSubject: Nouveautés\nX-Spam-Score: 9.8\nX-Spam-Level: *********",
        "Bonjour,\nNos nouveautés de la semaine sont en ligne.", Spam, None, None),
    case("spam", "HTML-only with a button", "From: contact@webinaire-edu.example\nSubject: Webinaire\nContent-Type: text/html; charset=utf-8",
        "<p>Le numérique éducatif de demain : inscrivez-vous à notre webinaire.</p><p><a href=\"http://webinaire-edu.example/inscription\">Je m'inscris</a></p>", Spam, None, None),
    case("spam", "English HTML phishing", "From: no-reply@sharepoint-files.example\nSubject: New document shared with you\nContent-Type: text/html; charset=utf-8",
        "<p>A document has been shared with you.</p><p><a href=\"http://sharepoint-files.example/login?next=doc\">Open document</a></p>", Spam, None, None),
    case("spam", "a gift card errand", "From: proviseur.ampere@mail-pro.example\nSubject: Petite mission",
        "Bonjour, j'ai besoin que vous achetiez des cartes cadeaux pour le personnel, c'est une surprise, restez discret. Répondez-moi vite.", Spam, None, None),
    case("spam", "a mayor's office about a school", "From: secretariat@mairie-aix.example\nSubject: Collège Mistral",
        "Bonjour,\nLes agents de la mairie signalent que le portail du collège Mistral ne s'ouvre plus avec le digicode.", Unauthorised, None, None),
    // --- urgency ------------------------------------------------------------------------------------
    case("urgency", "a ranking in the body", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante",
        "Bonjour,\nL'imprimante de l'accueil ne marche plus.\nPriorité 1", NewIncident, Some(TresHaut), None),
    case("urgency", "the English word alone", "From: sandrine.morel@ac-paris.example\nSubject: Urgent: projector",
        "Hi, the projector of room 3 is broken.", NewIncident, Some(TresHaut), None),
    case("urgency", "very low", "From: paul.henry@ac-lille.example\nSubject: Étiquette",
        "Bonjour,\nL'étiquette du poste 4 est effacée. Urgence : très basse", NewIncident, Some(Bas), None),
    case("urgency", "a level in a signature's form", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran salle 6",
        "Bonjour,\nL'écran de la salle 6 a une ligne verticale.\n\n[ ] Urgence basse\n[x] Urgence moyenne\n[ ] Urgence très haute", NewIncident, Some(Moyen), None),
    case("urgency", "important, not urgent", "From: marc.petit@ac-lyon.example\nSubject: Sauvegardes",
        "Bonjour,\nLes sauvegardes du serveur échouent depuis une semaine. C'est important mais pas urgent.", NewIncident, Some(Bas), None),
    // --- a few reports --------------------------------------------------------------------------
    case("request", "an urgent need", "From: claire.dubois@ac-lyon.example\nSubject: URGENT - postes pour les examens",
        "Bonjour,\nIl nous faut 10 postes supplémentaires pour les épreuves du 15 janvier.", NewRequest, Some(TresHaut), None),
    case("request", "a plain incident", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 15",
        "Bonjour,\nLe vidéoprojecteur de la salle 15 affiche « lampe à remplacer ».", NewIncident, None, None),
    case("intent", "a closure with urgency words in thanks", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002401] Urgent: projector",
        "Fixed this morning, thanks for the urgent help!", ClosureConfirmation, None, None),
];
