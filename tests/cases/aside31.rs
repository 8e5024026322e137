//! The thirty-first aside part: written after the twenty-seventh round in about the public
//! corpus's mix (many incidents, some needs, platforms and machines, a few strangers, intent
//! and spam), in new content and new voices.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_31: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a router after a storm", "From: anne.leroux@ac-bordeaux.example\nSubject: Orage - routeur",
        "Bonjour,\nDepuis l'orage de cette nuit, le routeur du collège a tous ses voyants éteints sauf l'alimentation. Aucun accès internet. Urgence : très haut.\nUAI 0330789D", NewIncident, Some(TresHaut), Some("0330789D")),
    case("request", "phones ring in the void", "From: j.martin@ac-aix.example\nSubject: Standard téléphonique",
        "Bonjour,\nLes appels entrants arrivent sur le standard mais le poste de la vie scolaire ne sonne jamais.", NewIncident, None, None),
    case("request", "a whiteboard pen", "From: claire.dubois@ac-lyon.example\nSubject: Stylet TBI salle 8",
        "Bonjour,\nLe stylet du TBI de la salle 8 n'écrit qu'une fois sur deux et le calibrage ne tient pas. Pas urgent.", NewIncident, Some(Bas), None),
    case("request", "PCs restart during an exam", "From: paul.henry@ac-lille.example\nSubject: URGENT - redémarrages salle 201",
        "Bonjour,\nLes postes de la salle 201 redémarrent pour installer des mises à jour en plein BTS blanc. Merci d'intervenir au plus vite.\nLycée Faidherbe 0595012C", NewIncident, Some(TresHaut), Some("0595012C")),
    case("request", "a locked cabinet", "From: sandrine.morel@ac-paris.example\nSubject: Baie de brassage",
        "Bonjour,\nLa serrure de la baie de brassage du 2e étage est cassée, la porte reste ouverte et les élèves passent devant. Urgence : moyen", NewIncident, Some(Moyen), None),
    case("request", "the ENT for one class", "From: marc.petit@ac-lyon.example\nSubject: ENT 1re STMG",
        "Bonjour,\nAucun élève de 1re STMG 2 ne voit le cahier de textes dans l'ENT, les autres classes oui.", NewIncident, None, None),
    case("unauthorised", "English, a school the sender is not listed for", "From: tice@region.example\nSubject: Mistral charging cart",
        "Hi, the charging cart at collège Mistral (0130456A) trips the breaker whenever it is plugged in. Medium urgency.", Unauthorised, Some(Moyen), Some("0130456A")),
    case("request", "a table form in text", "From: claire.dubois@ac-lyon.example\nSubject: Fiche de signalement",
        "Établissement : Lycée Ampère\nUAI : 0691234S\nLocal : salle 110\nMatériel : vidéoprojecteur\nDescription : l'image s'éteint au bout de dix minutes\nUrgence : [ ] bas [ ] moyen [x] très haut", NewIncident, Some(TresHaut), Some("0691234S")),
    case("request", "virus alert", "From: j.martin@ac-aix.example\nSubject: Alerte antivirus",
        "Bonjour,\nL'antivirus signale un cheval de Troie sur le poste de la gestionnaire et le met en quarantaine à chaque démarrage. Que faire ?", NewIncident, None, None),
    case("request", "a forwarded pupil's complaint", "From: anne.leroux@ac-bordeaux.example\nSubject: TR: casier numérique",
        "Pour traitement, urgence moyenne.\n\n-----Message d'origine-----\nDe : vie.scolaire@ac-bordeaux.example\nObjet : casier numérique\n\nLes casiers numériques du hall n'acceptent plus les codes des élèves.", NewIncident, Some(Moyen), None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a kiosk for the hall", "From: paul.henry@ac-lille.example\nSubject: Borne d'information",
        "Bonjour,\nLe lycée voudrait disposer d'une borne d'information dans le hall pour afficher les absences des professeurs.", NewRequest, None, None),
    case("request", "ports for a new lab", "From: j.martin@ac-aix.example\nSubject: Labo de technologie",
        "Bonjour,\nLe réaménagement du laboratoire de technologie prévoit 12 îlots : il faudrait 12 prises réseau au sol. Urgence basse.", NewRequest, Some(Bas), None),
    case("request", "two-factor for the staff", "From: sandrine.morel@ac-paris.example\nSubject: Sécurisation des comptes",
        "Bonjour,\nSuite à la tentative d'hameçonnage du mois dernier, la direction souhaite mettre en place la double authentification pour les comptes administratifs.", NewRequest, None, None),
    // --- platforms and machines -------------------------------------------------------------------
    case("platform", "a GLPI closure", "From: GLPI Département <glpi@departement13.example>\nSubject: [GLPI #0008812] Clôture du ticket Standard téléphonique\nAuto-Submitted: auto-generated",
        "URL : https://glpi.departement13.example/front/ticket.form.php?id=8812\n\nTicket : Clôture\nTitre : Standard téléphonique\nStatut : Clos\nUrgence : Haute\nDate de résolution : 2026-12-03 16:40\nSolution : renvoi d'appel corrigé sur l'autocommutateur.", PlatformUpdate, None, None),
    case("platform", "Remedy pending", "From: remedy.notification@ac-aix.example\nSubject: Incident INC000000470015 - En attente",
        "Numéro d'incident : INC000000470015\nStatut : En attente\nMotif du statut : Attente du client\nRésumé : Standard téléphonique collège Mistral\nRéférence externe : 2026-003101", PlatformUpdate, None, None),
    case("platform", "ServiceNow-like in English", "From: servicedesk@region-it.example\nSubject: RITM0045512 updated",
        "Your request RITM0045512 has been updated.\nState: Work in Progress\nAssignment group: Field Services\nShort description: Network ports technology lab", PlatformUpdate, None, None),
    case("auto", "a principal's absence", "From: j.martin@ac-aix.example\nSubject: Absent jusqu'au 4 janvier",
        "Je suis en congé et serai de retour le 4 janvier. Pour les questions urgentes, adressez-vous à l'adjointe.", AutoReply, None, None),
    case("auto", "a ticket system's acknowledgement", "From: support@hotline-editeur.example\nSubject: [Ticket#448812] Votre demande a bien été reçue\nAuto-Submitted: auto-replied",
        "Bonjour,\nVotre demande a bien été enregistrée. Un conseiller vous répondra sous 48 h ouvrées.", AutoReply, None, None),
    case("bounce", "a French relay's delay", "From: MAILER-DAEMON@smtp.region.example\nSubject: Remise différée : [CESAME #2026-003102] Ordre de travail",
        "La remise de votre message à tech@reseaux-sud.example a été différée. Le serveur continuera d'essayer pendant 2 jours.", Bounce, None, None),
    case("bulk", "a newsletter from the region", "From: La Région <infolettre@region.example>\nSubject: L'infolettre des lycées - n° 42\nList-Unsubscribe: <mailto:desinscription@region.example>",
        "Dans ce numéro : le plan numérique 2027, les nouveaux marchés de maintenance, et un rappel des procédures en cas d'incident urgent.", Bulk, None, None),
    case("contractor", "a technician's arrival time", "From: intervention@maintelec.example\nSubject: OT-2026-003103 - passage demain",
        "Bonjour,\nNotre technicien passera demain entre 8 h et 10 h au lycée Ampère pour le vidéoprojecteur de la salle 110.", ContractorUpdate, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "it works, close", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003104] URGENT - redémarrages salle 201",
        "Les mises à jour sont désormais programmées la nuit, plus de redémarrage en cours. Vous pouvez clôturer.", ClosureConfirmation, None, None),
    case("intent", "a photo of the lock", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003105] Baie de brassage",
        "Ci-joint une photo de la serrure, la clé tourne dans le vide.", FollowUp, None, None),
    case("intent", "no one came", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003106] Standard téléphonique",
        "Bonjour,\nLe prestataire annoncé hier n'est pas venu et nous n'avons reçu aucun appel. Merci de relancer.", Reminder, None, None),
    case("intent", "the list, short", "From: marc.petit@ac-lyon.example\nSubject: Liste des tickets",
        "Merci.", ListRequest, None, None),
    // --- strangers and spam -----------------------------------------------------------------------
    case("unauthorised", "a teacher with a code", "From: l.girard@ac-bordeaux.example\nSubject: Tableau salle 12",
        "Bonjour,\nProfesseure au collège Montaigne (0330789D), je signale que le tableau numérique de la salle 12 ne s'allume plus. Urgence moyenne.", Unauthorised, Some(Moyen), Some("0330789D")),
    case("unauthorised", "a town hall", "From: services.techniques@mairie-ville.example\nSubject: Coupure fibre rue des écoles",
        "Bonjour,\nNos travaux de voirie ont pu endommager la fibre qui alimente l'école. Pouvez-vous vérifier ?", Unauthorised, None, None),
    case("spam", "a fake academy message", "From: Rectorat <rectorat@ac-lyon-securite.example>\nSubject: Mise à jour obligatoire de vos identifiants",
        "Madame, Monsieur,\nSuite à une mise à jour de sécurité, tous les personnels doivent revalider leurs identifiants avant vendredi sous peine de suspension du compte : https://ac-lyon-securite.example/valider", Spam, None, None),
    case("spam", "upstream flagged English", "From: win@prize-center.example\nSubject: Congratulations!\nX-Spam-Flag: YES\nX-Spam-Score: 12.4",
        "You have been selected. Claim your reward now.", Spam, None, None),
];
