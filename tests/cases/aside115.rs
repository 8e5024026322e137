//! The hundred-and-fifteenth aside part: written after the hundred-and-fourth round, before any
//! change, on the verdicts upstream filters write in other ways than SpamAssassin's flag:
//! Microsoft 365's `X-Forefront-Antispam-Report` (`SFV:SPM`), Rspamd's `X-Spamd-Result` and
//! `X-Rspamd-Action`, Barracuda's and Mimecast's score headers, a subject rewritten
//! "***SPAM***"; with mails the same filters passed (`SFV:NSPM`, `X-Spam-Flag: NO`, a low score)
//! and a school's own report that a filter wrongly flagged.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_115: &[Case] = &[
    // --- verdicts -------------------------------------------------------------------------------
    case("spam", "Microsoft 365 says spam", "From: Offres Bureau <offres@fournitures-bureau.example>\nSubject: -40 % sur vos consommables\nX-Forefront-Antispam-Report: CIP:203.0.113.7;CTRY:FR;LANG:fr;SCL:5;SRV:;IPV:NLI;SFV:SPM;H:mail.fournitures-bureau.example;PTR:mail.fournitures-bureau.example;CAT:SPM;SFS:(13230040);DIR:INB;",
        "Bonjour,\nProfitez de -40 % sur toutes nos cartouches et tous nos toners jusqu'à dimanche.", Spam, None, None),
    case("spam", "Rspamd's result", "From: Gains Rapides <info@gains-rapides.example>\nSubject: Revenu complémentaire garanti\nX-Spamd-Result: default: True [14.20 / 15.00]; SUSPICIOUS_RECIPS(1.50)[]; RBL_SPAMHAUS_XBL(4.00)[203.0.113.9:from]",
        "Gagnez 500 € par semaine depuis chez vous, sans compétence particulière. Répondez OUI pour recevoir le guide.", Spam, None, None),
    case("spam", "Rspamd's action", "From: Colis Suivi <suivi@colis-attente.example>\nSubject: Votre colis est en attente\nX-Rspamd-Action: add header\nX-Rspamd-Score: 8.9",
        "Votre colis n'a pas pu être livré. Réglez 1,99 € de frais de réexpédition : https://colis-attente.example/payer", Spam, None, None),
    case("spam", "Rspamd's action alone", "From: Crypto Conseil <contact@crypto-conseil.example>\nSubject: Investissez pour votre établissement\nX-Rspamd-Action: rewrite subject",
        "Madame, Monsieur,\nFaites fructifier la trésorerie de votre établissement grâce à nos placements en cryptomonnaies.", Spam, None, None),
    case("spam", "Barracuda's verdict", "From: Promo Écrans <promo@ecrans-discount.example>\nSubject: Écrans interactifs en déstockage\nX-Barracuda-Spam-Score: 7.41\nX-Barracuda-Spam-Status: Yes, SCORE=7.41 using global scores of TAG_LEVEL=3.5 QUARANTINE_LEVEL=1000.0 KILL_LEVEL=8.0",
        "Derniers écrans interactifs 75 pouces en déstockage, livraison offerte aux établissements.", Spam, None, None),
    case("spam", "Mimecast's score", "From: Sécurité Compte <alerte@verif-compte-edu.example>\nSubject: Action requise sur votre compte\nX-Mimecast-Spam-Score: 12",
        "Votre compte sera suspendu dans 24 heures si vous ne confirmez pas vos informations : https://verif-compte-edu.example/confirmer", Spam, None, None),
    case("spam", "a subject rewritten", "From: Rencontres <hello@rencontres-locales.example>\nSubject: ***SPAM*** Quelqu'un pense à vous",
        "Quelqu'un de votre ville a consulté votre profil. Découvrez qui en cliquant ici.", Spam, None, None),
    // --- passed by the filters ------------------------------------------------------------------
    case("request", "Microsoft 365 passed it", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante de la salle 12\nX-Forefront-Antispam-Report: CIP:198.51.100.4;CTRY:FR;LANG:fr;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mx.ac-lyon.example;CAT:NONE;DIR:INB;",
        "Bonjour,\nL'imprimante de la salle 12 n'imprime plus rien depuis ce matin.", NewIncident, None, None),
    case("request", "SpamAssassin passed it", "From: j.martin@ac-aix.example\nSubject: Licences de traitement de texte\nX-Spam-Flag: NO\nX-Spam-Score: 1.2",
        "Bonjour,\nNous aurions besoin de dix licences supplémentaires pour le logiciel de traitement de texte en salle 4.", NewRequest, None, None),
    case("request", "a low Rspamd score", "From: anne.leroux@ac-bordeaux.example\nSubject: Réseau du bâtiment B\nX-Spamd-Result: default: False [2.10 / 15.00]\nX-Rspamd-Action: no action",
        "Bonjour,\nLe réseau du bâtiment B coupe toutes les dix minutes.", NewIncident, None, None),
    case("request", "a school flagged by mistake", "From: paul.henry@ac-lille.example\nSubject: URGENT - serveur en panne\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=5.4 required=5.0 tests=SUBJ_ALL_CAPS,URGENT_BIZ",
        "Bonjour,\nLe serveur administratif est en panne, plus personne ne peut travailler au secrétariat.", NewIncident, Some(TresHaut), None),
];
