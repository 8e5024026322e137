//! The two-hundred-and-fifty-third aside part: written after the hundred-and-sixtieth round,
//! before any change, on mail with attachments: a photo sent under the ticket with one line, a
//! reply with only an attachment, a new fault with its photo, a need with a quote attached, a
//! spreadsheet of machines under the ticket, a closure with a signed report attached.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_253: &[Case] = &[
    case(
        "intent",
        "a photo with one line",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-025301] Écran salle 8\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"",
        "--b1\nContent-Type: text/plain; charset=utf-8\n\nCi-joint la photo du message affiché.\n\
         --b1\nContent-Type: image/jpeg; name=\"ecran.jpg\"\nContent-Disposition: attachment; \
         filename=\"ecran.jpg\"\nContent-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--b1--",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a reply with only an attachment",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-025302] Inventaire salle 4\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b2\"",
        "--b2\nContent-Type: application/pdf; name=\"inventaire.pdf\"\nContent-Disposition: \
         attachment; filename=\"inventaire.pdf\"\nContent-Transfer-Encoding: base64\n\n\
         JVBERi0xLjQK\n--b2--",
        FollowUp,
        None,
        None,
    ),
    case(
        "request",
        "a new fault with its photo",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteur salle 5\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b3\"",
        "--b3\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nLe vidéoprojecteur de la salle \
         5 affiche une bande violette (photo jointe).\nA. Leroux\n--b3\nContent-Type: image/png; \
         name=\"bande.png\"\nContent-Disposition: attachment; filename=\"bande.png\"\n\
         Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b3--",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need with a quote attached",
        "From: sandrine.morel@ac-paris.example\nSubject: Équipement salle de réunion\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b4\"",
        "--b4\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nVous trouverez joint le devis \
         de la mairie pour équiper la salle de réunion d'un écran interactif : pouvez-vous \
         l'intégrer au plan d'équipement ?\nS. Morel\n--b4\nContent-Type: application/pdf; \
         name=\"devis.pdf\"\nContent-Disposition: attachment; filename=\"devis.pdf\"\n\
         Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b4--",
        NewRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a spreadsheet of machines under the ticket",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-025305] Postes à reconditionner\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b5\"",
        "--b5\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nLa liste des postes concernés \
         est dans le fichier joint (numéros d'inventaire et salles).\nP. Henry\n--b5\n\
         Content-Type: text/csv; charset=windows-1252; name=\"postes.csv\"\nContent-Disposition: \
         attachment; filename=\"postes.csv\"\n\nInventaire;Salle\nPC-0412;101\nPC-0413;101\n--b5--",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with a signed report",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-025306] Clôture technique : Baie réseau\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b6\"",
        "--b6\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nJe vous retourne le bon \
         d'intervention signé : tout fonctionne, vous pouvez clôturer.\nM. Petit\n--b6\n\
         Content-Type: application/pdf; name=\"bon-signe.pdf\"\nContent-Disposition: attachment; \
         filename=\"bon-signe.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--b6--",
        ClosureConfirmation,
        None,
        None,
    ),
];
