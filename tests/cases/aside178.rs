//! The hundred-and-seventy-eighth aside part: written after the hundred-and-forty-sixth round,
//! before any change, on a reply's intent in words not yet written: a ticket that "peut être
//! soldé", a colleague's word that the machines start again, a confirmation in Outlook's HTML;
//! partial fixes ("en revanche … reste bloqué", the screen changed but the keyboard dead); a
//! photo sent as news, the hours a fault shows; a list asked for a board meeting or as a point
//! on every request.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_178: &[Case] = &[
    case(
        "intent",
        "the ticket may be settled",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-017801] Intervention terminée : Commutateur bâtiment C",
        "C'est bon pour nous, le ticket peut être soldé.\nPaul Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's word that it works",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-017802] Postes salle de technologie",
        "Bonjour,\nLe professeur de technologie me confirme que les postes redémarrent normalement \
         depuis votre passage. Merci !\nJ. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a confirmation in Outlook's HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-017803] Standard téléphonique\nContent-Type: text/html; charset=utf-8",
        "<html><body><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour,</p><p \
         class=\"MsoNormal\">Nous vous confirmons le bon fonctionnement du standard depuis \
         vendredi.</p><p class=\"MsoNormal\">Bien cordialement,<br>Sandrine Morel</p></div></body></html>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the printer works, a tray still stuck",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-017804] Imprimante secrétariat",
        "Merci, l'imprimante fonctionne de nouveau. En revanche, le bac 2 reste bloqué.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the screen changed, the keyboard dead",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-017805] Poste accueil",
        "Bonjour,\nL'écran a bien été remplacé, mais le clavier du poste ne répond toujours pas.\nAnne",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a photo sent as news",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-017806] Copieur CDI\nContent-Type: multipart/mixed; boundary=\"ph\"",
        "--ph\nContent-Type: text/plain; charset=utf-8\n\nVoici la photo du message affiché par le \
         copieur.\n--ph\nContent-Type: image/jpeg; name=\"IMG_2041.jpg\"\n\
         Content-Disposition: attachment; filename=\"IMG_2041.jpg\"\n\
         Content-Transfer-Encoding: base64\n\n/9j/4AAQSkZJRgABAQ==\n--ph--",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the hours a fault shows",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-017807] Lenteurs réseau",
        "Précision : les lenteurs se produisent uniquement le matin, entre 8 h et 9 h, quand \
         toutes les classes se connectent.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a list for the board meeting",
        "From: j.martin@ac-aix.example\nSubject: Conseil d'administration",
        "Bonjour,\nJe prépare le conseil d'administration de jeudi : combien de tickets avons-nous \
         encore ouverts chez vous, et lesquels ?\nMerci,\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a point on every request",
        "From: sandrine.morel@ac-paris.example\nSubject: Point sur nos demandes",
        "Bonjour,\nPourriez-vous me faire un point sur l'ensemble de nos demandes en cours ?\nS. Morel",
        ListRequest,
        None,
        None,
    ),
];
