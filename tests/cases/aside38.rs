//! The thirty-eighth aside part: written after the thirty-third round in about the issue's
//! mix, on topics and voices not used before (a music room, a heating supervisor, an intercom,
//! accounts of staff who leave, deleted files, a microscope camera), as a clean reading.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_38: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "MIDI keyboards silent", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle de musique",
        "Bonjour,\nLes claviers MIDI de la salle de musique ne sont plus détectés par le logiciel depuis le week-end.", NewIncident, None, None),
    case("request", "the heating supervisor PC", "From: paul.henry@ac-lille.example\nSubject: Poste GTC chaufferie",
        "Bonjour,\nLe poste de supervision du chauffage a perdu la liaison avec les chaudières, l'agent ne peut plus régler les températures. Urgence : très haut.", NewIncident, Some(TresHaut), None),
    case("request", "the intercom at the gate", "From: marc.petit@ac-lyon.example\nSubject: Interphone portail",
        "Bonjour,\nL'interphone vidéo du portail n'affiche plus l'image sur le poste de la loge, seul le son passe.", NewIncident, None, None),
    case("request", "deleted files", "From: sandrine.morel@ac-paris.example\nSubject: Fichiers supprimés",
        "Bonjour,\nUn collègue a supprimé par erreur le dossier partagé des sujets de bac blanc. Peut-on le restaurer depuis la sauvegarde ? C'est urgent, l'épreuve est lundi.", NewIncident, Some(TresHaut), None),
    case("request", "the microscope camera", "From: j.martin@ac-aix.example\nSubject: Caméra microscope",
        "Bonjour,\nLa caméra du microscope de SVT donne une image entièrement blanche quel que soit le réglage.", NewIncident, None, None),
    case("request", "toner to change", "From: claire.dubois@ac-lyon.example\nSubject: Toner copieur",
        "Bonjour,\nLe copieur de la salle des professeurs réclame un toner noir ; nous n'en avons plus en réserve. Urgence basse.", NewIncident, Some(Bas), None),
    case("request", "English, a lab server", "From: tice@region.example\nSubject: Faidherbe lab server",
        "Hi, the lab server at lycée Faidherbe (0595012C) keeps rebooting every few minutes. Pupils lose their work. High urgency.", NewIncident, Some(TresHaut), Some("0595012C")),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "accounts of staff who leave", "From: anne.leroux@ac-bordeaux.example\nSubject: Départs de personnels",
        "Bonjour,\nTrois assistants d'éducation quittent le collège au 31 décembre : merci de désactiver leurs comptes à cette date.", NewRequest, None, None),
    case("request", "a recording booth", "From: paul.henry@ac-lille.example\nSubject: Cabine d'enregistrement",
        "Bonjour,\nPour préparer le grand oral, nous aimerions équiper une petite salle d'un micro et d'une caméra pour que les élèves s'enregistrent.", NewRequest, None, None),
    case("request", "printing quotas", "From: marc.petit@ac-lyon.example\nSubject: Quotas d'impression",
        "Bonjour,\nLa direction souhaite limiter les impressions des élèves à 50 pages par mois. Pouvez-vous paramétrer des quotas ?", NewRequest, None, None),
    case("request", "a second screen for the vie scolaire", "From: j.martin@ac-aix.example\nSubject: Vie scolaire",
        "Bonjour,\nLes assistants d'éducation gagneraient du temps avec un second écran pour suivre les absences et l'ENT en même temps.", NewRequest, None, None),
    case("request", "cabling for a prefab", "From: sandrine.morel@ac-paris.example\nSubject: Bâtiment modulaire",
        "Bonjour,\nUn bâtiment modulaire sera installé dans la cour en mars pour deux classes ; il faudra le relier au réseau du lycée.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "files back", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003801] Fichiers supprimés",
        "Le dossier a été restauré dans son intégralité, un grand merci. Dossier clos.", ClosureConfirmation, None, None),
    case("intent", "the intercom's model", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003802] Interphone portail",
        "Le modèle est un Aiphone JO-1MD, installé en 2019.", FollowUp, None, None),
    case("intent", "chasing the heating", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003803] Poste GTC chaufferie",
        "Bonjour,\nDeux jours sans chauffage réglable et aucun technicien en vue. Pouvez-vous relancer d'urgence ?", Reminder, None, None),
    case("intent", "what is open", "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets",
        "Bonjour, où en sont nos tickets ouverts ? Une liste me suffit.", ListRequest, None, None),
    case("intent", "keyboards half back", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003804] Salle de musique",
        "Après la mise à jour du pilote, quatre claviers sont reconnus ; les deux du fond ne le sont toujours pas.", FollowUp, None, None),
    // --- machines, partners, strangers, spam ------------------------------------------------------
    case("auto", "an auto-acknowledgement of a town", "From: accueil@mairie-ville.example\nSubject: Accusé de réception de votre message\nAuto-Submitted: auto-replied",
        "Votre message a bien été reçu par les services de la mairie. Il sera traité dans les meilleurs délais.", AutoReply, None, None),
    case("bounce", "a quota-full bounce in French", "From: MAILER-DAEMON@ac-aix.example\nSubject: Échec de la remise du message",
        "Votre message n'a pas pu être remis à j.martin@ac-aix.example : la boîte aux lettres du destinataire est pleine.", Bounce, None, None),
    case("platform", "an RT correspondence", "From: \"Support rectorat via RT\" <support@rt.ac-aix.example>\nSubject: [rt.ac-aix.example #90112] Poste GTC chaufferie\nX-RT-Loop-Prevention: rt.ac-aix.example\nX-RT-Ticket: rt.ac-aix.example #90112\nPrecedence: bulk",
        "Ticket <URL: https://rt.ac-aix.example/Ticket/Display.html?id=90112 >\n\nLe technicien du rectorat a redémarré le service de supervision. Merci de confirmer.", PlatformUpdate, None, None),
    case("unauthorised", "a supplier's technician", "From: tech@chauffage-services.example\nSubject: Poste de supervision",
        "Bonjour,\nNous intervenons sur la chaufferie du lycée : le poste de supervision n'a plus de réseau, pouvez-vous vérifier la prise ?", Unauthorised, None, None),
    case("spam", "a fake antivirus renewal", "From: securite@antivirus-renouvellement.example\nSubject: Votre protection a expiré",
        "Votre abonnement antivirus a expiré : vos ordinateurs ne sont plus protégés. Renouvelez maintenant avec 70 % de réduction.", Spam, None, None),
];
