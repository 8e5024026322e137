//! The sixty-fifth aside part: written after the fifty-ninth round, before any change, in about
//! the mix and in voices not used before (a reply that starts with a quote of the desk's
//! line and answers below it, a mail signed by two people, a report with a list of rooms, a
//! closure told by a number that is right again, a correspondant leaving the school, a reminder
//! in the form of a calendar of what the pupils missed), in new content (the biology lab's
//! microscope camera, the agricultural school's milking robot PC, the canteen's allergy screen,
//! the maths room's graphing calculators' charging station, the music room's recording booth,
//! the school's online payment page for trips).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_65: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "two signatures", "From: claire.dubois@ac-lyon.example\nSubject: Caméra du microscope",
        "Bonjour,\nLa caméra du microscope de démonstration en SVT n'affiche plus qu'une image noire dans le logiciel, quel que soit le poste.\nClaire Dubois et Marc Petit", NewIncident, None, None),
    case("request", "a list of rooms", "From: sandrine.morel@ac-paris.example\nSubject: Stations de charge des calculatrices",
        "Bonjour,\nLes stations de charge des calculatrices graphiques ne chargent plus dans les salles suivantes :\n- M12\n- M14\n- M15\nLes voyants restent éteints.", NewIncident, None, None),
    case("request", "the milking robot's PC", "From: paul.henry@ac-lille.example\nSubject: PC du robot de traite",
        "Bonjour,\nLe PC qui supervise le robot de traite de l'exploitation du lycée agricole ne se connecte plus au réseau depuis l'orage de dimanche.", NewIncident, None, None),
    case("request", "the allergy screen", "From: j.martin@ac-aix.example\nSubject: Écran des allergènes",
        "Bonjour,\nL'écran du self qui indique les allergènes du jour affiche le menu de mardi dernier ; le personnel de cuisine ne peut plus le modifier.", NewIncident, None, None),
    case("request", "the trips' payment page", "From: anne.leroux@ac-bordeaux.example\nSubject: Paiement en ligne des sorties",
        "Bonjour,\nLes familles ne peuvent plus payer le voyage en Espagne en ligne : la page renvoie « transaction refusée » avant même la saisie de la carte.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a recording booth", "From: marc.petit@ac-lyon.example\nSubject: Cabine d'enregistrement",
        "Bonjour,\nLa salle de musique dispose d'un ancien local de rangement insonorisé. Les professeurs voudraient en faire une cabine d'enregistrement, avec un micro, une interface audio et un poste.", NewRequest, None, None),
    case("request", "cameras for every microscope", "From: claire.dubois@ac-lyon.example\nSubject: Caméras pour microscopes",
        "Bonjour,\nUne seule caméra pour quinze microscopes oblige les élèves à faire la queue. Équiper chaque paillasse d'une caméra changerait les TP.", NewRequest, None, None),
    case("request", "the allergy screen online", "From: j.martin@ac-aix.example\nSubject: Allergènes sur l'ENT",
        "Bonjour,\nLes familles d'élèves allergiques demandent à voir les allergènes des menus sur l'ENT, et pas seulement sur l'écran du self.", NewRequest, None, None),
    case("request", "a departure: accounts to hand over", "From: sandrine.morel@ac-paris.example\nSubject: Départ de la correspondante",
        "Bonjour,\nJe quitte le lycée Voltaire à la fin du mois. Mme Roux reprendra la fonction de correspondante : pourriez-vous lui transférer mes accès et la déclarer auprès de vos services ?", NewRequest, None, None),
    case("request", "English, payment for the canteen too", "From: anne.leroux@ac-bordeaux.example\nSubject: Online payment for the canteen",
        "Hello,\nSince families like paying for trips online, could the same page also take canteen payments?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "an answer below the desk's line", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006503] PC du robot de traite",
        "> Le PC est-il branché sur un onduleur ?\nNon, directement sur la prise murale.\n\nCordialement,\nPaul Henry", FollowUp, None, None),
    case("intent", "a number right again", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006502] Intervention terminée : Stations de charge des calculatrices",
        "Bonjour,\nNous avons recompté ce matin : 90 calculatrices chargées sur 90. Merci pour l'intervention.", ClosureConfirmation, None, None),
    case("intent", "a calendar of what was missed", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006505] Paiement en ligne des sorties",
        "Bonjour,\nLundi : 12 familles n'ont pas pu payer. Mardi : 18. Mercredi : 25. Le voyage part dans trois semaines et l'agence attend les fonds. Où en est-on ?", Reminder, None, None),
    case("intent", "the camera half back", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006501] Caméra du microscope",
        "Bonjour,\nL'image est revenue sur le poste du professeur, mais les postes élèves affichent toujours du noir.", FollowUp, None, None),
    case("intent", "the allergy screen edited again", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006504] Écran des allergènes",
        "La cuisine a pu saisir le menu de la semaine ce matin, tout s'affiche. Parfait, merci !", ClosureConfirmation, None, None),
    case("intent", "what remains open, before leaving", "From: sandrine.morel@ac-paris.example\nSubject: Passation",
        "Bonjour,\nAvant mon départ, pourriez-vous m'envoyer la liste des demandes du lycée encore en cours, pour la transmettre à Mme Roux ?", ListRequest, None, None),
    case("intent", "the robot's PC: thanks for the call", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006503] PC du robot de traite",
        "Merci pour l'appel de ce matin, nous laissons le PC éteint jusqu'au passage du technicien.", FollowUp, None, None),
    case("intent", "a reminder, plain", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006506] Cabine d'enregistrement",
        "Bonjour,\nJe me permets de vous relancer au sujet de la cabine d'enregistrement.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's visit report", "From: sav@agri-informatique.example\nSubject: RE: [CESAME #2026-006503] Ordre de travail - Lycée Faidherbe - PC robot de traite",
        "Bonjour,\nCarte réseau grillée par la surtension, remplacée ; PC reconnecté à la supervision. Nous recommandons un onduleur.", ContractorUpdate, None, None),
    case("unauthorised", "a parent about the payment page", "From: famille.garcia@famille.example\nSubject: Paiement voyage Espagne",
        "Bonjour,\nJe n'arrive pas à payer le voyage de ma fille en ligne, la page refuse ma carte. Que dois-je faire ?", Unauthorised, None, None),
    case("spam", "a fake bank security notice", "From: Service Sécurité Banque <securite@banque-alerte.example>\nSubject: Votre carte a été bloquée\nContent-Type: text/html; charset=utf-8",
        "<p>Par mesure de sécurité, votre carte bancaire a été temporairement bloquée.</p><p><a href=\"https://banque-alerte.example/debloquer\">Débloquer ma carte</a></p>", Spam, None, None),
    case("auto-reply", "an auto-reply for a leaver", "From: sandrine.morel@ac-paris.example\nSubject: Réponse automatique : [CESAME #2026-006509] Départ de la correspondante\nAuto-Submitted: auto-replied",
        "Je ne fais plus partie du lycée Voltaire depuis le 1er janvier. Merci d'écrire à Mme Roux.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level with an exclamation", "From: anne.leroux@ac-bordeaux.example\nSubject: Paiement en ligne : URGENT !",
        "Bonjour,\nLa page de paiement des sorties est de nouveau hors service.", NewIncident, Some(TresHaut), None),
    case("urgency", "medium, from a form", "From: j.martin@ac-aix.example\nSubject: Formulaire - écran allergènes",
        "Équipement : écran des allergènes\nDescription : l'écran s'éteint après une minute\nUrgence : moyenne", NewIncident, Some(Moyen), None),
    case("uai", "a code in a list", "From: tice@region.example\nSubject: Calculatrices",
        "Bonjour,\n- Établissement : Lycée Faidherbe\n- Code : 0595012C\n- Problème : la station de charge de la salle M3 ne charge plus.", NewIncident, None, Some("0595012C")),
    case("uai", "a code with a wrong letter, labelled", "From: tice@region.example\nSubject: Microscope",
        "Bonjour,\nUAI 0330789E : la caméra du microscope ne s'allume plus.", NewIncident, None, None),
];
