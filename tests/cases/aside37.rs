//! The thirty-seventh aside part: written after the thirty-second round, heavy on spam and
//! phishing in French (HTML only, hidden links, urgent words that must not leak, lures that
//! speak of schools), beside the reports they imitate.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_37: &[Case] = &[
    case("spam", "an ENT password reset in HTML", "From: ENT Scolaire <no-reply@ent-scolaire-auth.example>\nSubject: URGENT : réinitialisation de votre mot de passe ENT\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Une demande de réinitialisation de votre mot de passe a été effectuée. Si vous n'êtes pas à l'origine de cette demande, <a href=\"https://ent-scolaire-auth.example/annuler\">annulez-la ici</a> immédiatement.</p>", Spam, None, None),
    case("spam", "a school supplier's fake bank change", "From: comptabilite@fournitures-scolaires-sa.example\nSubject: Changement de coordonnées bancaires",
        "Madame, Monsieur,\nNous vous informons du changement de nos coordonnées bancaires. Merci d'utiliser désormais le RIB ci-joint pour le règlement de nos prochaines factures.", Spam, None, None),
    case("spam", "a fake region grant for tablets", "From: Région Numérique <dotation@region-numerique-ecoles.example>\nSubject: Dotation tablettes 2027 - inscription avant vendredi",
        "Votre établissement peut bénéficier gratuitement de 30 tablettes. Pour valider l'inscription, connectez-vous avec vos identifiants académiques avant vendredi.", Spam, None, None),
    case("spam", "a voicemail with a hidden link", "From: Messagerie vocale <vocal@notif-standard.example>\nSubject: Nouveau message vocal (0:42)\nContent-Type: text/html; charset=utf-8",
        "<p>Vous avez reçu un nouveau message vocal de 04 78 12 34 56.</p><p><a href=\"https://notif-standard.example/ecouter?id=88\">Écouter</a></p>", Spam, None, None),
    case("spam", "a sextortion", "From: anonyme@protonmail-x.example\nSubject: Je connais votre mot de passe",
        "J'ai piraté votre appareil il y a plusieurs mois. Envoyez 1 500 € en bitcoin à l'adresse ci-dessous sous 48 heures, sinon les vidéos seront publiées.", Spam, None, None),
    case("spam", "printer cartridges at a discount", "From: info@encre-pas-cher.example\nSubject: Vos cartouches d'encre à -60 %",
        "Bonjour,\nVos imprimantes sont-elles équipées ? Profitez de -60 % sur toutes nos cartouches compatibles, livraison gratuite dès 49 €.", Spam, None, None),
    case("spam", "a fake desk closure notice", "From: Service CESAME <service@cesame-tickets-info.example>\nSubject: Votre ticket a été clôturé\nContent-Type: text/html; charset=utf-8",
        "<p>Votre ticket a été clôturé. Pour le rouvrir, <a href=\"https://cesame-tickets-info.example/rouvrir\">identifiez-vous</a> dans les 24 heures.</p>", Spam, None, None),
    case("spam", "English, a DocuSign lure", "From: DocuSign <dse@docusign-review.example>\nSubject: Please review and sign: Maintenance contract 2027",
        "Your document has been sent to you for signature. Review the document here: https://docusign-review.example/sign", Spam, None, None),
    case("spam", "a SEO offer to a school", "From: marketing@referencement-pro.example\nSubject: Le site de votre lycée en première page",
        "Bonjour,\nLe site internet de votre lycée n'apparaît pas sur la première page de Google. Nos experts peuvent améliorer sa visibilité dès ce mois-ci.", Spam, None, None),
    // --- the reports they imitate -------------------------------------------------------------------
    case("request", "a real ENT password problem", "From: paul.henry@ac-lille.example\nSubject: Mots de passe ENT",
        "Bonjour,\nDepuis la bascule de lundi, les élèves de seconde ne peuvent plus réinitialiser leur mot de passe ENT : le lien reçu par mail renvoie une erreur 404. Urgence moyenne.", NewIncident, Some(Moyen), None),
    case("request", "a real voicemail problem", "From: j.martin@ac-aix.example\nSubject: Messagerie vocale du standard",
        "Bonjour,\nLa messagerie vocale du standard ne conserve plus les messages : ils disparaissent au bout de quelques minutes.", NewIncident, None, None),
    case("request", "a real need for tablets", "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes pour l'ULIS",
        "Bonjour,\nLe dispositif ULIS aurait besoin de six tablettes avec des applications adaptées. Urgence : basse.", NewRequest, Some(Bas), None),
    case("request", "a real phishing report", "From: sandrine.morel@ac-paris.example\nSubject: Mail frauduleux reçu",
        "Bonjour,\nPlusieurs collègues ont reçu un faux mail de réinitialisation ENT et deux ont saisi leur mot de passe. Leurs comptes envoient maintenant des spams. Très urgent.", NewIncident, Some(TresHaut), None),
    case("intent", "a contact forwards a phish for analysis", "From: claire.dubois@ac-lyon.example\nSubject: TR: Votre boîte aux lettres est presque pleine",
        "Bonjour, est-ce un message frauduleux ? Plusieurs professeurs l'ont reçu.\n\n-------- Message transféré --------\nDe : webmail@ac-lyon-portail.example\nObjet : Votre boîte aux lettres est presque pleine\n\nVotre boîte a atteint 98 % de sa capacité, cliquez ici pour augmenter votre espace.", NewIncident, None, None),
    case("unauthorised", "a stranger's genuine question", "From: jean.morel@gmail.example\nSubject: Stage en informatique",
        "Bonjour,\nJe suis étudiant en BTS SIO et je cherche un stage dans le service informatique de la Région. À qui dois-je m'adresser ?", Unauthorised, None, None),
];
