//! The ninety-ninth aside part: written after the ninety-first round, before any change, in the
//! issue's general mix with new voices: a deputy head's bullet list, a technician of the school
//! writing precisely, a reply above a long quoted acknowledgement, a mail signed with a long
//! legal footer, a need in English from a language assistant's correspondant, an Outlook
//! "Importance: High" header, urgency as "Délai : immédiat" and "Priorité basse", codes as
//! "RNE : 0130456A" and "0595012-C"; a closure with a remark for later, a list asked about a
//! term; a fake shared-drive alert, a vendor webinar, a delivery failure notice.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_99: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a deputy head's bullet list", "From: marc.petit@ac-lyon.example\nSubject: Salle 204",
        "Bonjour,\nEn salle 204 :\n- le vidéoprojecteur affiche « no signal » ;\n- le câble HDMI du bureau semble abîmé ;\n- les enceintes grésillent.\nMerci d'avance.", NewIncident, None, None),
    case("request", "the school's technician, precisely", "From: paul.henry@ac-lille.example\nSubject: Switch baie B2 - port 14",
        "Bonjour,\nLe switch de la baie B2 perd le port 14 toutes les deux heures environ (lien qui tombe puis remonte). Le câble et la prise murale ont été testés et sont bons ; le problème suit le port.\nRNE : 0595012-C", NewIncident, None, Some("0595012C")),
    case("request", "a long legal footer", "From: j.martin@ac-aix.example\nSubject: Messagerie inaccessible",
        "Bonjour,\nDepuis ce matin, aucun personnel du collège ne peut se connecter à la messagerie : « identifiants incorrects » pour tout le monde.\nDélai : immédiat\n\n--\nCe message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite. Si vous avez reçu ce message par erreur, merci de le détruire et d'en avertir l'expéditeur.", NewIncident, Some(TresHaut), None),
    case("request", "an Outlook importance header", "From: sandrine.morel@ac-paris.example\nSubject: Copieur du 1er étage\nImportance: High\nX-Priority: 1",
        "Bonjour,\nLe copieur du premier étage affiche « Appeler le technicien - code C2557 ».", NewIncident, None, None),
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a need in English", "From: claire.dubois@ac-lyon.example\nSubject: Language lab headsets",
        "Hello,\nI am writing on behalf of our English assistant: the language lab has only ten headsets for classes of twenty-four. Could the region provide fourteen more?\nRNE : 0691234S", NewRequest, None, Some("0691234S")),
    case("request", "a need with a low priority", "From: anne.leroux@ac-bordeaux.example\nSubject: Affichage salle des professeurs",
        "Bonjour,\nLa salle des professeurs aimerait un écran qui affiche les absences de collègues du jour, alimenté par Pronote.\nPriorité basse", NewRequest, Some(Bas), None),
    case("request", "a need under a long quote", "From: j.martin@ac-aix.example\nSubject: RE: Enquête équipement 2027",
        "Bonjour,\nPour le collège Mistral : deux classes mobiles de quinze tablettes, et le remplacement des six postes de la salle de technologie.\n\n-----Message d'origine-----\nDe : Service numérique\nObjet : Enquête équipement 2027\n\nMadame, Monsieur, merci de nous faire connaître vos besoins en équipement pour 2027.", NewRequest, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "a reply above the acknowledgement", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009902] Switch baie B2 - port 14",
        "Bonjour,\nLe port 14 est encore tombé deux fois ce matin, à 9 h 10 et à 11 h 05, si cela peut aider au diagnostic.\n\n> Votre signalement a bien été enregistré sous le numéro 2026-009902.\n> Urgence : moyenne. Vous serez informé de son traitement.", FollowUp, None, None),
    case("intent", "closed with a remark for later", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009904] Copieur du 1er étage",
        "Bonjour,\nLe copieur fonctionne à nouveau, merci. Pour information, le technicien nous a conseillé de prévoir son remplacement l'an prochain.", ClosureConfirmation, None, None),
    case("intent", "a list about a term", "From: claire.dubois@ac-lyon.example\nSubject: Bilan du trimestre",
        "Bonjour,\nPouvez-vous m'envoyer la liste des tickets du lycée ouverts ce trimestre et pas encore clôturés ?", ListRequest, None, None),
    case("intent", "mail works again for some", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-009903] Messagerie inaccessible",
        "Bonjour,\nLes enseignants se connectent de nouveau ; en revanche, les comptes de l'administration sont toujours refusés.", FollowUp, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "a fake shared-drive alert", "From: Stockage en ligne <alerte@drive-partage.example>\nSubject: 3 fichiers en attente de validation",
        "Bonjour,\nTrois fichiers partagés avec vous seront supprimés sous 24 heures faute de validation. Validez-les maintenant : https://drive-partage.example/valider", Spam, None, None),
    case("spam", "a vendor webinar", "From: EduTech Solutions <events@edutech-solutions.example>\nSubject: Webinaire : sécuriser le réseau de votre établissement\nList-Unsubscribe: <https://edutech-solutions.example/unsubscribe>",
        "Rejoignez notre webinaire gratuit le 15 janvier à 14 h : nos experts présentent les bonnes pratiques de sécurité réseau pour les établissements scolaires. Inscription : https://edutech-solutions.example/webinaire", Bulk, None, None),
    case("spam", "a delivery failure notice", "From: postmaster@ac-aix.example\nSubject: Delivery Status Notification (Failure)\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"",
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nDelivery to the following recipient failed permanently:\n\n    ancien.principal@ac-aix.example\n\n--b1\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.ac-aix.example\n\nFinal-Recipient: rfc822; ancien.principal@ac-aix.example\nAction: failed\nStatus: 5.1.1\n\n--b1--", Bounce, None, None),
];
