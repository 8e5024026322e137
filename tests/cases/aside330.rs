//! The three-hundred-and-thirtieth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on mail that leans on its attachment: a need whose form is
//! attached, a fault "voir pièce jointe", a list of broken machines as a French spreadsheet
//! (semicolons, Windows-1252), a calendar invitation for the visit, a closure with a signed
//! report attached.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_330: &[Case] = &[
    case(
        "request",
        "a need whose form is attached",
        "From: sandrine.morel@ac-paris.example\nSubject: Demande d'équipement - formulaire\nContent-Type: multipart/mixed; boundary=\"f1\"",
        "--f1\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nVeuillez trouver ci-joint notre \
         demande d'équipement pour la salle de musique.\nS. Morel\n--f1\nContent-Type: \
         application/vnd.openxmlformats-officedocument.wordprocessingml.document; \
         name=\"demande-equipement.docx\"\nContent-Disposition: attachment; \
         filename=\"demande-equipement.docx\"\nContent-Transfer-Encoding: base64\n\nUEsDBBQABgAIAAAAIQA=\n--f1--",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault told in the attachment",
        "From: paul.henry@ac-lille.example\nSubject: Signalement panne salle 6\nContent-Type: multipart/mixed; boundary=\"f2\"",
        "--f2\nContent-Type: text/plain; charset=utf-8\n\nVoir pièce jointe.\nP. Henry\n--f2\n\
         Content-Type: application/pdf; name=\"signalement.pdf\"\nContent-Disposition: attachment; \
         filename=\"signalement.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--f2--",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a French spreadsheet of broken machines",
        "From: j.martin@ac-aix.example\nSubject: Postes en panne - inventaire\nContent-Type: multipart/mixed; boundary=\"f3\"",
        "--f3\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nCi-joint la liste des postes en \
         panne relevés cette semaine.\nJ. Martin\n--f3\nContent-Type: text/csv; \
         charset=windows-1252; name=\"postes.csv\"\nContent-Disposition: attachment; \
         filename=\"postes.csv\"\n\nSalle;Poste;Sympt=F4me\n12;P03;=E9cran noir\n12;P07;ne d=E9marre \
         plus\n14;P01;clavier HS\n--f3--",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "a calendar invitation for the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-033004] Intervention réseau\nContent-Type: multipart/mixed; boundary=\"f4\"",
        "--f4\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nJe vous envoie une invitation pour \
         le passage du technicien jeudi à 9 h.\nA. Leroux\n--f4\nContent-Type: text/calendar; \
         method=REQUEST; charset=utf-8\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20261210T090000\n\
         SUMMARY:Intervention réseau école Montaigne\nEND:VEVENT\nEND:VCALENDAR\n--f4--",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with a signed report attached",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-033005] Intervention terminée : Baie réseau\nContent-Type: multipart/mixed; boundary=\"f5\"",
        "--f5\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nTout est rétabli, voici le bon \
         d'intervention signé.\nClaire Dubois\n--f5\nContent-Type: application/pdf; \
         name=\"bon-signe.pdf\"\nContent-Disposition: attachment; filename=\"bon-signe.pdf\"\n\
         Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--f5--",
        ClosureConfirmation,
        None,
        None,
    ),
];
