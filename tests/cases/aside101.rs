//! The hundred-and-first aside part: written after the ninety-third round, before any change,
//! with the costliest class in yet other words and voices (a bursar's budget-minded request, a
//! teacher's enthusiastic project relayed, a complaint that is really a wish, a question whether
//! a thing is normal; faults told as "est-ce normal que", "je ne sais pas si c'est un
//! problème", "pouvez-vous faire quelque chose"), urgency as "Niveau de gravité : 2 sur 4"
//! and "pas de caractère d'urgence", with replies and outsiders.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_101: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a bursar's budget-minded request", "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimantes individuelles",
        "Bonjour,\nNous avons encore onze imprimantes individuelles dans les bureaux, qui coûtent cher en cartouches. L'intendante propose de les retirer au profit de deux copieurs partagés en réseau.\npas de caractère d'urgence", NewRequest, Some(Bas), None),
    case("request", "a teacher's project relayed", "From: j.martin@ac-aix.example\nSubject: Projet webradio",
        "Bonjour,\nUne collègue de français lance une webradio avec ses élèves de quatrième. Il leur faudrait deux micros, une petite table de mixage et un poste pour le montage, dans l'ancienne salle de musique.", NewRequest, None, None),
    case("request", "a complaint that is a wish", "From: paul.henry@ac-lille.example\nSubject: Salle des professeurs",
        "Bonjour,\nLes collègues se plaignent : on ne peut pas imprimer depuis son portable personnel en salle des professeurs, il faut passer par une clé USB. Une imprimante accessible en wifi changerait la vie de tout le monde.", NewRequest, None, None),
    case("request", "video calls with a partner school", "From: sandrine.morel@ac-paris.example\nSubject: Visio avec l'étranger",
        "Bonjour,\nNous voudrions organiser des échanges en visioconférence avec notre lycée partenaire en Allemagne, mais les postes n'ont ni caméra ni micro. Serait-il possible d'équiper au moins une salle ?\nNiveau de gravité : 2 sur 4", NewRequest, Some(Moyen), None),
    case("request", "a room turned into a lab", "From: claire.dubois@ac-lyon.example\nSubject: Salle 118",
        "Bonjour,\nLa salle 118 devient un laboratoire de langues à la rentrée de janvier : il faudra y amener le réseau et l'électricité pour vingt postes.", NewRequest, None, None),
    // --- faults told as questions -----------------------------------------------------------------
    case("request", "is it normal", "From: marc.petit@ac-lyon.example\nSubject: Sauvegarde",
        "Bonjour,\nEst-ce normal que la sauvegarde du serveur administratif affiche « échec » tous les matins depuis une semaine ?", NewIncident, None, None),
    case("request", "not sure it is a problem", "From: j.martin@ac-aix.example\nSubject: Borne wifi salle 6",
        "Bonjour,\nJe ne sais pas si c'est un problème, mais la borne wifi de la salle 6 redémarre plusieurs fois par heure et les tablettes perdent la connexion à chaque fois.", NewIncident, None, None),
    case("request", "can you do something", "From: anne.leroux@ac-bordeaux.example\nSubject: Bruit du serveur",
        "Bonjour,\nPouvez-vous faire quelque chose pour le serveur du local technique ? Il fait un bruit de plus en plus fort et le local est brûlant.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the backup runs, the report not", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-010106] Sauvegarde",
        "Bonjour,\nLa sauvegarde se termine bien depuis hier soir, merci. Le rapport quotidien, lui, n'arrive toujours pas dans ma boîte.", FollowUp, None, None),
    case("intent", "nothing has moved", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010107] Borne wifi salle 6",
        "Bonjour,\nRien n'a bougé depuis mon message de la semaine dernière : la borne redémarre toujours. Quelqu'un peut-il s'en occuper ?", Reminder, None, None),
    case("intent", "closed, the noise gone", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010108] Bruit du serveur",
        "Bonjour,\nLe ventilateur a été changé, le serveur est silencieux et le local a retrouvé une température normale. Merci beaucoup !", ClosureConfirmation, None, None),
    case("intent", "a summary of what remains", "From: paul.henry@ac-lille.example\nSubject: Récapitulatif",
        "Bonjour,\nAvant les vacances, pourriez-vous me faire un récapitulatif de ce qui reste ouvert pour le lycée ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "an SEO offer", "From: Référencement Expert <contact@seo-expert.example>\nSubject: Votre site n'apparaît pas sur Google",
        "Bonjour,\nVotre site web n'apparaît pas en première page de Google. Nous pouvons y remédier en deux semaines, résultats garantis. Répondez à ce mail pour un audit gratuit.", Spam, None, None),
    case("unauthorised", "a correspondant's private address", "From: paul.henry59@orange.example\nSubject: Lycée Faidherbe - réseau",
        "Bonjour,\nJe vous écris de mon adresse personnelle, la messagerie du lycée étant en panne : plus aucun poste du lycée Faidherbe n'a de réseau depuis ce matin.", Unauthorised, None, None),
];
