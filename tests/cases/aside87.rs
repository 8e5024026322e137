//! The eighty-seventh aside part: written after the eightieth round, before any change, again
//! aimed at the costliest class in other words (PCs too slow for a new program, a printer
//! without colour, one access point for three floors, a new building connected to nothing, a
//! disk full, an alarm to link; and faults asked as needs: a cut cable to change, software to
//! install "à nouveau", a new password because the old one fails), with urgency as "Sévérité"
//! and on a scale of four, a list asked with "lesquels", and spam that asks for a signature
//! "de toute urgence".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_87: &[Case] = &[
    // --- needs that sound like faults ----------------------------------------------------------
    case("request", "PCs too slow for a new program", "From: claire.dubois@ac-lyon.example\nSubject: Salle de langues",
        "Bonjour,\nLes postes de la salle de langues sont trop lents pour faire tourner le nouveau logiciel d'entraînement à l'oral choisi par l'équipe : il faut trois minutes pour lancer un exercice. Pourrait-on envisager leur remplacement ?", NewRequest, None, None),
    case("request", "a printer without colour", "From: j.martin@ac-aix.example\nSubject: Imprimante couleur CDI",
        "Bonjour,\nL'imprimante du CDI n'imprime qu'en noir et blanc ; pour les affiches des projets d'élèves, il nous en faudrait une qui fasse la couleur.\nSévérité : mineure", NewRequest, Some(Bas), None),
    case("request", "one access point for three floors", "From: anne.leroux@ac-bordeaux.example\nSubject: Wi-Fi internat",
        "Bonjour,\nÀ l'internat, le Wi-Fi décroche sans arrêt le soir : il n'y a qu'une seule borne pour trois étages et quarante élèves. Serait-il possible d'en ajouter une par étage ?", NewRequest, None, None),
    case("request", "a new building connected to nothing", "From: paul.henry@ac-lille.example\nSubject: Bâtiment des sciences",
        "Bonjour,\nLe nouveau bâtiment des sciences ouvre le 15 mars et, à ce jour, il n'est raccordé à rien : ni réseau, ni téléphone, ni Wi-Fi. Qui doit piloter ces travaux ?\nRNE 0595012 C", NewRequest, None, Some("0595012C")),
    case("request", "the mobile class no longer enough", "From: sandrine.morel@ac-paris.example\nSubject: Classe mobile",
        "Bonjour,\nLa classe mobile de seize portables ne suffit plus depuis que deux classes de seconde l'utilisent aux mêmes heures. Une seconde classe mobile est-elle possible ?", NewRequest, None, None),
    case("request", "printing from phones", "From: marc.petit@ac-lyon.example\nSubject: Impression sans fil",
        "Bonjour,\nLes professeurs ne peuvent pas imprimer depuis leur téléphone ou leur tablette personnelle. Serait-ce possible d'activer l'impression sans fil sur le copieur de la salle des professeurs ?", NewRequest, None, None),
    case("request", "a disk almost full", "From: anne.leroux@ac-bordeaux.example\nSubject: Serveur pédagogique",
        "Bonjour,\nLe disque du serveur pédagogique est plein à 95 % ; il faudrait l'agrandir avant les projets vidéo de fin d'année.\nCriticité : 2/4", NewRequest, Some(Moyen), None),
    case("request", "an alarm to link", "From: j.martin@ac-aix.example\nSubject: Alarme anti-intrusion",
        "Bonjour,\nL'alarme anti-intrusion du collège n'est pas reliée au réseau : le principal voudrait recevoir les alertes par courriel et par SMS. Est-ce faisable ?", NewRequest, None, None),
    // --- faults asked as needs -----------------------------------------------------------------
    case("request", "a cut cable to change", "From: sandrine.morel@ac-paris.example\nSubject: Câble salle 3",
        "Bonjour,\nIl faudrait changer le câble réseau de la salle 3 : il a été sectionné par la porte du placard et le poste du professeur n'a plus internet.", NewIncident, None, None),
    case("request", "software to install again", "From: paul.henry@ac-lille.example\nSubject: Logiciel de géométrie",
        "Bonjour,\nPourriez-vous installer à nouveau le logiciel de géométrie dynamique ? Il a disparu de tous les postes de la salle 14 après la mise à jour de la semaine dernière.\nUrgence : 3", NewIncident, Some(TresHaut), None),
    case("request", "a new password, the old one fails", "From: claire.dubois@ac-lyon.example\nSubject: Mot de passe autocommutateur",
        "Bonjour,\nNous aurions besoin d'un nouveau mot de passe pour le compte administrateur de l'autocommutateur : l'ancien ne fonctionne plus depuis la coupure d'hier.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "twelve PCs of sixteen", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008710] Logiciel de géométrie",
        "Bonjour,\nLe logiciel est revenu sur douze postes, mais sur les postes 13 à 16 il refuse toujours de démarrer.", FollowUp, None, None),
    case("intent", "closed on our side", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008709] Câble salle 3",
        "Bonjour,\nJe vous confirme que tout fonctionne : de notre côté, l'incident est clos.", ClosureConfirmation, None, None),
    case("intent", "closed over the holidays", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008708] Alarme anti-intrusion",
        "Bonjour,\nLe collège sera fermé du 19 décembre au 4 janvier, merci d'en tenir compte pour planifier la visite.", FollowUp, None, None),
    case("intent", "the third reminder", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008707] Serveur pédagogique",
        "Bonjour,\nJe relance pour la troisième fois : le disque est maintenant plein à 99 %.", Reminder, None, None),
    case("intent", "which are still open", "From: marc.petit@ac-lyon.example\nSubject: Tickets",
        "Bonjour,\nLesquels sont encore ouverts de notre côté ? Je reprends le suivi pendant l'absence de Mme Dubois.", ListRequest, None, None),
    case("intent", "the password works, the phones not", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008711] Mot de passe autocommutateur",
        "Bonjour,\nLe nouveau mot de passe fonctionne, merci. En revanche les postes téléphoniques du bâtiment B n'ont toujours pas de tonalité.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the parents' association", "From: presidence@fcpe-voltaire.example\nSubject: Ordinateurs du CDI",
        "Bonjour,\nEn tant que présidente de l'association des parents d'élèves du lycée Voltaire, je vous signale que plusieurs ordinateurs du CDI sont en panne depuis des semaines.", Unauthorised, None, None),
    case("spam", "a signature asked urgently", "From: Signature Électronique <signature@esign-documents.example>\nSubject: Document à signer de toute urgence",
        "Bonjour,\nUn document confidentiel vous attend pour signature de toute urgence. Il expirera ce soir à minuit.\nSigner le document : https://esign-documents.example/signer?ref=A77", Spam, None, None),
    case("spam", "search ranking for the school's site", "From: Agence Web Plus <contact@agence-webplus.example>\nSubject: Le site de votre lycée est invisible sur Google",
        "Bonjour,\nNous avons analysé le site de votre établissement : il n'apparaît qu'en page 5 des résultats. Notre agence peut le placer en première page en 30 jours. Répondez à ce message pour un audit gratuit.", Spam, None, None),
];
