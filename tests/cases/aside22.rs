//! The twenty-second aside part: written after the nineteenth round and never tuned on. The
//! impersonal style of administrative letters ("il est constaté", "il conviendrait de", "une
//! étude est souhaitée"), one-word replies, and a new correspondant not yet in the directory.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_22: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "it is observed", "From: sandrine.morel@ac-paris.example\nSubject: Dysfonctionnement messagerie",
        "Bonjour,\nIl est constaté depuis lundi que les messages adressés au secrétariat arrivent avec plusieurs heures de retard.", NewIncident, None, None),
    case("request", "a malfunction noted", "From: j.martin@ac-aix.example\nSubject: Signalement",
        "Bonjour,\nUn dysfonctionnement a été relevé sur le poste de la CPE : le son est inaudible.", NewIncident, None, None),
    case("request", "one observes", "From: claire.dubois@ac-lyon.example\nSubject: Salle 9",
        "Bonjour,\nOn observe des déconnexions répétées du réseau sur les postes 5 à 8 de la salle 9.", NewIncident, None, None),
    case("request", "a label form", "From: paul.henry@ac-lille.example\nSubject: Signalement : imprimante salle 4",
        "Signalement : l'imprimante de la salle 4 affiche « papier coincé » sans papier coincé.", NewIncident, None, None),
    case("request", "an update broke it", "From: anne.leroux@ac-bordeaux.example\nSubject: Suite mise à jour",
        "Bonjour,\nSuite à la mise à jour de mardi, le logiciel de vie scolaire ne lance plus les impressions.", NewIncident, None, None),
    case("request", "a short report", "From: marc.petit@ac-lyon.example\nSubject: Scanner CDI",
        "Scanner du CDI : ne s'allume pas.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "it would be advisable", "From: sandrine.morel@ac-paris.example\nSubject: Sécurisation du réseau",
        "Bonjour,\nIl conviendrait de séparer le réseau administratif du réseau pédagogique, conformément aux recommandations du rectorat.", NewRequest, None, None),
    case("request", "it is requested", "From: j.martin@ac-aix.example\nSubject: Salle de réunion",
        "Bonjour,\nIl est demandé l'installation d'un système de visioconférence dans la salle de réunion.", NewRequest, None, None),
    case("request", "a study wished", "From: claire.dubois@ac-lyon.example\nSubject: Étude wifi",
        "Bonjour,\nUne étude de la couverture wifi de l'internat est souhaitée avant les travaux de l'été.", NewRequest, None, None),
    case("request", "that it be studied", "From: paul.henry@ac-lille.example\nSubject: Bornes de recharge",
        "Bonjour,\nNous souhaitons que soit étudiée la pose de bornes de recharge pour les tablettes dans chaque salle.", NewRequest, None, None),
    case("request", "it would be opportune", "From: anne.leroux@ac-bordeaux.example\nSubject: Postes du CDI",
        "Bonjour,\nIl serait opportun d'équiper le CDI de quatre postes supplémentaires pour les recherches des élèves.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "one word: resolved", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-002201] Scanner CDI",
        "Résolu.", ClosureConfirmation, None, None),
    case("intent", "settled, thanks", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002202] Signalement : imprimante salle 4",
        "Réglé, merci.", ClosureConfirmation, None, None),
    case("intent", "see the attachment", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-002203] Suite mise à jour",
        "Voir pièce jointe.", FollowUp, None, None),
    case("intent", "second reminder, numbered", "From: sandrine.morel@ac-paris.example\nSubject: Relance n°2 - Dysfonctionnement messagerie",
        "Bonjour,\nSans retour de votre part, je me permets ce nouveau message.", Reminder, None, None),
    case("intent", "an answer would be appreciated", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-002204] Signalement",
        "Bonjour,\nUn retour rapide serait apprécié, le poste de la CPE est toujours inutilisable.", Reminder, None, None),
    case("intent", "the history of our tickets", "From: claire.dubois@ac-lyon.example\nSubject: Historique",
        "Bonjour,\nPouvez-vous me communiquer l'historique des tickets ouverts du lycée depuis septembre ?", ListRequest, None, None),
    case("intent", "the technician settled everything", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-002205] Signalement",
        "Le technicien est passé ce matin et a tout réglé.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a secure message", "From: messagerie@secure-msg.example\nSubject: Vous avez (1) nouveau message sécurisé",
        "Un message sécurisé vous attend. Pour le lire, identifiez-vous : http://secure-msg.example/read", Spam, None, None),
    case("spam", "a payment notice", "From: paiement@avis-virement.example\nSubject: Avis de paiement",
        "Bonjour,\nUn paiement de 1 250,00 € a été émis en votre faveur. Consultez l'avis de virement ci-joint.", Spam, None, None),
    case("spam", "a new correspondant not yet listed", "From: v.lambert@ac-aix.example\nSubject: Nouveau correspondant",
        "Bonjour,\nJe suis le nouveau correspondant du collège Mistral depuis novembre. Le vidéoprojecteur de la salle 5 ne s'allume plus.", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "a level word alone in the subject", "From: anne.leroux@ac-bordeaux.example\nSubject: Bloquant : serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers ne répond plus.", NewIncident, Some(TresHaut), None),
    case("urgency", "priority normal", "From: marc.petit@ac-lyon.example\nSubject: Clavier",
        "Bonjour,\nUn clavier a des touches qui ne répondent plus.\nPriorité : normale", NewIncident, Some(Moyen), None),
    case("uai", "RNE lower case", "From: j.martin@ac-aix.example\nSubject: Écran",
        "Bonjour,\nÉcran cassé en salle 1.\nrne : 0130456a", NewIncident, None, Some("0130456A")),
];
