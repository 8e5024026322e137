//! The eighty-eighth aside part: written after the eighty-first round, before any change, in
//! about the mix with the costliest class in yet other words (places counted against
//! pupils, no room equipped for a remote exam, tape backups to move on from, screens too small
//! for the work, a partially sighted pupil arriving, two merged schools' shares; and faults
//! told as needs: "nous avons besoin que quelqu'un vienne voir", "merci de prévoir le
//! remplacement" of a failing battery, a printer to add "de nouveau"), with urgency as "P2",
//! intents in new words ("le souci est derrière nous", "un point d'étape", "rien n'a changé",
//! "inutile d'intervenir"), a pupil writing, a domain renewal scam and a publisher's newsletter.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_88: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "places counted against pupils", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle informatique",
        "Bonjour,\nNous n'arrivons pas à faire travailler une classe entière en salle informatique : 24 places pour 30 élèves. Les professeurs doivent dédoubler les séances.", NewRequest, None, None),
    case("request", "no room equipped for a remote exam", "From: paul.henry@ac-lille.example\nSubject: Visioconférence BTS",
        "Bonjour,\nAucune salle du lycée n'est équipée pour la visioconférence ; avec les oraux à distance du BTS en mai, il en faudrait au moins une.\nUrgence : P2", NewRequest, Some(Moyen), None),
    case("request", "video for the teachers only", "From: claire.dubois@ac-lyon.example\nSubject: Vidéos en ligne",
        "Bonjour,\nLe filtrage bloque les plateformes de vidéo pour tout le monde. Pourrait-on les ouvrir pour les professeurs uniquement, les élèves restant filtrés ?", NewRequest, None, None),
    case("request", "tape backups to move on from", "From: sandrine.morel@ac-paris.example\nSubject: Sauvegardes",
        "Bonjour,\nLa sauvegarde du serveur administratif se fait encore sur bande, que l'intendante change chaque soir. Le proviseur souhaiterait passer à une sauvegarde externalisée.\nDélai souhaité : aucune urgence", NewRequest, Some(Bas), None),
    case("request", "screens too small for the work", "From: j.martin@ac-aix.example\nSubject: Écrans CAO",
        "Bonjour,\nLes écrans des postes de CAO de l'atelier sont trop petits pour travailler sur les plans d'ensemble. Des écrans de 27 pouces seraient bien plus adaptés.", NewRequest, None, None),
    case("request", "a partially sighted pupil arriving", "From: marc.petit@ac-lyon.example\nSubject: Élève malvoyant",
        "Bonjour,\nLe lycée accueille en janvier un élève malvoyant : il lui faudra un poste avec un logiciel d'agrandissement et une synthèse vocale, au CDI et en salle 104.\nLycée Ampère (0691234S)", NewRequest, None, Some("0691234S")),
    case("request", "two merged schools' shares", "From: anne.leroux@ac-bordeaux.example\nSubject: Fusion des sites",
        "Bonjour,\nDepuis la fusion administrative avec le collège voisin, les personnels du site annexe ne voient pas les dossiers partagés du site principal. Il faudrait relier les deux réseaux.", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "someone to come and see", "From: sandrine.morel@ac-paris.example\nSubject: Copieur rez-de-chaussée",
        "Bonjour,\nNous avons besoin que quelqu'un vienne voir le copieur du rez-de-chaussée : il imprime des traits noirs sur toutes les pages.\nC'est urgentissime !!", NewIncident, Some(TresHaut), None),
    case("request", "a failing battery to replace", "From: paul.henry@ac-lille.example\nSubject: Onduleur baie de brassage",
        "Bonjour,\nMerci de prévoir le remplacement de la batterie de l'onduleur de la baie du bâtiment B : il bipe en continu et affiche « battery fault » depuis ce matin.", NewIncident, None, None),
    case("request", "a printer to add again", "From: j.martin@ac-aix.example\nSubject: Imprimante secrétariat",
        "Bonjour,\nPouvez-vous ajouter de nouveau l'imprimante du secrétariat sur le poste de la principale ? Elle a disparu de la liste des imprimantes.\nUAI 0130456 A", NewIncident, None, Some("0130456A")),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the trouble is behind us", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008808] Copieur rez-de-chaussée",
        "Parfait, le souci est derrière nous : les copies sont impeccables depuis le changement du tambour.", ClosureConfirmation, None, None),
    case("intent", "has a date been set", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008807] Fusion des sites",
        "Bonjour,\nUne date d'intervention a-t-elle été fixée ? Cela fait dix jours que nous attendons.", Reminder, None, None),
    case("intent", "only pupils' accounts", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008803] Vidéos en ligne",
        "Bonjour,\nNouvelle information : le blocage ne concerne que les comptes élèves créés cette année, les anciens passent.", FollowUp, None, None),
    case("intent", "nothing has changed", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008809] Onduleur baie de brassage",
        "Bonjour,\nLe technicien est passé hier après-midi, mais rien n'a changé : l'onduleur bipe toujours.", FollowUp, None, None),
    case("intent", "no need to come", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008810] Imprimante secrétariat",
        "Bonjour,\nFinalement, inutile d'intervenir : l'imprimante était simplement éteinte au secrétariat. Toutes mes excuses.", ClosureConfirmation, None, None),
    case("intent", "a progress report on all our requests", "From: marc.petit@ac-lyon.example\nSubject: Point d'étape",
        "Bonjour,\nPourrais-je avoir un point d'étape sur l'ensemble des demandes que nous vous avons adressées depuis septembre ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a pupil writes", "From: lucas.b2009@gmail.example\nSubject: ENT bloqué",
        "Bonjour, je suis élève de terminale au lycée Faidherbe et mon compte ENT est bloqué depuis lundi, je ne peux plus rendre mes devoirs. Merci de m'aider.", Unauthorised, None, None),
    case("spam", "a domain renewal scam", "From: Service Domaines <renouvellement@domaines-registre.example>\nSubject: Expiration du nom de domaine de votre établissement",
        "Madame, Monsieur,\nLe nom de domaine de votre établissement expire le 10 décembre. Sans renouvellement, votre site et vos adresses de messagerie cesseront de fonctionner. Renouvelez pour 5 ans (289 € HT) : https://domaines-registre.example/renouveler", Spam, None, None),
    case("spam", "a publisher's newsletter", "From: Éditions Numériques <lettre@editions-numeriques.example>\nSubject: La lettre des enseignants - décembre\nList-Unsubscribe: <mailto:desinscription@editions-numeriques.example>\nPrecedence: bulk",
        "Bonjour,\nDécouvrez ce mois-ci nos nouveaux manuels numériques de sciences et nos ressources pour préparer le brevet.\nSe désinscrire : https://editions-numeriques.example/desinscription", Bulk, None, None),
];
