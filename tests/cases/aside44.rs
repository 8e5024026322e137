//! The forty-fourth aside part: written after the thirty-ninth round, the last of this
//! sitting, in about the mix and in new content (the school bell, the safety alert
//! system, a card printer, e-readers, a student café's till). It is not tuned on: it stays the
//! reference of how the latest rules read new mail.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_44: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the school bell", "From: j.martin@ac-aix.example\nSubject: Sonnerie des cours",
        "Bonjour,\nLa sonnerie des cours, pilotée par le poste de la loge, sonne avec dix minutes de retard depuis lundi.", NewIncident, None, None),
    case("request", "the safety alert system", "From: claire.dubois@ac-lyon.example\nSubject: Alerte PPMS",
        "Bonjour,\nLors de l'exercice de ce matin, le logiciel d'alerte PPMS n'a déclenché aucun message sur les postes des salles. Urgence très haute.", NewIncident, Some(TresHaut), None),
    case("request", "a card printer", "From: sandrine.morel@ac-paris.example\nSubject: Imprimante à cartes",
        "Bonjour,\nL'imprimante des cartes de cantine imprime les photos décalées et coupe les noms.", NewIncident, None, None),
    case("request", "e-readers do not sync", "From: anne.leroux@ac-bordeaux.example\nSubject: Liseuses du CDI",
        "Bonjour,\nLes liseuses du CDI ne se synchronisent plus avec la plateforme de prêt numérique.", NewIncident, None, None),
    case("request", "the café's till", "From: paul.henry@ac-lille.example\nSubject: Caisse du foyer",
        "Bonjour,\nLa caisse du foyer des élèves n'imprime plus les tickets et le tiroir ne s'ouvre plus. Urgence basse.", NewIncident, Some(Bas), None),
    case("request", "English, alarm", "From: tice@region.example\nSubject: Faidherbe PA system",
        "Hi, the public address system at lycée Faidherbe (0595012C) has been silent since the power cut. Urgency: high.", NewIncident, Some(TresHaut), Some("0595012C")),
    case("request", "a printer server down", "From: marc.petit@ac-lyon.example\nSubject: Serveur d'impression",
        "Bonjour,\nPlus aucune impression possible dans le lycée : le serveur d'impression ne répond plus. 0691234S", NewIncident, None, Some("0691234S")),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a bell on the new building", "From: j.martin@ac-aix.example\nSubject: Sonnerie bâtiment neuf",
        "Bonjour,\nLe nouveau bâtiment n'est pas relié à la sonnerie des cours ; il faudrait y ajouter deux haut-parleurs.", NewRequest, None, None),
    case("request", "e-readers for a reading club", "From: anne.leroux@ac-bordeaux.example\nSubject: Club lecture",
        "Bonjour,\nLe club lecture voudrait une dizaine de liseuses supplémentaires pour l'an prochain.", NewRequest, None, None),
    case("request", "contactless cards", "From: sandrine.morel@ac-paris.example\nSubject: Cartes sans contact",
        "Bonjour,\nLa direction envisage de passer aux cartes sans contact pour la cantine. Qu'est-ce que cela impliquerait côté matériel ?", NewRequest, None, None),
    case("request", "a radio studio's stream", "From: claire.dubois@ac-lyon.example\nSubject: Radio du lycée",
        "Bonjour,\nLa radio du lycée aimerait diffuser en direct sur l'ENT ; faudrait-il ouvrir un port ou un service particulier ?", NewRequest, None, None),
    case("request", "staff wifi in the car park", "From: paul.henry@ac-lille.example\nSubject: Wifi parking",
        "Bonjour,\nSerait-il possible d'étendre le wifi des personnels jusqu'au parking pour les contrôles d'accès ?", NewRequest, None, None),
    case("request", "English, a till", "From: tice@region.example\nSubject: Montaigne café till",
        "Hello, the student café at collège Montaigne needs a small till with a receipt printer. Can the region fund one?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the bell on time", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004401] Sonnerie des cours",
        "La sonnerie est de nouveau à l'heure depuis la correction de l'horloge du poste. Merci, vous pouvez fermer.", ClosureConfirmation, None, None),
    case("intent", "the alert still silent", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004402] Alerte PPMS",
        "Bonjour,\nLe prochain exercice est jeudi et nous n'avons eu aucun retour. C'est une question de sécurité, merci de relancer.", Reminder, None, None),
    case("intent", "photos fixed, names not", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004403] Imprimante à cartes",
        "Les photos sont bien centrées maintenant, en revanche les noms sont toujours coupés.", FollowUp, None, None),
    case("intent", "the reader model", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004404] Liseuses du CDI",
        "Ce sont des Kobo Clara, douze en tout.", FollowUp, None, None),
    case("intent", "what's still open", "From: paul.henry@ac-lille.example\nSubject: Suivi de nos tickets",
        "Bonjour,\nPouvez-vous m'envoyer l'état de tous nos tickets non clôturés ?", ListRequest, None, None),
    case("intent", "a reminder about the till", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004405] Caisse du foyer",
        "Petit rappel : la caisse du foyer est toujours en panne.", Reminder, None, None),
    case("intent", "done, thanks", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004406] Serveur d'impression",
        "Les impressions repartent normalement. Merci pour la rapidité !", ClosureConfirmation, None, None),
    case("intent", "a question on the bell", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004407] Sonnerie bâtiment neuf",
        "Bonjour,\nLes haut-parleurs peuvent-ils être fixés en extérieur ou faut-il un modèle spécial ?", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake invoice in HTML", "From: Facturation <factures@edf-pro-paiement.example>\nSubject: Votre facture est disponible\nContent-Type: text/html; charset=utf-8",
        "<p>Votre facture d'électricité de 1 284,50 € est disponible.</p><p><a href=\"https://edf-pro-paiement.example/payer\">Payer ma facture</a></p>", Spam, None, None),
    case("spam", "a cold mail for a safety app", "From: contact@alerte-ecole.example\nSubject: Sécurisez votre établissement",
        "Bonjour,\nNotre application d'alerte PPMS équipe déjà 800 établissements. Je vous propose une démonstration gratuite de 20 minutes.", Spam, None, None),
    case("unauthorised", "the café's manager", "From: foyer.eleves@ac-lille.example\nSubject: Caisse",
        "Bonjour,\nLa caisse du foyer du lycée Faidherbe ne fonctionne plus. Merci de passer.", Unauthorised, None, None),
    case("bounce", "a mailbox unknown", "From: Mail Delivery Subsystem <mailer-daemon@mx.numeri-services.example>\nSubject: Undelivered Mail Returned to Sender",
        "Your message to planning2@numeri-services.example could not be delivered: user unknown.", Bounce, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level with a dash", "From: anne.leroux@ac-bordeaux.example\nSubject: Tableau numérique salle 4",
        "Bonjour,\nLe tableau numérique de la salle 4 ne réagit plus au stylet.\nUrgence - moyenne", NewIncident, Some(Moyen), None),
    case("urgency", "urgent and blocking", "From: sandrine.morel@ac-paris.example\nSubject: Bloquant : logiciel de vie scolaire",
        "Bonjour,\nLe logiciel de vie scolaire refuse toutes les connexions, impossible de faire l'appel.", NewIncident, Some(TresHaut), None),
    case("uai", "a code in lower case in the text", "From: j.martin@ac-aix.example\nSubject: Sonnerie",
        "Bonjour,\ncollège mistral, uai 0130456a : la sonnerie ne fonctionne plus du tout.", NewIncident, None, Some("0130456A")),
];
