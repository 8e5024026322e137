//! The fifty-seventh aside part: written after the fifty-first round, before any change, aimed at
//! the costliest border with more needs than usual (equipment asked for in ways not used
//! before: a comparison with another school, a pupil's handicap, a teacher's project, a
//! regulation, a number of users against a number of machines, a change of use of a room) and
//! faults told in words of need ("il faudrait qu'il remarche", "nous aurions besoin qu'on
//! répare"), in new content (a braille embosser, a language lab's licence count, a physics
//! teacher's oscilloscopes, the kitchen's HACCP probes, a vocational shop's till, the CPE's
//! office phone).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_57: &[Case] = &[
    // --- needs ------------------------------------------------------------------------------------
    case("request", "like the neighbouring school", "From: claire.dubois@ac-lyon.example\nSubject: Embosseuse braille",
        "Bonjour,\nUn élève non-voyant arrive en seconde en janvier. Le lycée voisin dispose d'une embosseuse braille reliée au réseau ; nous aurions besoin du même équipement pour lui.", NewRequest, None, None),
    case("request", "users against machines", "From: j.martin@ac-aix.example\nSubject: Licences du laboratoire de langues",
        "Bonjour,\nNous avons 32 élèves par classe et seulement 24 licences du logiciel de laboratoire de langues : huit élèves restent sans poste à chaque séance.", NewRequest, None, None),
    case("request", "a teacher's project", "From: paul.henry@ac-lille.example\nSubject: Projet oscilloscopes numériques",
        "Bonjour,\nM. Faure, professeur de physique, monte un projet d'électronique avec les terminales. Il lui faudrait huit oscilloscopes numériques reliés aux postes de la salle B03.", NewRequest, None, None),
    case("request", "a regulation", "From: sandrine.morel@ac-paris.example\nSubject: Sondes HACCP de la cuisine",
        "Bonjour,\nLa nouvelle réglementation impose d'enregistrer automatiquement les températures des chambres froides. Notre cuisine relève encore tout à la main : un système de sondes connectées est-il prévu pour les établissements ?", NewRequest, None, None),
    case("request", "a room changes use", "From: anne.leroux@ac-bordeaux.example\nSubject: Ancienne salle de permanence",
        "Bonjour,\nL'ancienne salle de permanence devient à la rentrée de février la salle de la classe relais. Elle n'a qu'une prise réseau, près de la porte ; il en faudrait au moins six, et un vidéoprojecteur.", NewRequest, None, None),
    case("request", "a till for the shop", "From: marc.petit@ac-lyon.example\nSubject: Caisse du magasin pédagogique",
        "Bonjour,\nLes élèves de bac pro commerce tiennent le magasin pédagogique avec une calculatrice et un cahier. Une vraie caisse enregistreuse, avec lecteur de codes-barres, leur permettrait de travailler comme en entreprise.", NewRequest, None, None),
    case("request", "a phone line for the CPE", "From: j.martin@ac-aix.example\nSubject: Téléphone du bureau de la CPE",
        "Bonjour,\nLa CPE partage la ligne de la vie scolaire et ne peut pas joindre les familles quand les assistants d'éducation sont au téléphone. Une ligne directe dans son bureau réglerait le problème.", NewRequest, None, None),
    case("request", "English, an embosser too", "From: sandrine.morel@ac-paris.example\nSubject: Braille embosser",
        "Hello,\nA blind pupil joins us after the holidays and we have nothing to print braille with. What would it take to get an embosser?", NewRequest, None, None),
    // --- faults told in words of need ------------------------------------------------------------
    case("request", "it should work again", "From: paul.henry@ac-lille.example\nSubject: Oscilloscopes salle B03",
        "Bonjour,\nLes oscilloscopes de la salle B03 ne sont plus reconnus par les postes depuis la mise à jour. Il faudrait qu'ils remarchent avant les TP de jeudi.", NewIncident, None, None),
    case("request", "we need it repaired", "From: claire.dubois@ac-lyon.example\nSubject: Embosseuse bloquée",
        "Bonjour,\nNous aurions besoin qu'on répare l'embosseuse braille : le papier se bloque à chaque page depuis lundi.", NewIncident, None, None),
    case("request", "a need for the probes to record", "From: sandrine.morel@ac-paris.example\nSubject: Sondes de la chambre froide",
        "Bonjour,\nNous avons besoin que les sondes de la chambre froide n° 2 enregistrent de nouveau : elles n'envoient plus rien depuis samedi et nous devons justifier les températures.", NewIncident, None, None),
    case("request", "the till must be replaced", "From: marc.petit@ac-lyon.example\nSubject: Caisse enregistreuse HS",
        "Bonjour,\nLa caisse du magasin pédagogique ne s'allume plus après la coupure de courant de ce matin. Il faudra sans doute la remplacer si elle ne repart pas.", NewIncident, None, None),
    case("request", "English, needs fixing", "From: anne.leroux@ac-bordeaux.example\nSubject: Phone in the CPE office",
        "Hello, the phone in the CPE office needs fixing: no dial tone since Friday.", NewIncident, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "licences: the quote received", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005702] Licences du laboratoire de langues",
        "Bonjour,\nBien reçu le devis, je le transmets à la gestionnaire pour validation.", FollowUp, None, None),
    case("intent", "probes record again", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005711] Sondes de la chambre froide",
        "Bonjour,\nLes relevés de la chambre froide arrivent de nouveau sur le tableau de bord depuis ce matin 7 h. Merci pour la rapidité.", ClosureConfirmation, None, None),
    case("intent", "the embosser: when", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005710] Embosseuse bloquée",
        "Bonjour,\nL'élève a un contrôle lundi : savez-vous quand le technicien pourra passer ?", Reminder, None, None),
    case("intent", "a list for the board", "From: marc.petit@ac-lyon.example\nSubject: Conseil d'administration",
        "Bonjour,\nPour le conseil d'administration de jeudi, j'aurais besoin de l'état de nos demandes d'équipement en attente.", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's quote", "From: devis@langues-logiciels.example\nSubject: RE: [CESAME #2026-005702] Ordre de travail - Collège Mistral - licences",
        "Bonjour,\nVeuillez trouver ci-joint notre devis pour huit licences supplémentaires, valable trois mois.", ContractorUpdate, None, None),
    case("spam", "a braille equipment vendor's mass mail", "From: Accessibilité Pro <newsletter@accessibilite-pro.example>\nSubject: Nouveautés braille 2027 : -20 % pour les écoles\nList-Unsubscribe: <https://accessibilite-pro.example/desabonnement>\nContent-Type: text/html; charset=utf-8",
        "<p>Découvrez notre nouvelle gamme d'embosseuses braille, -20 % pour toute commande avant le 31 décembre.</p><p><a href=\"https://accessibilite-pro.example/catalogue\">Voir le catalogue</a></p>", Bulk, None, None),
    case("unauthorised", "the physics teacher writes", "From: f.faure@ac-lille.example\nSubject: Oscilloscopes",
        "Bonjour,\nProfesseur de physique au lycée Faidherbe, j'aurais besoin de huit oscilloscopes numériques pour mon projet. Comment faire ?", Unauthorised, None, None),
];
