//! The three-hundred-and-eleventh aside part: written after the hundred-and-seventy-first round,
//! before any change, on urgency words that state no level: "Pour toute urgence" in a signature,
//! "En cas d'urgence" with a phone, a nurse's "URGENCES : composez le 15", the desk's level
//! quoted under news; and a level stated just above a signature that says "urgence" too.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_311: &[Case] = &[
    case(
        "urgency",
        "Pour toute urgence in a signature",
        "From: paul.henry@ac-lille.example\nSubject: Scanner de la vie scolaire",
        "Bonjour,\nLe scanner de la vie scolaire ne numérise plus en couleur.\nP. Henry\nPour toute \
         urgence : 03 20 00 00 00",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "En cas d'urgence with a phone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablette CE2",
        "Bonjour,\nUne tablette de CE2 reste bloquée sur le logo.\nEn cas d'urgence, je suis \
         joignable au 06 00 00 00 00.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "a nurse's URGENCES line",
        "From: sandrine.morel@ac-paris.example\nSubject: Poste de l'infirmerie",
        "Bonjour,\nLe poste de l'infirmerie ne se connecte plus au réseau.\nS. Morel\nInfirmerie \
         - URGENCES : composez le 15",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "the desk's level quoted under news",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-031104] Baie de brassage",
        "Bonjour,\nLa loge sera ouverte dès 7 h 30 pour le technicien.\nJ. Martin\n\n> Urgence \
         retenue : très haute",
        FollowUp,
        None,
        None,
    ),
    case(
        "urgency",
        "a level above a signature that says urgence",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers est inaccessible depuis 8 h.\nUrgence : moyenne\n\nClaire \
         Dubois\nEn cas d'urgence absolue : 06 00 00 00 00",
        NewIncident,
        Some(Moyen),
        None,
    ),
];
