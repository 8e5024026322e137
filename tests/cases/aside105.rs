//! The hundred-and-fifth aside part: written after the ninety-seventh round, before any change,
//! on the costliest class in the school's daily life (the canteen's badges, guest Wi-Fi, copy
//! quotas, a hall screen, the ULIS class's laptops, a move during works, software for a
//! subject), each need beside a fault on the same thing; with urgency in words ("cela peut
//! attendre les vacances", "ASAP"), spam in French (a domain about to expire, a voicemail), a
//! code written in groups, intents in new words and an outsider.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_105: &[Case] = &[
    // --- needs and faults on the same things --------------------------------------------------
    case("request", "badges for the canteen", "From: claire.dubois@ac-lyon.example\nSubject: Self - passage au badge",
        "Bonjour,\nLe self passe au badge à la rentrée de janvier. Il faudrait installer une borne de lecture à l'entrée de la cantine et la relier au réseau.\nCordialement,\nClaire Dubois", NewRequest, None, None),
    case("request", "the canteen's reader is dead", "From: claire.dubois@ac-lyon.example\nSubject: Borne du self",
        "Bonjour,\nLa borne de lecture des badges à l'entrée du self affiche « lecteur indisponible » depuis ce matin ; les élèves passent sans être décomptés.", NewIncident, None, None),
    case("request", "guest Wi-Fi for parents", "From: j.martin@ac-aix.example\nSubject: Wi-Fi invités",
        "Bonjour,\nPour les réunions parents-professeurs, nous souhaiterions disposer d'un accès Wi-Fi invité, limité à la salle polyvalente et coupé le reste du temps.\nUAI : 013 0456 A", NewRequest, None, Some("0130456A")),
    case("request", "raising a copy quota", "From: sandrine.morel@ac-paris.example\nSubject: Quotas de copies",
        "Bonjour,\nLes professeurs de lettres atteignent leur quota de copies dès novembre. Est-il possible de relever le quota annuel à 3 000 pages pour cette discipline ?", NewRequest, None, None),
    case("request", "the copy counter resets", "From: sandrine.morel@ac-paris.example\nSubject: Compteurs des copieurs",
        "Bonjour,\nDepuis lundi, le compteur de copies des professeurs est remis à zéro chaque matin : plus aucun quota n'est décompté sur les copieurs de la salle des professeurs.", NewIncident, None, None),
    case("request", "a timetable screen, HTML only", "From: anne.leroux@ac-bordeaux.example\nSubject: Affichage dans le hall\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Nous aimerions afficher l'emploi du temps et les absences des professeurs sur un écran dans le hall d'entrée, comme cela se fait au lycée voisin.</p><p>Bien à vous,<br>Anne Leroux</p>", NewRequest, None, None),
    case("request", "the hall screen is frozen", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran du hall",
        "Bonjour,\nL'écran d'affichage du hall reste figé sur la page d'hier, il ne se met plus à jour.", NewIncident, None, None),
    case("request", "too few laptops for the ULIS", "From: paul.henry@ac-lille.example\nSubject: Classe ULIS",
        "Bonjour,\nLa classe ULIS accueille trois élèves de plus cette année et ne dispose que de quatre portables pour neuf élèves. Serait-il possible d'en obtenir cinq supplémentaires ?", NewRequest, None, None),
    case("request", "the ULIS laptops do not charge", "From: paul.henry@ac-lille.example\nSubject: Chariot ULIS",
        "Bonjour,\nLes portables de la classe ULIS ne se chargent plus dans le chariot : les voyants restent éteints, même branchés toute la nuit.", NewIncident, None, None),
    case("request", "the infirmary moves, forwarded", "From: marc.petit@ac-lyon.example\nSubject: TR: Déménagement de l'infirmerie",
        "Bonjour,\nJe vous transfère le message de l'intendance.\n\n-------- Message transféré --------\nDe : Intendance\nObjet : Déménagement de l'infirmerie\n\nL'infirmerie déménage au rez-de-chaussée pendant les travaux, du 4 au 22 janvier. Son poste et son imprimante devront suivre, ainsi que la ligne téléphonique.", NewRequest, None, None),
    case("request", "software for the maths rooms", "From: j.martin@ac-aix.example\nSubject: GeoGebra",
        "Bonjour,\nPourriez-vous déployer GeoGebra sur les postes des deux salles de mathématiques ? Le logiciel n'y figure pas et les collègues le réclament.", NewRequest, None, None),
    case("request", "the software closes", "From: j.martin@ac-aix.example\nSubject: GeoGebra salle 12",
        "Bonjour,\nGeoGebra a bien été installé, merci, mais il se ferme dès qu'on ouvre une figure, sur tous les postes de la salle 12.", NewIncident, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "it can wait for the holidays", "From: claire.dubois@ac-lyon.example\nSubject: Haut-parleur salle 7",
        "Bonjour,\nLe haut-parleur gauche de la salle 7 grésille. Rien de pressé, cela peut attendre les vacances.\nUAI 0691234S", NewIncident, Some(Bas), Some("0691234S")),
    case("urgency", "ASAP before the class councils", "From: sandrine.morel@ac-paris.example\nSubject: Pronote inaccessible - ASAP",
        "Bonjour,\nPronote refuse toutes les connexions des professeurs depuis 8 h. Merci de traiter ASAP, les conseils de classe commencent jeudi.", NewIncident, Some(TresHaut), None),
    case("urgency", "a moderate level in words", "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante du CDI",
        "Bonjour,\nL'imprimante du CDI fait des traces noires sur chaque page.\nDegré d'urgence : modéré", NewIncident, Some(Moyen), None),
    // --- spam -----------------------------------------------------------------------------------
    case("spam", "a domain about to expire", "From: Service Domaines <renouvellement@domaines-fr-gestion.example>\nSubject: Votre nom de domaine expire dans 48 h",
        "Madame, Monsieur,\nLe nom de domaine de votre établissement expire dans 48 heures. Renouvelez-le dès maintenant pour éviter la suspension de votre site et de vos adresses : https://domaines-fr-gestion.example/renouveler", Spam, None, None),
    case("spam", "a voicemail, HTML only", "From: Messagerie vocale <voicemail@telephonie-pro.example>\nSubject: Nouveau message vocal (0:47)\nContent-Type: text/html; charset=utf-8",
        "<p>Vous avez reçu un nouveau message vocal de la part de +33 4 78 00 00 00 (durée 0:47).</p><p><a href=\"https://telephonie-pro.example/ecoute?id=88231\">Écouter le message</a></p>", Spam, None, None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "a summary of what waits", "From: paul.henry@ac-lille.example\nSubject: Récapitulatif",
        "Bonjour,\nPouvez-vous me faire un récapitulatif des signalements en attente pour notre établissement ?", ListRequest, None, None),
    case("intent", "a detail added", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-010512] Borne du self",
        "Bonjour,\nJe complète mon message : le modèle de la borne est une Elior B200, numéro de série au dos.", FollowUp, None, None),
    case("intent", "the school closes it itself", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010515] Écran du hall",
        "Bonjour,\nProblème réglé de notre côté après un redémarrage, vous pouvez clore le dossier.", ClosureConfirmation, None, None),
    case("intent", "still waiting for the visit", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-010514] Compteurs des copieurs",
        "Bonjour,\nSauf erreur de ma part, personne n'est encore intervenu et les compteurs repartent à zéro chaque matin. Pouvez-vous relancer le prestataire ?", Reminder, None, None),
    // --- outsider -------------------------------------------------------------------------------
    case("unauthorised", "a CPE writes", "From: cpe.lycee-faidherbe@ac-lille.example\nSubject: Logiciel de vie scolaire",
        "Bonjour,\nJe suis CPE au lycée Faidherbe. Le module absences de Pronote ne s'ouvre plus sur mon poste. Pouvez-vous intervenir ?", Unauthorised, None, None),
];
