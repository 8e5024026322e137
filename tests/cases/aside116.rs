//! The hundred-and-sixteenth aside part: written after the hundred-and-fifth round, before any
//! change, on the costliest class in the administration's words and software (Op@le's
//! electronic signature, Parcoursup's campaign, the canteen's software, a member of staff with
//! a visual impairment, the Region's tablets, report cards sent through the ENT), each need
//! beside a fault; a list asked with "j'aurais besoin", a chase before a distribution, a quote
//! passed on; "Délai souhaité" that is no urgency, "Urgence : immédiate", a code "RNE 0691234 S".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_116: &[Case] = &[
    case("request", "screens and readers for Op@le", "From: sandrine.morel@ac-paris.example\nSubject: Passage à Op@le",
        "Bonjour,\nAvec le passage à Op@le, l'agence comptable a besoin d'un deuxième écran par poste et d'un lecteur de carte pour la signature électronique.", NewRequest, None, None),
    case("request", "the signature refused", "From: sandrine.morel@ac-paris.example\nSubject: Op@le - signature",
        "Bonjour,\nOp@le refuse la signature électronique depuis jeudi : « certificat introuvable », alors que la carte est bien insérée.", NewIncident, None, None),
    case("request", "printing for Parcoursup", "From: claire.dubois@ac-lyon.example\nSubject: Campagne Parcoursup",
        "Bonjour,\nPour la campagne Parcoursup, les professeurs principaux devraient pouvoir imprimer depuis la salle 108, qui n'a pas d'imprimante.", NewRequest, None, None),
    case("request", "the export freezes", "From: claire.dubois@ac-lyon.example\nSubject: Parcoursup - export PDF",
        "Bonjour,\nImpossible d'exporter les fiches Parcoursup en PDF depuis les postes de la salle 108 : le navigateur se fige.", NewIncident, None, None),
    case("request", "the canteen's software in the kitchen", "From: j.martin@ac-aix.example\nSubject: Logiciel de restauration",
        "Bonjour,\nLa gestionnaire souhaite que le logiciel de restauration soit installé aussi sur le poste de la cuisine.", NewRequest, None, None),
    case("request", "the order forms no longer print", "From: j.martin@ac-aix.example\nSubject: Logiciel de restauration - impressions",
        "Bonjour,\nLe logiciel de restauration n'imprime plus les bons de commande depuis la mise à jour de lundi.", NewIncident, None, None),
    case("request", "a workstation adapted for sight", "From: paul.henry@ac-lille.example\nSubject: Poste adapté au secrétariat",
        "Bonjour,\nLe secrétariat accueille à partir de janvier une collègue malvoyante : il faudrait un grand écran et un logiciel de synthèse vocale.", NewRequest, None, None),
    case("request", "the voice no longer reads", "From: paul.henry@ac-lille.example\nSubject: Synthèse vocale",
        "Bonjour,\nLe logiciel de synthèse vocale du secrétariat ne lit plus les courriels depuis hier.", NewIncident, None, None),
    case("request", "tablets to configure", "From: anne.leroux@ac-bordeaux.example\nSubject: Dotation de tablettes",
        "Bonjour,\nDans le cadre de la dotation régionale, nous aimerions que les 30 tablettes prévues soient configurées pour l'ENT avant leur distribution aux élèves.", NewRequest, None, None),
    case("request", "eight tablets do not start", "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes reçues",
        "Bonjour,\nSur les 30 tablettes reçues, huit ne démarrent pas : écran noir, même après une nuit en charge.", NewIncident, None, None),
    case("request", "a function never activated", "From: marc.petit@ac-lyon.example\nSubject: Bulletins par l'ENT",
        "Bonjour,\nLes bulletins ne peuvent pas être envoyés aux familles par l'ENT : la fonction n'a jamais été activée pour le lycée.", NewRequest, None, None),
    case("request", "report cards no longer sent", "From: marc.petit@ac-lyon.example\nSubject: Envoi des bulletins",
        "Bonjour,\nLes bulletins ne partent plus vers les familles par l'ENT, alors que l'envoi fonctionnait au trimestre dernier.", NewIncident, None, None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "a list said as a need", "From: sandrine.morel@ac-paris.example\nSubject: Dialogue de gestion",
        "Bonjour,\nPour le dialogue de gestion, j'aurais besoin de la liste des demandes en cours du lycée.", ListRequest, None, None),
    case("intent", "a chase before a distribution", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-011609] Dotation de tablettes",
        "Bonjour,\nJe reviens vers vous au sujet des tablettes : nous devons les distribuer lundi et rien n'est encore configuré.", Reminder, None, None),
    case("intent", "a quote passed on", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-011605] Logiciel de restauration",
        "Bonjour,\nJe vous joins pour information le devis reçu de l'éditeur.", FollowUp, None, None),
    // --- urgency and a code ---------------------------------------------------------------------
    case("urgency", "a wished date is no urgency", "From: j.martin@ac-aix.example\nSubject: Affelnet",
        "Bonjour,\nMerci d'installer l'accès à Affelnet sur le poste de la CPE.\nDélai souhaité : avant le 15 janvier", NewRequest, None, None),
    case("urgency", "an immediate urgency", "From: paul.henry@ac-lille.example\nSubject: Serveur de l'intendance",
        "Bonjour,\nLe serveur de l'intendance est tombé, la paie des contrats ne peut pas partir.\nUrgence : immédiate", NewIncident, Some(TresHaut), None),
    case("uai", "a code after RNE with a space", "From: claire.dubois@ac-lyon.example\nSubject: Poste de l'infirmerie",
        "Bonjour,\nLe poste de l'infirmerie ne trouve plus l'imprimante.\nCode RNE 0691234 S", NewIncident, None, Some("0691234S")),
];
