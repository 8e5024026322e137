//! The three-hundred-and-twentieth aside part: written after the hundred-and-seventy-third round,
//! before any change, on information added to a ticket: a serial number, the school's closing
//! dates, the person to ask for on site, a new symptom, a screenshot described, the room's
//! availability.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_320: &[Case] = &[
    case(
        "intent",
        "a serial number",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-032001] Portable salle 4",
        "Bonjour,\nLe numéro de série du portable est PF3KX92L, étiquette sous la batterie.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the school's closing dates",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-032002] Réseau école",
        "Bonjour,\nPour information, l'école sera fermée du 19 décembre au 4 janvier inclus.\nA. \
         Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the person to ask for on site",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-032003] Baie réseau bâtiment D",
        "Bonjour,\nJe serai absente jeudi : le technicien pourra demander M. Girard, agent \
         d'accueil, qui a les clés du local.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a new symptom",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-032004] Serveur de fichiers",
        "Bonjour,\nNouveau symptôme depuis hier : le serveur émet un bip toutes les trente \
         secondes.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a screenshot described",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-032005] Session Windows",
        "Bonjour,\nLe message exact est : « La relation d'approbation entre cette station de travail \
         et le domaine principal a échoué ».\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the room's availability",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-032006] Vidéoprojecteur salle 9",
        "Bonjour,\nLa salle 9 est libre tous les mercredis après-midi, si cela peut aider à \
         planifier.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
