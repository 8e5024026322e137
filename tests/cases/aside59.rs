//! The fifty-ninth aside part: written after the fifty-third round, before any change, in about
//! the mix and in voices not used before (a tablet's autocorrect slips, a table typed in
//! plain text, a chain forwarded three times, a "P.S." that adds a detail, French full of
//! English technical words, a mail that apologises for a false alarm), in new content (a
//! video-editing station, the SNT class's Raspberry Pi boards, the school's Moodle, the bus
//! timetable screen, a resin 3D printer, the CDI's headphones).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_59: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "autocorrect slips", "From: anne.leroux@ac-bordeaux.example\nSubject: Poste de montage vidé",
        "Bonjour,\nLe poste de montage vidé du club journal ne démarre plus : écran bleu avec un message \"inaccessible boot défisse\". Merci d'avance\nEnvoyé de mon iPad", NewIncident, None, None),
    case("request", "a table in plain text", "From: marc.petit@ac-lyon.example\nSubject: Cartes Raspberry Pi salle SNT",
        "Bonjour,\n\nPoste   | Symptôme\n--------+---------------------------\nRPi 03  | ne démarre plus (LED rouge)\nRPi 07  | carte SD illisible\nRPi 11  | redémarre en boucle\n\nMerci de regarder.", NewIncident, None, None),
    case("request", "franglais", "From: paul.henry@ac-lille.example\nSubject: Moodle down",
        "Bonjour,\nLe serveur Moodle du lycée renvoie une error 502 depuis le reboot de cette nuit, les élèves ne peuvent plus uploader leurs devoirs. Le backend ne répond plus.", NewIncident, None, None),
    case("request", "a P.S. with a detail", "From: j.martin@ac-aix.example\nSubject: Écran des horaires de bus",
        "Bonjour,\nL'écran du hall qui affiche les horaires de bus est figé sur l'heure de 7 h 42 depuis ce matin.\n\nP.S. : il avait déjà fait pareil avant les vacances, un redémarrage l'avait réglé.", NewIncident, None, None),
    case("request", "forwarded three times", "From: sandrine.morel@ac-paris.example\nSubject: TR: TR: TR: imprimante 3D résine",
        "Pour traitement.\n\n---------- Forwarded message ---------\nDe : Intendance\nObjet : TR: TR: imprimante 3D résine\n\nVoir ci-dessous.\n\n---------- Forwarded message ---------\nDe : M. Leroy\nObjet : TR: imprimante 3D résine\n\nPour info.\n\n---------- Forwarded message ---------\nDe : Atelier\nObjet : imprimante 3D résine\n\nL'imprimante 3D résine de l'atelier s'arrête en plein tirage avec le message « capteur de niveau en erreur ».", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "headphones for the CDI", "From: claire.dubois@ac-lyon.example\nSubject: Casques pour le CDI",
        "Bonjour,\nLe CDI propose maintenant des livres audio, mais il n'y a aucun casque sur les postes de consultation. Une dizaine de casques serait idéale.", NewRequest, None, None),
    case("request", "more boards for SNT", "From: marc.petit@ac-lyon.example\nSubject: Raspberry Pi supplémentaires",
        "Bonjour,\nAvec trois groupes de SNT au lieu de deux, nous manquons de cartes : il en faudrait douze de plus, avec leurs écrans.", NewRequest, None, None),
    case("request", "franglais, a plugin", "From: paul.henry@ac-lille.example\nSubject: Plugin Moodle",
        "Bonjour,\nLes profs de langues aimeraient un plugin d'enregistrement audio dans Moodle pour les oraux. Est-ce qu'on peut le rajouter sur notre instance ?", NewRequest, None, None),
    case("request", "bus times on the ENT", "From: j.martin@ac-aix.example\nSubject: Horaires de bus sur l'ENT",
        "Bonjour,\nLes parents demandent que les horaires de bus affichés dans le hall soient aussi visibles sur l'ENT, en temps réel si possible.", NewRequest, None, None),
    case("request", "a video station for the club", "From: anne.leroux@ac-bordeaux.example\nSubject: Second poste de montage",
        "Bonjour,\nLe club journal compte maintenant vingt élèves pour un seul poste de montage. Un second poste, même d'occasion, changerait tout.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a false alarm, sorry", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005904] Écran des horaires de bus",
        "Bonjour,\nToutes mes excuses : l'agent d'accueil avait simplement débranché l'écran pour passer l'aspirateur. Il affiche de nouveau les horaires. Désolé pour le dérangement.", ClosureConfirmation, None, None),
    case("intent", "Moodle: the logs", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005903] Moodle down",
        "Bonjour,\nCi-dessous les dernières lignes du log nginx, si ça peut aider :\n\nupstream timed out (110: Connection timed out) while reading response header", FollowUp, None, None),
    case("intent", "Moodle: back, uploads fine", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005903] Moodle down",
        "Moodle est de nouveau up, les élèves ont pu uploader leurs devoirs ce matin. Thanks !", ClosureConfirmation, None, None),
    case("intent", "the boards: three fixed, one not", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005902] Cartes Raspberry Pi salle SNT",
        "Bonjour,\nLes cartes 03 et 07 redémarrent correctement avec leurs nouvelles cartes SD ; la 11 redémarre toujours en boucle.", FollowUp, None, None),
    case("intent", "a chase from the tablet", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005901] Poste de montage vidé",
        "Bonjour, toujours pas de nouvelle pour le poste de montage ? Le journal doit sortir vendredi.\nEnvoyé de mon iPad", Reminder, None, None),
    case("intent", "the list in franglais", "From: paul.henry@ac-lille.example\nSubject: Tickets",
        "Bonjour, vous pourriez m'envoyer un recap de tous nos tickets encore open ? Merci.", ListRequest, None, None),
    case("intent", "the printer: a question from the shop", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005905] TR: TR: TR: imprimante 3D résine",
        "Bonjour,\nL'atelier demande s'il peut continuer à utiliser l'imprimante en attendant, en surveillant le niveau à la main.", FollowUp, None, None),
    case("intent", "the resin printer fine", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005905] Intervention terminée : imprimante 3D résine",
        "Bonjour,\nTrois tirages complets hier sans le moindre arrêt. Vous pouvez classer.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor sends a report in English", "From: support@print3d-europe.example\nSubject: RE: [CESAME #2026-005905] Work order - Lycée Voltaire - resin printer",
        "Hello,\nLevel sensor replaced and firmware updated to 2.4.1. Job closed on our side.", ContractorUpdate, None, None),
    case("unauthorised", "the journalism teacher writes", "From: v.girard@ac-bordeaux.example\nSubject: Poste de montage",
        "Bonjour,\nJe suis la professeure qui anime le club journal du collège Montaigne : le poste de montage ne démarre plus. Pourriez-vous intervenir ?", Unauthorised, None, None),
    case("spam", "a fake cloud storage alert", "From: Cloud Sécurité <alerte@stockage-nuage.example>\nSubject: Vos fichiers seront supprimés dans 48 h\nContent-Type: text/html; charset=utf-8",
        "<p>Votre espace de stockage est saturé : vos photos et documents seront supprimés dans 48 h.</p><p><a href=\"https://stockage-nuage.example/conserver\">Conserver mes fichiers</a></p>", Spam, None, None),
    case("auto-reply", "a German-made out-of-office", "From: marc.petit@ac-lyon.example\nSubject: Abwesenheitsnotiz: [CESAME #2026-005902] Cartes Raspberry Pi salle SNT\nAuto-Submitted: auto-replied",
        "Ich bin bis 10. Dezember nicht im Büro. Je suis absent jusqu'au 10 décembre.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "ASAP in French", "From: paul.henry@ac-lille.example\nSubject: Moodle HS - ASAP svp",
        "Bonjour,\nMoodle ne répond plus du tout, les devoirs de ce soir ne peuvent pas être rendus.", NewIncident, Some(TresHaut), None),
    case("urgency", "a scale in a plain table", "From: marc.petit@ac-lyon.example\nSubject: Poste RPi 05",
        "Bonjour,\n\nÉquipement | RPi 05\nPanne      | pas d'affichage\nUrgence    | basse\n", NewIncident, Some(Bas), None),
    case("uai", "a code after 'code établissement'", "From: tice@region.example\nSubject: Écran des horaires",
        "Bonjour,\nCode établissement 0595012C : l'écran des horaires de bus est éteint.", NewIncident, None, Some("0595012C")),
    case("uai", "a code in a forwarded chain only", "From: tice@region.example\nSubject: TR: casques CDI",
        "Pour suite à donner.\n\n-----Message d'origine-----\nDe : CDI Montaigne\nObjet : casques CDI\n\nBonjour, au collège 0330789D, trois casques du CDI n'ont plus de son à droite.", NewIncident, None, None),
];
