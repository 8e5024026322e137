//! The eightieth aside part: written after the seventy-fourth round, before any change, in about
//! the mix and in voices not used before (a subject that says the opposite of the text —
//! "Demande d'intervention" over a fault, "Problème de place" over a need —, a Markdown table,
//! a night supervisor, "tout roule", "OK pour jeudi 14 h", "je confirme : toujours en panne"), in
//! new content (the print server, the study hall, Bluetooth speakers, the tablet lending kiosk,
//! the lecture hall's giant screen, the room booking software).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_80: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "'Demande d'intervention' over a fault", "From: claire.dubois@ac-lyon.example\nSubject: Demande d'intervention - écran de l'amphi",
        "Bonjour,\nL'écran géant de l'amphithéâtre reste noir quelle que soit la source branchée.", NewIncident, None, None),
    case("request", "a Markdown table", "From: marc.petit@ac-lyon.example\nSubject: Enceintes",
        "Bonjour,\n| Salle | Problème |\n|---|---|\n| 101 | enceinte ne s'appaire plus |\n| 104 | son haché |\n| 108 | aucun son |", NewIncident, None, None),
    case("request", "a night supervisor", "From: j.martin@ac-aix.example\nSubject: Serveur d'impression",
        "Bonsoir,\nJe vous écris de l'internat à 22 h : le serveur d'impression affiche une alarme rouge et les élèves ne peuvent plus imprimer leurs devoirs pour demain.", NewIncident, None, None),
    case("request", "the lending kiosk", "From: sandrine.morel@ac-paris.example\nSubject: Borne de prêt des tablettes",
        "Bonjour,\nLa borne de prêt des tablettes garde les tablettes verrouillées même quand l'élève badge : l'écran indique « casier indisponible ».", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "'Problème de place' over a need", "From: anne.leroux@ac-bordeaux.example\nSubject: Problème de place en salle 4",
        "Bonjour,\nLa salle 4 n'a que douze postes pour des classes de trente élèves, qui travaillent donc à deux ou trois par poste.", NewRequest, None, None),
    case("request", "the booking software for the labs", "From: paul.henry@ac-lille.example\nSubject: Logiciel de réservation",
        "Bonjour,\nLe logiciel de réservation ne gère que les salles banalisées. Les professeurs de sciences voudraient y réserver aussi les laboratoires et le matériel d'ExAO.", NewRequest, None, None),
    case("request", "speakers for every room", "From: marc.petit@ac-lyon.example\nSubject: Enceintes pour les salles de langues",
        "Bonjour,\nSeules trois salles de langues ont une enceinte. Les collègues des sept autres passent leurs audios sur l'ordinateur portable, inaudible au fond de la classe.", NewRequest, None, None),
    case("request", "the study hall", "From: j.martin@ac-aix.example\nSubject: Salle de permanence",
        "Bonjour,\nLa salle de permanence accueille jusqu'à 80 élèves et n'a ni wifi ni prise accessible. Les élèves qui ont un devoir en ligne ne peuvent rien faire.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "tout roule", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-008002] Enceintes",
        "Nickel, les trois salles ont du son, tout roule !", ClosureConfirmation, None, None),
    case("intent", "OK for Thursday", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008001] Demande d'intervention - écran de l'amphi",
        "OK pour jeudi 14 h, l'amphi sera libre.", FollowUp, None, None),
    case("intent", "I confirm: still broken", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008004] Borne de prêt des tablettes",
        "Bonjour,\nJe confirme : la borne est toujours en panne après le redémarrage que vous avez fait à distance.", FollowUp, None, None),
    case("intent", "where are our files", "From: anne.leroux@ac-bordeaux.example\nSubject: Nos dossiers",
        "Bonjour,\nOù en sont nos différents dossiers chez vous ?", ListRequest, None, None),
    case("intent", "a second reminder, numbered", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008003] Serveur d'impression - relance n°2",
        "Bonjour,\nLes élèves ne peuvent toujours pas imprimer à l'internat.", Reminder, None, None),
    case("intent", "the screen lit again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008001] Demande d'intervention - écran de l'amphi",
        "Bonjour,\nL'écran de l'amphi affiche de nouveau l'image du PC comme celle des portables. La conférence de vendredi pourra avoir lieu.", ClosureConfirmation, None, None),
    case("intent", "a question about the replacement", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008004] Borne de prêt des tablettes",
        "Bonjour,\nSi la borne doit partir en atelier, une borne de remplacement est-elle prévue en attendant ?", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "the contractor reschedules", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-008001] Ordre de travail - Lycée Ampère - Écran amphi",
        "Bonjour,\nNotre technicien est malade ; l'intervention est reportée au lundi 18 à 10 h.", ContractorUpdate, None, None),
];
