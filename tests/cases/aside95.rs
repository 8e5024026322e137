//! The ninety-fifth aside part: written after the eighty-seventh round, before any change, with
//! the costliest class in yet other words (sockets only on one wall, a file server nearly full,
//! a new block with no network points, calibrated screens wished for, a voicemail that holds
//! twenty messages; and faults told as needs: "nous souhaiterions récupérer l'accès", "auriez-
//! vous un chargeur de rechange", "il serait souhaitable qu'un technicien contrôle", "nous
//! aurions besoin de faire redémarrer"), urgency as "Urgence : 1 (la plus haute)", intents in
//! new words, a list asked in HTML, a verdict as a bare score header, an out-of-office in
//! French, a correspondant writing for another school.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_95: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "sockets only on one wall", "From: claire.dubois@ac-lyon.example\nSubject: Prises en salles de sciences",
        "Bonjour,\nLes salles de sciences n'ont de prises électriques que sur le mur du fond : les élèves tirent des rallonges à travers la salle pour brancher les portables. Des prises sur les paillasses seraient plus sûres.", NewRequest, None, None),
    case("request", "a file server nearly full", "From: paul.henry@ac-lille.example\nSubject: Espace disque serveur",
        "Bonjour,\nLe serveur de fichiers pédagogique est rempli à 95 % et les projets vidéo des BTS s'accumulent. Il faudrait prévoir davantage d'espace avant la fin de l'année.", NewRequest, None, None),
    case("request", "a new block with no network", "From: sandrine.morel@ac-paris.example\nSubject: New science block",
        "Hello,\nThe new science block opens in February and has no network points yet. We would need at least two per lab and wifi in the corridor.", NewRequest, None, None),
    case("request", "calibrated screens wished for", "From: anne.leroux@ac-bordeaux.example\nSubject: Écrans section photo",
        "Bonjour,\nPour la section photo, nous souhaiterions des écrans calibrés : sur les écrans actuels, les couleurs imprimées ne correspondent jamais à ce que les élèves voient.", NewRequest, None, None),
    case("request", "a voicemail that holds twenty", "From: j.martin@ac-aix.example\nSubject: Messagerie du standard",
        "Bonjour,\nLa messagerie vocale du standard ne peut enregistrer que vingt messages ; elle est pleine chaque lundi matin. Une capacité plus grande serait nécessaire.", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "access to recover", "From: marc.petit@ac-lyon.example\nSubject: Compte Pronote principale adjointe",
        "Bonjour,\nNous souhaiterions récupérer l'accès au compte Pronote de la principale adjointe, bloqué depuis son retour de congé.\nUrgence : 1 (la plus haute)", NewIncident, Some(TresHaut), None),
    case("request", "a spare charger", "From: paul.henry@ac-lille.example\nSubject: Chargeur chariot 2",
        "Bonjour,\nAuriez-vous un chargeur de rechange pour le chariot de tablettes n° 2 ? Celui d'origine ne charge plus rien.", NewIncident, None, None),
    case("request", "a technician should check the alarm", "From: anne.leroux@ac-bordeaux.example\nSubject: Alarme anti-intrusion",
        "Bonjour,\nIl serait souhaitable qu'un technicien contrôle l'alarme anti-intrusion, qui s'est déclenchée trois nuits de suite sans raison.", NewIncident, None, None),
    case("request", "a server to restart", "From: sandrine.morel@ac-paris.example\nSubject: Vidéosurveillance",
        "Bonjour,\nNous aurions besoin de faire redémarrer le serveur de vidéosurveillance à distance : il ne répond plus depuis la coupure d'électricité de dimanche.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "downstairs yes, upstairs nothing", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009511] Wifi bâtiment A",
        "Bonjour,\nLe wifi est revenu dans les salles du rez-de-chaussée ; à l'étage, c'est toujours le néant.", FollowUp, None, None),
    case("intent", "a list asked in HTML", "From: j.martin@ac-aix.example\nSubject: Signalements\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Pourriez-vous m'adresser un récapitulatif des signalements du collège qui ne sont pas encore clôturés ?</p><p>Cordialement</p>", ListRequest, None, None),
    case("intent", "have you made progress", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009507] Chargeur chariot 2",
        "Bonjour,\nAvez-vous pu avancer sur ce dossier ? Le chariot est inutilisable depuis quinze jours.", Reminder, None, None),
    case("intent", "solved by the replacement", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009507] Chargeur chariot 2",
        "Problème résolu par le remplacement du chargeur. Merci à toute l'équipe !", ClosureConfirmation, None, None),
    case("intent", "when the alarm goes off", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009508] Alarme anti-intrusion",
        "Bonjour,\nJe précise que l'alarme se déclenche toujours vers 2 h du matin, côté gymnase.", FollowUp, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "a bare score header", "From: Crypto Gains <win@crypto-gains.example>\nSubject: Double your savings in 30 days\nX-Spam-Score: 12.4",
        "Join thousands of teachers who doubled their savings with our trading robot. Start now with only 250 EUR.", Spam, None, None),
    case("intent", "an out-of-office in French", "From: claire.dubois@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-009501] Prises en salles de sciences\nAuto-Submitted: auto-replied",
        "Je suis absente jusqu'au 4 janvier inclus. Pour toute question urgente, merci de contacter le secrétariat de direction.", AutoReply, None, None),
    case("unauthorised", "a correspondant writes for another school", "From: j.martin@ac-aix.example\nSubject: Panne au lycée Faidherbe",
        "Bonjour,\nJe vous écris pour le compte de mon collègue du lycée Faidherbe (0595012C), en déplacement : leur serveur d'impression ne répond plus depuis ce matin.", Unauthorised, None, Some("0595012C")),
];
