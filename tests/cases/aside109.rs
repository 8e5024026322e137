//! The hundred-and-ninth aside part: written after the hundred-and-first round, before any
//! change, on the mail that is not a school's report: delivery failures in French and a delay,
//! a read receipt, out-of-office replies told in other words, a newsletter and a list's
//! message, platforms (GLPI, Remedy in French, RT) writing in their own ways, spam with
//! "URGENT" in its subject or dressed as the desk, outsiders (a parent, a head teacher who is
//! not the correspondant) and the contractor rescheduling or asking for details.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_109: &[Case] = &[
    // --- automatic mail -------------------------------------------------------------------------
    case("spam", "a failure from Exchange in French", "From: Microsoft Outlook <postmaster@ac-paris.example>\nSubject: Non remis : Imprimante salle 4",
        "Votre message n'a pas pu être remis à ancien.correspondant@ac-paris.example, car l'adresse est introuvable ou n'accepte pas les messages.\n\nDiagnostic pour les administrateurs :\nServeur distant : 550 5.1.10 RESOLVER.ADR.RecipientNotFound", Bounce, None, None),
    case("spam", "a delay notice", "From: Mail Delivery System <MAILER-DAEMON@mx.ac-lille.example>\nSubject: Delivery Status Notification (Delay)",
        "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\nDelivery to the following recipients has been delayed:\n\n     intendance@lycee-faidherbe.example\n\nThe server will keep trying for another 44 hours.", Bounce, None, None),
    case("spam", "a read receipt", "From: claire.dubois@ac-lyon.example\nSubject: Lu : [CESAME #2026-010901] Écran salle 3",
        "Votre message\n\n  À : Claire Dubois\n  Objet : [CESAME #2026-010901] Écran salle 3\n  Envoyé : 04/12/2026 10:12\n\na été lu le 04/12/2026 10:40.", AutoReply, None, None),
    case("spam", "an automatic reply in English", "From: anne.leroux@ac-bordeaux.example\nSubject: Automatic reply: [CESAME #2026-010902] Réseau du CDI",
        "Thank you for your message. I am currently away on a training course and will reply on my return on Monday.", AutoReply, None, None),
    case("spam", "a leave told at length", "From: sandrine.morel@ac-paris.example\nSubject: Absence : [CESAME #2026-010903] Serveur\nAuto-Submitted: auto-replied",
        "Bonjour,\nEn congé de maternité, je serai de retour le 2 mars. Mes dossiers informatiques sont suivis par le secrétariat de direction pendant mon absence.", AutoReply, None, None),
    case("spam", "an academic newsletter", "From: Délégation au numérique <lettre-numerique@ac-lyon.example>\nSubject: La lettre du numérique éducatif n° 42\nList-Id: <lettre-numerique.ac-lyon.example>\nList-Unsubscribe: <https://listes.ac-lyon.example/unsubscribe>",
        "Au sommaire de ce numéro : l'IA en classe, le nouveau portail des ressources, le calendrier des formations du second trimestre.", Bulk, None, None),
    case("spam", "a question on a list", "From: ref.numerique@college-x.example\nSubject: [ref-num] Quelqu'un a une solution pour les TBI qui se décalibrent ?\nList-Id: <ref-num.listes.region.example>\nPrecedence: list",
        "Bonjour à tous,\nNos TBI se décalibrent chaque semaine, est-ce que quelqu'un a trouvé une parade ?\nMerci !", Bulk, None, None),
    // --- platforms -----------------------------------------------------------------------------
    case("platform", "a GLPI follow-up", "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0004620] Nouveau suivi Écran salle 3\nAuto-Submitted: auto-generated\nMessage-ID: <GLPI_8a2c41-Ticket-4620/followup.1765012000.4711@glpi.departement33.example>",
        "URL : https://glpi.departement33.example/front/ticket.form.php?id=4620\n\nNouveau suivi\nAuteur : Technicien N2\nDescription : Écran remplacé, en attente de validation par l'établissement.\n\nStatut : En attente", PlatformUpdate, None, None),
    case("platform", "Remedy in French", "From: remedy-noreply@ac-bordeaux.example\nSubject: L'incident INC000000460021 a été résolu",
        "Identifiant de l'incident : INC000000460021\nRésumé : Réseau du CDI\nStatut : Résolu\nMotif : Aucune action supplémentaire requise\nGroupe affecté : Support réseau académique\nRéférence externe : 2026-010902", PlatformUpdate, None, None),
    case("platform", "RT resolves", "From: \"Support collèges via RT\" <rt@rt.departement59.example>\nSubject: [rt.departement59.example #4521] Résolu : Imprimante salle 4\nRT-Ticket: rt.departement59.example #4521\nManaged-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)\nPrecedence: bulk",
        "Selon nos informations, votre demande a été résolue. Si vous avez des questions ou des remarques, répondez à ce message.\n\nMerci,\nSupport collèges", PlatformUpdate, None, None),
    // --- spam -----------------------------------------------------------------------------------
    case("spam", "URGENT bank details", "From: Service Paie <paie@rh-etablissements.example>\nSubject: URGENT : mise à jour de vos coordonnées bancaires",
        "Bonjour,\nSuite à un changement de prestataire, merci de mettre à jour vos coordonnées bancaires avant vendredi via le formulaire ci-dessous, faute de quoi votre salaire ne pourra pas être versé : https://rh-etablissements.example/rib", Spam, None, None),
    case("spam", "dressed as the desk", "From: CESAME Support <cesame@region-support.example>\nSubject: Votre ticket a été clôturé\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Votre ticket a été clôturé. Pour consulter la réponse du technicien, confirmez votre identité :</p><p><a href=\"https://region-support.example/confirm\">Consulter mon ticket</a></p>", Spam, None, None),
    case("spam", "a prize in English", "From: Rewards Center <winner@global-rewards.example>\nSubject: Congratulations! You have been selected",
        "Dear winner,\nYour email address was selected in our annual draw. To claim your $1,000 gift card, reply with your full name and phone number.", Spam, None, None),
    case("spam", "a web ranking offer", "From: Agence Visibilité <contact@visibilite-web.example>\nSubject: Référencement du site de votre établissement",
        "Bonjour,\nVotre site n'apparaît pas en première page de Google. Notre agence vous garantit la première position en 30 jours. Puis-je vous appeler cette semaine ?", Spam, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a parent writes", "From: famille.bernard@orange.example\nSubject: Connexion ENT de mon fils",
        "Bonjour,\nJe suis parent d'élève au collège Mistral. Mon fils n'arrive pas à se connecter à l'ENT depuis une semaine. Pouvez-vous réinitialiser son mot de passe ?", Unauthorised, None, None),
    case("unauthorised", "a head teacher who is not the correspondant", "From: proviseur.0751043b@ac-paris.example\nSubject: Réseau administratif",
        "Bonjour,\nEn tant que proviseur du lycée Voltaire, je vous signale que le réseau administratif est très lent depuis lundi. Merci d'intervenir.", Unauthorised, None, None),
    // --- the contractor -------------------------------------------------------------------------
    case("contractor", "a visit put off", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-010905] Ordre de travail - Collège Mistral - Serveur",
        "Bonjour,\nNotre technicien ne pourra pas se rendre au collège demain en raison d'un mouvement social. Nous vous proposons mardi 15 décembre à 14 h.\nCordialement", ContractorUpdate, None, None),
    case("contractor", "details asked for", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-010906] Ordre de travail - Lycée Ampère - Copieur",
        "Bonjour,\nPourriez-vous nous communiquer le numéro de série du copieur et le nom d'un contact sur place ?\nMerci", ContractorUpdate, None, None),
];
