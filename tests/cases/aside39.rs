//! The thirty-ninth aside part: written after the thirty-fourth round in about the issue's
//! mix, as a clean reading of the rules at the end of the session's fifth sitting, in new
//! content (seasons of a school year: enrolment, exams, holidays, the start of term).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_39: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "enrolment kiosk", "From: claire.dubois@ac-lyon.example\nSubject: Inscriptions - poste de l'accueil",
        "Bonjour,\nLe poste mis à disposition des familles pour les inscriptions affiche « profil temporaire » et perd tout à chaque fermeture de session. Urgence moyenne.", NewIncident, Some(Moyen), None),
    case("request", "the exam scanner", "From: j.martin@ac-aix.example\nSubject: Scanner des copies",
        "Bonjour,\nLe scanner utilisé pour la dématérialisation des copies du brevet blanc s'arrête après chaque page avec un voyant rouge. Très urgent, correction en ligne demain.", NewIncident, Some(TresHaut), None),
    case("request", "after the holidays", "From: paul.henry@ac-lille.example\nSubject: Retour de vacances",
        "Bonjour,\nAu retour des vacances, aucun poste du bâtiment D n'obtient d'adresse réseau.", NewIncident, None, None),
    case("request", "a class's accounts all locked", "From: anne.leroux@ac-bordeaux.example\nSubject: Comptes 4e B",
        "Bonjour,\nTous les comptes de la 4e B sont verrouillés ce matin, les élèves ne peuvent pas se connecter. UAI 0330789D.", NewIncident, None, Some("0330789D")),
    case("request", "webcam black in visio", "From: sandrine.morel@ac-paris.example\nSubject: Visio conseil de classe",
        "Bonjour,\nLa webcam de la salle du conseil reste noire dans l'outil de visioconférence, alors qu'elle fonctionne dans l'application Caméra.", NewIncident, None, None),
    case("request", "printing only blank pages", "From: marc.petit@ac-lyon.example\nSubject: Pages blanches",
        "Bonjour,\nL'imprimante du bureau des CPE sort uniquement des pages blanches, même après changement de cartouche.", NewIncident, None, None),
    case("request", "English, fibre cut", "From: tice@region.example\nSubject: Montaigne - fibre cut by roadworks",
        "Hello, roadworks cut the fibre serving collège Montaigne this morning; the school has no connection at all. Urgency: very high.", NewIncident, Some(TresHaut), None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "laptops for new teachers", "From: j.martin@ac-aix.example\nSubject: Portables professeurs stagiaires",
        "Bonjour,\nQuatre professeurs stagiaires arrivent en janvier ; pourriez-vous prévoir un ordinateur portable pour chacun ?", NewRequest, None, None),
    case("request", "an exam room setup", "From: claire.dubois@ac-lyon.example\nSubject: Salle d'examen numérique",
        "Bonjour,\nEn vue des épreuves sur ordinateur, nous souhaiterions transformer la salle 114 en salle d'examen : postes verrouillés, réseau isolé, une imprimante.", NewRequest, None, None),
    case("request", "wifi for the summer school", "From: paul.henry@ac-lille.example\nSubject: École d'été",
        "Bonjour,\nLe lycée accueille une école d'été en juillet ; est-il possible d'ouvrir un wifi pour les 40 participants pendant deux semaines ?", NewRequest, None, None),
    case("request", "software for dyslexic pupils", "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciels d'aide",
        "Bonjour,\nNous aimerions que les postes du CDI disposent d'un logiciel de synthèse vocale pour les élèves dyslexiques. Urgence : basse.", NewRequest, Some(Bas), None),
    case("request", "move the server room", "From: sandrine.morel@ac-paris.example\nSubject: Local serveur",
        "Bonjour,\nLe local serveur doit être libéré pour des travaux d'accessibilité ; il faudra déplacer la baie au sous-sol d'ici avril.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "network back after holidays", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003901] Retour de vacances",
        "Le bâtiment D a retrouvé le réseau après le redémarrage du switch. Merci, c'est réglé.", ClosureConfirmation, None, None),
    case("intent", "the scanner's model", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003902] Scanner des copies",
        "Modèle : Fujitsu fi-7160, branché en USB sur le poste du secrétariat.", FollowUp, None, None),
    case("intent", "exam tomorrow, still broken", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003903] Scanner des copies",
        "Bonjour,\nLa correction commence demain et personne n'est encore intervenu sur le scanner. Merci de faire le nécessaire.", Reminder, None, None),
    case("intent", "list of what's pending", "From: claire.dubois@ac-lyon.example\nSubject: Demandes en cours ?",
        "Bonjour,\nAvant la fin du trimestre, pouvez-vous me dire quelles demandes sont encore en cours chez vous ?", ListRequest, None, None),
    case("intent", "accounts unlocked but one", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003904] Comptes 4e B",
        "Les comptes sont débloqués, sauf celui de Léa M. qui affiche encore « compte verrouillé ».", FollowUp, None, None),
    case("intent", "we no longer need it", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003905] École d'été",
        "Bonjour,\nL'école d'été est annulée, notre demande n'a donc plus lieu d'être. Vous pouvez la fermer.", ClosureConfirmation, None, None),
    // --- machines, partners, strangers, spam ------------------------------------------------------
    case("auto", "a summer closure notice", "From: claire.dubois@ac-lyon.example\nSubject: Fermeture estivale\nAuto-Submitted: auto-replied",
        "L'établissement est fermé du 14 juillet au 20 août. Votre message sera traité à la rentrée.", AutoReply, None, None),
    case("bounce", "an unknown recipient in French", "From: Système de messagerie <postmaster@mail.maintelec.example>\nSubject: Message non remis : OT-2026-003906",
        "Votre message n'a pas pu être remis au destinataire suivant : tech9@maintelec.example (destinataire inconnu).", Bounce, None, None),
    case("contractor", "the contractor's planning", "From: planning@numeri-services.example\nSubject: RE: OT-2026-003907 Ordre de travail - Collège Montaigne",
        "Bonjour,\nIntervention programmée le lundi 7 décembre à 14 h. Merci de confirmer la disponibilité de la salle.", ContractorUpdate, None, None),
    case("unauthorised", "the school nurse", "From: infirmerie@ac-paris.example\nSubject: Poste infirmerie",
        "Bonjour,\nLe poste de l'infirmerie du lycée Voltaire ne démarre plus depuis ce matin.", Unauthorised, None, None),
    case("spam", "a fake exam platform", "From: Examens en ligne <support@examens-connexion.example>\nSubject: Action requise : activez votre compte correcteur",
        "Votre compte correcteur sera désactivé sous 24 heures. Activez-le maintenant : https://examens-connexion.example/activer", Spam, None, None),
];
