//! The twentieth aside part: written after the seventeenth round and never tuned on. Faults
//! told by their consequences ("impossible de faire l'appel"), needs asked in English, anger in
//! reminders, automatic replies in both languages, and levels written as codes.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_20: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "told by the consequence", "From: j.martin@ac-aix.example\nSubject: Appel en classe",
        "Bonjour,\nCe matin, aucun professeur n'a pu faire l'appel : la page de Pronote tourne sans fin.", NewIncident, None, None),
    case("request", "homework lost", "From: claire.dubois@ac-lyon.example\nSubject: Devoirs des élèves",
        "Bonjour,\nLes élèves ne peuvent pas déposer leurs devoirs sur l'ENT, le bouton d'envoi reste grisé.", NewIncident, None, None),
    case("request", "lessons disturbed", "From: sandrine.morel@ac-paris.example\nSubject: Laboratoire de langues",
        "Bonjour,\nLes cours du laboratoire de langues sont perturbés : la console du professeur perd la main sur les postes élèves.", NewIncident, None, None),
    case("request", "a paper jam, again and again", "From: paul.henry@ac-lille.example\nSubject: Copieur 2e étage",
        "Bonjour,\nLe copieur du 2e étage se bloque à chaque recto-verso.", NewIncident, None, None),
    case("request", "English, a login loop", "From: tice@region.example\nSubject: Login loop at Montaigne",
        "Hi, at collège Montaigne teachers get sent back to the login page right after signing in to the ENT.", NewIncident, None, None),
    case("request", "a new PC that will not join", "From: anne.leroux@ac-bordeaux.example\nSubject: Nouveau poste",
        "Bonjour,\nLe poste livré la semaine dernière pour le secrétariat refuse de rejoindre le domaine.", NewIncident, None, None),
    case("request", "the bell server clock", "From: marc.petit@ac-lyon.example\nSubject: Sonneries décalées",
        "Bonjour,\nLes sonneries ont cinq minutes d'avance depuis lundi, les cours finissent trop tôt.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "could we get", "From: tice@region.example\nSubject: Visualisers",
        "Hi, could we get two document cameras for the science rooms at lycée Faidherbe?", NewRequest, None, None),
    case("request", "can you install", "From: tice@region.example\nSubject: Software request",
        "Hello, can you install GIMP on all the computers of the art room at collège Montaigne?", NewRequest, None, None),
    case("request", "a room to open to the network", "From: j.martin@ac-aix.example\nSubject: Foyer des élèves",
        "Bonjour,\nLe foyer des élèves va accueillir un espace jeux vidéo éducatifs ; pourriez-vous y amener le réseau ?", NewRequest, None, None),
    case("request", "a timetable screen", "From: sandrine.morel@ac-paris.example\nSubject: Écran vie scolaire",
        "Bonjour,\nLa vie scolaire aimerait afficher les absences des professeurs sur un écran à l'entrée.", NewRequest, None, None),
    case("request", "accounts for a partner", "From: paul.henry@ac-lille.example\nSubject: Comptes intervenants",
        "Bonjour,\nDes intervenants de l'université animeront un atelier chaque mardi : peuvent-ils obtenir des comptes invités ?", NewRequest, None, None),
    case("request", "a bigger screen for a pupil", "From: claire.dubois@ac-lyon.example\nSubject: Élève malvoyant",
        "Bonjour,\nUn élève malvoyant arrive en janvier ; il lui faudra un écran de 27 pouces et un logiciel d'agrandissement.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a month already", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-002001] Appel en classe",
        "Ça fait un mois ! Je vais devoir en référer au principal.", Reminder, None, None),
    case("intent", "English, works again", "From: tice@region.example\nSubject: RE: [CESAME #2026-002002] Login loop at Montaigne",
        "All good now, teachers can log in again. Thanks!", ClosureConfirmation, None, None),
    case("intent", "what remains for us", "From: marc.petit@ac-lyon.example\nSubject: Demandes",
        "Bonjour,\nQue reste-t-il comme demandes ouvertes pour le lycée Ampère ?", ListRequest, None, None),
    case("intent", "a screenshot and a time", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002003] Devoirs des élèves",
        "L'erreur est apparue à 10 h 32, capture jointe.", FollowUp, None, None),
    case("intent", "the technician came, fixed", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002004] Copieur 2e étage",
        "Le technicien a changé le module recto-verso, plus aucun bourrage depuis. Vous pouvez fermer.", ClosureConfirmation, None, None),
    case("intent", "waiting for the part", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002005] Laboratoire de langues",
        "Bonjour,\nLe technicien attend une pièce ; avez-vous une date de livraison ?", Reminder, None, None),
    // --- automated and outsiders ------------------------------------------------------------------
    case("spam", "English out of office", "From: tice@region.example\nSubject: Out of Office: Visualisers",
        "I am out of the office until 3 January with no access to email. For urgent matters, please call the switchboard.", AutoReply, None, None),
    case("spam", "French automatic answer", "From: marc.petit@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-002006] Demandes",
        "Je suis en congé jusqu'au 2 janvier. Votre message ne sera pas transféré.", AutoReply, None, None),
    case("spam", "a document to sign", "From: sign@esign-docs.example\nSubject: Document prêt à signer",
        "Un document vous attend pour signature électronique. Consultez-le et signez avant demain : http://esign-docs.example/sign", Spam, None, None),
    case("spam", "a colleague of the region", "From: c.fontaine@region.example\nSubject: Câblage du gymnase",
        "Bonjour,\nJe suis chargée des travaux au lycée Faidherbe : le gymnase sera recâblé en février, qui dois-je contacter pour le réseau ?", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "importance élevée", "From: anne.leroux@ac-bordeaux.example\nSubject: Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers est saturé, plus aucun enregistrement possible.\nImportance : élevée", NewIncident, Some(TresHaut), None),
    case("urgency", "P2 in the subject", "From: paul.henry@ac-lille.example\nSubject: [P2] Imprimante CDI",
        "Bonjour,\nL'imprimante du CDI imprime en double.", NewIncident, Some(Moyen), None),
    case("urgency", "a degree out of five", "From: j.martin@ac-aix.example\nSubject: Wifi",
        "Bonjour,\nLe wifi de l'aile B est très lent.\nUrgence : 2/5", NewIncident, Some(Bas), None),
    case("uai", "code in a table cell", "From: sandrine.morel@ac-paris.example\nSubject: Fiche\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>UAI</td><td>0751043B</td></tr><tr><td>Problème</td><td>Téléphone muet</td></tr></table>", NewIncident, None, Some("0751043B")),
];
