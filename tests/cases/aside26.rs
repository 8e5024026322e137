//! The twenty-sixth aside part: written after the twenty-second round, in new content and for
//! the first time with the machines and partners the corpus also shows (out-of-office notices,
//! read receipts, delivery failures, newsletters, ticketing platforms, contractors, strangers),
//! beside the classes in mail clients' clothes (HTML only, quoted-printable,
//! forwarded).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_26: &[Case] = &[
    // --- automatic replies ----------------------------------------------------------------------
    case("auto", "a Sieve vacation notice", "From: claire.dubois@ac-lyon.example\nSubject: Absence : [CESAME #2026-002601] Accusé de réception\nAuto-Submitted: auto-replied (vacation)\nIn-Reply-To: <ack-2026-002601@cesame.example>",
        "Je suis absente du 19 décembre au 4 janvier inclus. Pour toute demande urgente, merci de contacter M. Petit.", AutoReply, None, None),
    case("auto", "a notice with no header to say so", "From: j.martin@ac-aix.example\nSubject: Réponse automatique : Votre signalement",
        "Bonjour,\nJe suis actuellement en formation et ne consulterai pas mes messages avant lundi. En cas d'urgence, appelez le secrétariat au 04 91 00 00 00.", AutoReply, None, None),
    case("auto", "Outlook in English", "From: paul.henry@ac-lille.example\nSubject: Automatic reply: [CESAME #2026-002602] Work order\nX-Auto-Response-Suppress: All",
        "I am out of the office until 7 January with limited access to email.", AutoReply, None, None),
    case("auto", "a read receipt", "From: sandrine.morel@ac-paris.example\nSubject: Lu : [CESAME #2026-002603] Accusé de réception\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"rr\"",
        "--rr\nContent-Type: text/plain; charset=utf-8\n\nVotre message a été lu le vendredi 4 décembre 2026 à 10:12.\n--rr\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822;sandrine.morel@ac-paris.example\nDisposition: manual-action/MDN-sent-manually; displayed\n--rr--\n", AutoReply, None, None),
    case("auto", "a school office's own receipt", "From: anne.leroux@ac-bordeaux.example\nSubject: Accusé de réception automatique",
        "Ceci est un message automatique : votre courriel a bien été reçu par le secrétariat du collège Montaigne et sera traité dans les meilleurs délais. Merci de ne pas y répondre.", AutoReply, None, None),
    // --- delivery failures ------------------------------------------------------------------------
    case("bounce", "Exim, mailbox full", "From: Mail Delivery System <Mailer-Daemon@mx.ac-lyon.example>\nSubject: Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  claire.dubois@ac-lyon.example\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\nSubject: [CESAME #2026-002604] Accusé de réception\n\nVotre signalement a été enregistré. Urgence : très haut.", Bounce, None, None),
    case("bounce", "Exchange in French", "From: postmaster@ac-paris.example\nSubject: Non remis : [CESAME #2026-002605] Accusé de réception",
        "Impossible de remettre le message à ces destinataires ou groupes :\n\nsandrine.morel@ac-paris.example\nL'adresse de messagerie que vous avez entrée est introuvable.\n\nInformations de diagnostic pour les administrateurs :\nServeur de génération : mx1.ac-paris.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'", Bounce, None, None),
    case("bounce", "delayed, a real report", "From: MAILER-DAEMON@relay.region.example\nSubject: Delayed Mail (still being retried)\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"",
        "--dsn\nContent-Type: text/plain\n\nThis is the mail system at host relay.region.example.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\nYour message could not be delivered for 4 hours. It will be retried until it is 5 days old.\n--dsn\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; relay.region.example\n\nFinal-Recipient: rfc822; tech@maintelec.example\nAction: delayed\nStatus: 4.4.1\n--dsn--\n", Bounce, None, None),
    case("bounce", "a provider's address not found", "From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>\nSubject: Delivery Status Notification (Failure)",
        "Address not found\n\nYour message wasn't delivered to m.petit.perso@gmail.example because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.", Bounce, None, None),
    // --- lists and newsletters --------------------------------------------------------------------
    case("bulk", "the academy's digital letter", "From: lettre-numerique@ac-lyon.example\nSubject: La lettre du numérique éducatif - décembre\nList-Unsubscribe: <mailto:unsubscribe@ac-lyon.example>\nPrecedence: bulk",
        "Au sommaire : les incidents les plus fréquents signalés ce trimestre, comment qualifier l'urgence d'une panne, et le calendrier des migrations de l'ENT. Bonne lecture !", Bulk, None, None),
    case("bulk", "a list of ICT coordinators", "From: Liste des RUPN <rupn@listes.region.example>\nSubject: [rupn] Coupure réseau prévue samedi\nList-Id: <rupn.listes.region.example>\nPrecedence: list",
        "Bonjour à tous,\nUne coupure du réseau régional est prévue samedi de 8 h à 12 h pour maintenance. Aucune action de votre part n'est nécessaire.", Bulk, None, None),
    case("bulk", "a supplier's newsletter", "From: newsletter@edu-materiel.example\nSubject: Nos nouveautés pour la rentrée\nList-Unsubscribe: <https://edu-materiel.example/unsub?id=88>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Découvrez nos nouveaux écrans interactifs et profitez de -15 % jusqu'au 31 décembre. Urgent : stock limité !", Bulk, None, None),
    // --- ticketing platforms ----------------------------------------------------------------------
    case("platform", "a GLPI update", "From: glpi@departement69.example\nSubject: [GLPI #0004521] Mise à jour d'un ticket Imprimante salle 12\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN\nMessage-ID: <GLPI_5f1c2a-Ticket-4521/update.1764930000.123@glpi.departement69.example>",
        "URL : https://glpi.departement69.example/front/ticket.form.php?id=4521\n\nTicket : Description\n\nTitre : Imprimante salle 12\nDemandeurs : Claire Dubois\nDate d'ouverture : 2026-12-01 10:12\nStatut : En cours (Attribué)\nUrgence : Moyenne\nImpact : Moyen\nPriorité : Moyenne\n\nDescription : L'imprimante de la salle 12 ne sort plus rien. Lycée Ampère 0691234S.", PlatformUpdate, None, None),
    case("platform", "a Remedy notification in English", "From: remedy-noreply@ac-lille.example\nSubject: Incident INC000000452187 has been resolved",
        "Incident ID: INC000000452187\nSummary: Network outage building C\nStatus: Resolved\nStatus Reason: No Further Action Required\nAssigned Group: Academic Network Support\nExternal reference: 2026-002606\nPriority: High", PlatformUpdate, None, None),
    case("platform", "a Zammad reply", "From: Support DSI <support@zammad.departement33.example>\nSubject: [Ticket#31007] RE: Tableau blanc salle 4\nAuto-Submitted: auto-generated",
        "Ticket#31007 a été mis à jour par Karim B.\n\nÉtat : en attente de clôture\nPriorité : 2 normale\nGroupe : Support collèges\nPropriétaire : Karim B.\n\nLe technicien a remplacé le câble HDMI du tableau blanc.", PlatformUpdate, None, None),
    // --- contractors ------------------------------------------------------------------------------
    case("contractor", "a visit planned", "From: planning@maintelec.example\nSubject: RE: [CESAME #2026-002607] Ordre de travail OT-2026-002607 - Lycée Ampère",
        "Bonjour,\nIntervention planifiée le mardi 8 décembre à 9 h. Merci de prévenir l'accueil de notre passage.\nCordialement,\nL'équipe planning Maintelec", ContractorUpdate, None, None),
    case("contractor", "a quote to approve", "From: devis@reseaux-sud.example\nSubject: OT-2026-002608 : devis pour validation",
        "Bonjour,\nSuite au diagnostic, l'alimentation du commutateur doit être remplacée. Vous trouverez notre devis ci-joint ; merci de nous donner votre accord pour commander la pièce.", ContractorUpdate, None, None),
    case("contractor", "a technical closure replying to the order", "From: tech3@maintelec.example\nSubject: RE: Ordre de travail - Collège Mistral\nIn-Reply-To: <OT-2026-002609.1@cesame.example>",
        "Bonjour,\nTravaux terminés ce jour : borne wifi du CDI remplacée et testée. Bon de passage signé par le gestionnaire.", ContractorUpdate, None, None),
    // --- strangers --------------------------------------------------------------------------------
    case("unauthorised", "the school's office box", "From: ce.0691234s@ac-lyon.example\nSubject: Panne téléphone standard",
        "Bonjour,\nLe standard du lycée Ampère (0691234S) ne reçoit plus d'appels depuis ce matin. Très urgent.", Unauthorised, Some(TresHaut), Some("0691234S")),
    case("unauthorised", "a parent", "From: famille.nguyen@free.example\nSubject: ENT de mon fils",
        "Bonjour,\nMon fils, élève au collège Mistral, n'arrive pas à se connecter à l'ENT depuis deux semaines. Pouvez-vous l'aider ?", Unauthorised, None, None),
    case("unauthorised", "a correspondant from home", "From: Claire Dubois <claire.dubois62@laposte.example>\nSubject: Wifi du CDI",
        "Bonjour,\nJe vous écris de chez moi : le wifi du CDI du lycée Ampère (0691234S) ne fonctionne plus. Urgence : moyenne.", Unauthorised, Some(Moyen), Some("0691234S")),
    // --- reports in mail clients' clothes -------------------------------------------------------
    case("request", "an HTML-only fault", "From: paul.henry@ac-lille.example\nSubject: Badgeuse cantine\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>La badgeuse de la cantine <b>ne lit plus les cartes</b> des élèves depuis ce matin.</p><p>Niveau d'urgence&nbsp;: <b>très haut</b></p><p>Lycée Faidherbe &ndash; 0595012C</p></body></html>", NewIncident, Some(TresHaut), Some("0595012C")),
    case("request", "a need in quoted-printable", "From: anne.leroux@ac-bordeaux.example\nSubject: =?utf-8?q?=C3=89quipement_salle_de_sciences?=\nContent-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nPour la rentr=E9e de septembre, la salle de sciences devrait =EAtre =E9quip=E9e de six ordinateurs portables avec leurs chariots de recharge.\nUAI : 0330789D\nUrgence : basse", NewRequest, Some(Bas), Some("0330789D")),
    case("request", "a teacher's mail forwarded", "From: sandrine.morel@ac-paris.example\nSubject: TR: souris salle 7",
        "Pour suite à donner. Lycée Voltaire 0751043B, urgence moyenne.\n\n-------- Message transféré --------\nDe : Julien Roux <julien.roux@ac-paris.example>\nÀ : sandrine.morel@ac-paris.example\nObjet : souris salle 7\n\nBonjour Sandrine, la moitié des souris de la salle 7 ne répondent plus, peux-tu faire remonter ?", NewIncident, Some(Moyen), Some("0751043B")),
    case("request", "a move of a computer room", "From: marc.petit@ac-lyon.example\nSubject: Déménagement salle info",
        "Bonjour,\nÀ la suite des travaux, la salle informatique du 2e étage part au rez-de-chaussée en février. Il faudra y déplacer les 15 postes et tirer le réseau. Lycée Ampère, 069 1234 S.", NewRequest, None, Some("0691234S")),
    case("request", "a filter to loosen", "From: j.martin@ac-aix.example\nSubject: Accès vidéos pédagogiques",
        "Bonjour,\nLe filtrage bloque les vidéos de la plateforme Lumni que les professeurs utilisent en classe. Serait-il possible de l'autoriser pour le collège Mistral (0130456A) ? Priorité : 2/3", NewRequest, Some(Moyen), Some("0130456A")),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "an HTML reply that closes", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002610] Vidéoprojecteur salle 2\nContent-Type: text/html; charset=utf-8",
        "<div>Tout fonctionne de nouveau depuis le passage du technicien, vous pouvez clore la demande.</div><div><br></div><blockquote><p>Votre signalement a été enregistré sous la référence 2026-002610.</p></blockquote>", ClosureConfirmation, None, None),
    case("intent", "a photo sent afterwards", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002611] Badgeuse cantine",
        "Ci-joint la photo du message d'erreur affiché par la badgeuse.", FollowUp, None, None),
    case("intent", "still nothing after the promise", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002612] Imprimante salle 12",
        "Bonjour,\nOn nous avait annoncé une intervention sous 48 h, cela fait une semaine. Pouvez-vous relancer le prestataire ?", Reminder, None, None),
    case("intent", "which ones are open", "From: j.martin@ac-aix.example\nSubject: Point sur nos signalements",
        "Bonjour,\nAvant les vacances, pourriez-vous m'envoyer l'état de nos signalements encore ouverts ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake domain renewal", "From: renouvellement@nom-domaine-service.example\nSubject: Votre nom de domaine expire dans 48 h",
        "Le nom de domaine de votre établissement expire bientôt. Sans renouvellement, votre site et vos courriels seront coupés. Renouvelez maintenant : http://nom-domaine-service.example/renew", Spam, None, None),
    case("spam", "an upstream score", "From: info@promo-mailer.example\nSubject: Formation gratuite CPF\nX-Spam-Status: Yes, score=9.8 required=5.0 tests=BAYES_99,URIBL_BLACK",
        "Bonjour, profitez de votre formation gratuite grâce à votre CPF. Appelez-nous vite !", Spam, None, None),
];
