//! The seventy-ninth aside part: written after the seventy-third round, before any change, on the
//! issue's classes this sitting had left aside — spam and phishing (a school-looking lure, a
//! supplier's account takeover, an upstream score below the bar, HTML links only, English),
//! mail from outside the directory, urgency in forms not yet seen, school codes in groups — in the
//! public corpus's style.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_79: &[Case] = &[
    // --- spam and phishing ----------------------------------------------------------------------
    case("spam", "a lure that names a school's places", "From: Service Informatique <support@lycee-maj.example>\nSubject: Mise à jour des postes de la salle informatique\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Pour que les postes de vos salles et du CDI continuent de recevoir les mises à jour, chaque enseignant doit valider son compte avant vendredi.</p><p><a href=\"https://lycee-maj.example/valider\">Valider mon compte</a></p>", Spam, None, None),
    case("spam", "a supplier's account taken over", "From: Compta Fournisseur <compta@fournitures-bureau.example>\nSubject: Changement de coordonnées bancaires",
        "Bonjour,\nSuite à un changement de banque, merci de régler nos prochaines factures sur le nouveau RIB joint. Merci de ne plus utiliser l'ancien compte. Cordialement, le service comptable.", Spam, None, None),
    case("spam", "English, a shared document", "From: OneDrive Share <no-reply@share-docs.example>\nSubject: A document has been shared with you\nContent-Type: text/html; charset=utf-8",
        "<p>Sandrine shared \"Devis 2027.pdf\" with you.</p><p><a href=\"https://share-docs.example/open\">Open</a></p><p>This link will expire in 24 hours.</p>", Spam, None, None),
    case("spam", "flagged upstream, French", "From: promo@cartouches-moins-cheres.example\nSubject: -70 % sur vos cartouches\nX-Spam-Flag: YES\nX-Spam-Score: 9.4",
        "Bonjour,\nProfitez de -70 % sur toutes les cartouches compatibles jusqu'à dimanche.", Spam, None, None),
    case("spam", "an urgent lure", "From: Sécurité Messagerie <securite@alerte-compte.example>\nSubject: URGENT : activité suspecte sur votre compte",
        "Une connexion inhabituelle a été détectée sur votre compte. Si ce n'était pas vous, sécurisez votre compte immédiatement : https://alerte-compte.example/securiser", Spam, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a deputy head not in the directory", "From: direction.adjointe@ac-lyon.example\nSubject: Vidéoprojecteur salle 6",
        "Bonjour,\nJe suis la nouvelle proviseure adjointe du lycée Ampère. Le vidéoprojecteur de la salle 6 ne s'allume plus. Pouvez-vous intervenir ?", Unauthorised, None, None),
    case("unauthorised", "a teacher from a gmail address", "From: prof.techno.mistral@gmail.example\nSubject: Imprimante 3D",
        "Bonjour, je suis professeur de technologie au collège Mistral, l'imprimante 3D du labo ne chauffe plus. Merci !", Unauthorised, None, None),
    case("bounce", "a delay notice", "From: postmaster@ac-aix.example\nSubject: Delivery Status Notification (Delay)\nContent-Type: text/plain; charset=utf-8",
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n     j.martin@ac-aix.example", Bounce, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "a level as a number out of four", "From: claire.dubois@ac-lyon.example\nSubject: Salle 6",
        "Bonjour,\nLe vidéoprojecteur de la salle 6 ne s'allume plus.\nNiveau d'urgence : 4/4", NewIncident, Some(TresHaut), None),
    case("urgency", "'prioritaire' in the subject", "From: j.martin@ac-aix.example\nSubject: Prioritaire - serveur du collège",
        "Bonjour,\nLe serveur du collège ne démarre plus, plus personne n'a accès à ses documents.", NewIncident, Some(TresHaut), None),
    case("urgency", "low, 'à votre convenance'", "From: sandrine.morel@ac-paris.example\nSubject: Souris salle 3",
        "Bonjour,\nDeux souris de la salle 3 ont une molette qui accroche. À traiter à votre convenance.", NewIncident, Some(Bas), None),
    case("urgency", "normal, from a form", "From: anne.leroux@ac-bordeaux.example\nSubject: Formulaire de signalement",
        "Établissement : Collège Montaigne\nMatériel : imprimante du secrétariat\nPriorité : normale\nDescription : bourrages fréquents.", NewIncident, Some(Moyen), None),
    case("urgency", "English, blocking", "From: paul.henry@ac-lille.example\nSubject: Server down",
        "Hi,\nThe school server is down and nobody can log in. This is blocking the whole school.", NewIncident, Some(TresHaut), None),
    // --- codes ----------------------------------------------------------------------------------
    case("uai", "a code in two groups", "From: tice@region.example\nSubject: Imprimante",
        "Bonjour,\nÉtablissement 0330 789D : l'imprimante du secrétariat bourre à chaque page.", NewIncident, None, Some("0330789D")),
    case("uai", "a code in the subject in brackets", "From: tice@region.example\nSubject: (0595012C) Serveur",
        "Bonjour,\nLe serveur ne démarre plus depuis ce matin.", NewIncident, None, Some("0595012C")),
    case("uai", "a code with a wrong letter and the name", "From: tice@region.example\nSubject: Serveur",
        "Bonjour,\nLycée Faidherbe (0595012D) : le serveur ne démarre plus.", NewIncident, None, None),
    case("uai", "a code after 'établissement n°'", "From: tice@region.example\nSubject: Souris",
        "Bonjour,\nÉtablissement n° 0330789D, salle 3 : deux souris ne fonctionnent plus.", NewIncident, None, Some("0330789D")),
];
