//! The fiftieth aside part: written after the learned second reading and the closure answers
//! read from the school's own words, before any change, in about the mix, with more
//! replies that quote the desk's notices below them as mail clients do (the notice of a
//! technical closure names both "c'est résolu" and "toujours en panne"), and in new content (a
//! language lab's recorders, the canteen's badge readers, a vocational kitchen's touch oven,
//! the school's SMS gateway, a music room's keyboards, the boarding school's wifi hours).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_50: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "badge readers at the canteen", "From: j.martin@ac-aix.example\nSubject: Bornes de la cantine",
        "Bonjour,\nLes deux lecteurs de badges de la cantine affichent « serveur injoignable » depuis ce midi ; la file d'attente déborde dans la cour.\nUrgence : très haute", NewIncident, Some(TresHaut), None),
    case("request", "a touch oven frozen", "From: paul.henry@ac-lille.example\nSubject: Four de l'atelier cuisine",
        "Bonjour,\nL'écran tactile du four mixte de l'atelier cuisine (0595012C) reste figé sur le logo au démarrage.", NewIncident, None, Some("0595012C")),
    case("request", "SMS to parents not sent", "From: sandrine.morel@ac-paris.example\nSubject: Passerelle SMS",
        "Bonjour,\nLes SMS d'absence ne partent plus vers les familles : la vie scolaire voit « échec d'envoi » sur chaque message depuis lundi.", NewIncident, None, None),
    case("request", "recorders in the language lab, HTML", "From: claire.dubois@ac-lyon.example\nSubject: Laboratoire de langues\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>Dans le labo de langues, les enregistrements des élèves sont vides à la relecture (0 seconde), sur tous les postes.</div><div>Claire Dubois</div>", NewIncident, None, None),
    case("request", "keyboards without sound", "From: marc.petit@ac-lyon.example\nSubject: Salle de musique",
        "Bonjour, les claviers numériques de la salle de musique ne sortent plus aucun son dans les casques, alors que le volume est au maximum. Pas urgent, prochain cours jeudi.", NewIncident, Some(Bas), None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "badge readers for the annex", "From: j.martin@ac-aix.example\nSubject: Self de l'annexe",
        "Bonjour,\nLe self de l'annexe ouvre à la rentrée de janvier ; il lui faudra un lecteur de badges relié au même serveur que la cantine principale.", NewRequest, None, None),
    case("request", "wifi hours at the boarding school", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi de l'internat",
        "Bonjour,\nLe conseil de la vie lycéenne demande que le wifi de l'internat reste ouvert jusqu'à 22 h 30 les soirs d'étude, au lieu de 21 h.", NewRequest, None, None),
    case("request", "recorders: a newer software", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel du labo",
        "Bonjour,\nLes professeurs d'anglais voudraient une version du logiciel de laboratoire qui permette d'envoyer les enregistrements sur l'ENT. Est-ce envisageable pour l'an prochain ?", NewRequest, None, None),
    case("request", "English, SMS for staff too", "From: sandrine.morel@ac-paris.example\nSubject: SMS gateway",
        "Hello, could the SMS gateway also be used to warn teachers of room changes? Today it only reaches families.", NewRequest, None, None),
    case("request", "more keyboards", "From: marc.petit@ac-lyon.example\nSubject: Claviers supplémentaires",
        "Bonjour,\nAvec l'option musique qui passe à deux groupes, huit claviers pour vingt-quatre élèves, c'est trop peu. Serait-il possible d'en obtenir huit de plus ?", NewRequest, None, None),
    // --- intent: replies, some quoting the desk's notice --------------------------------------
    case("intent", "thanks, quoting the closure notice", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005001] Intervention terminée : Bornes de la cantine",
        "Parfait, les lecteurs ont tenu tout le service de midi. Merci à vous.\n\nLe 05/12/2026 à 14:02, CESAME a écrit :\n> Intervention terminée — demande 2026-005001 (Collège Mistral).\n> Merci de nous confirmer que le problème est résolu en répondant à ce message (par exemple « c'est résolu, vous pouvez clôturer »), ou de nous signaler s'il persiste (« toujours en panne »).", ClosureConfirmation, None, None),
    case("intent", "still frozen, quoting the notice", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005002] Intervention terminée : Four de l'atelier cuisine",
        "Bonjour,\nLe four a redémarré hier soir mais ce matin l'écran est de nouveau figé.\n\n-----Message d'origine-----\nDe : CESAME\nEnvoyé : vendredi 4 décembre 2026 16:40\nObjet : [CESAME #2026-005002] Intervention terminée : Four de l'atelier cuisine\n\nIntervention terminée — demande 2026-005002 (Lycée Faidherbe).\nMerci de nous confirmer que le problème est résolu en répondant à ce message (par exemple « c'est résolu, vous pouvez clôturer »), ou de nous signaler s'il persiste (« toujours en panne »).", FollowUp, None, None),
    case("intent", "the SMS: who to call", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005003] Passerelle SMS",
        "Bonjour,\nLe prestataire peut joindre directement Mme Roux, CPE, au poste 214.\n\n> Accusé de réception — demande 2026-005003", FollowUp, None, None),
    case("intent", "recorders: a week without news", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005004] Laboratoire de langues",
        "Bonjour,\nUne semaine que les oraux blancs sont reportés faute d'enregistrement. Quelqu'un est-il passé ?", Reminder, None, None),
    case("intent", "keyboards: half of them", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005005] Salle de musique",
        "Le son est revenu sur les claviers du fond, ceux près de la fenêtre restent muets.", FollowUp, None, None),
    case("intent", "a terse closure", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005006] Vidéoprojecteur salle 2",
        "ok c réglé merci", ClosureConfirmation, None, None),
    case("intent", "all our open requests", "From: j.martin@ac-aix.example\nSubject: Point d'étape",
        "Bonjour,\nPour le conseil d'administration, pourriez-vous m'adresser la liste des demandes du collège qui ne sont pas encore closes ?", ListRequest, None, None),
    case("intent", "English closure", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005003] Passerelle SMS",
        "Hi, messages are going out to families again since this morning. Thanks, you can close it.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's closure quoting the order", "From: sav@restauration-equip.example\nSubject: RE: [CESAME #2026-005001] Ordre de travail - Collège Mistral - bornes cantine",
        "Bonjour,\nIntervention effectuée : switch du local cantine remplacé, bornes de nouveau en ligne.\n\n> Ordre de travail OT-2026-005001\n> Merci de nous indiquer la date de passage. Quel est le code d'accès du local ?", ContractorUpdate, None, None),
    case("unauthorised", "a teacher writes himself", "From: p.lambert@ac-lyon.example\nSubject: Claviers salle de musique",
        "Bonjour,\nJe suis professeur de musique au lycée Ampère : les claviers ne font plus de son. Merci d'intervenir.", Unauthorised, None, None),
    case("spam", "a parcel fee", "From: Colissimo <suivi@colis-livraison.example>\nSubject: Votre colis est en attente\nContent-Type: text/html; charset=utf-8",
        "<p>Votre colis n'a pas pu être livré. Des frais de 1,99 € restent à régler.</p><p><a href=\"https://colis-livraison.example/payer\">Payer maintenant</a></p>", Spam, None, None),
    case("auto-reply", "an out-of-office in English", "From: sandrine.morel@ac-paris.example\nSubject: Automatic reply: [CESAME #2026-005003] Passerelle SMS\nAuto-Submitted: auto-replied",
        "I am out of the office until December 14 with limited access to e-mail.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a priority written as P1", "From: j.martin@ac-aix.example\nSubject: [P1] Serveur pédagogique arrêté",
        "Bonjour,\nLe serveur pédagogique s'est arrêté, plus aucun poste ne démarre en salle informatique.", NewIncident, Some(TresHaut), None),
    case("urgency", "a relaxed English note", "From: claire.dubois@ac-lyon.example\nSubject: Mouse in room 5",
        "Hi, one mouse in room 5 has a sticky wheel. Whenever you have time, no rush.", NewIncident, Some(Bas), None),
    case("uai", "a code with dots", "From: tice@region.example\nSubject: Écran salle 9",
        "Bonjour,\nPour le collège Montaigne (UAI 0330.789.D), l'écran interactif de la salle 9 reste noir.", NewIncident, None, Some("0330789D")),
    case("uai", "a code in the subject after a dash", "From: tice@region.example\nSubject: 0595012C - imprimante du CDI",
        "Bonjour,\nL'imprimante du CDI indique « toner vide » alors que la cartouche est neuve.", NewIncident, None, Some("0595012C")),
];
