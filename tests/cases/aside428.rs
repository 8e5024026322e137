//! The four-hundred-and-twenty-eighth aside part: written after the hundred-and-ninetieth round,
//! before any change, on hurried writing: text-message style without accents or capitals, a
//! whole mail in capitals, a phone's signature under one line, a report that only points to
//! its attachment's words pasted below.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_428: &[Case] = &[
    case(
        "request",
        "text-message style",
        "From: marc.petit@ac-lyon.example\nSubject: imprimante cdi",
        "bjr, imprimante du cdi hs depuis ce matin, voyant orange qui clignote. merci\nmarc",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "a whole mail in capitals",
        "From: paul.henry@ac-lille.example\nSubject: PLUS DE RESEAU BATIMENT A",
        "BONJOUR,\nPLUS AUCUN POSTE DU BATIMENT A N'A DE RESEAU. LES COURS SONT BLOQUES. URGENCE \
         TRES HAUTE.\nPAUL HENRY",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "one line from a phone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Alarme intrusion",
        "La centrale d'alarme du bâtiment administratif sonne sans arrêt depuis 7 h.\n\nEnvoyé de \
         mon iPhone",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need pasted from a note",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: note du conseil pédagogique",
        "Bonjour,\nCi-dessous l'extrait de la note du conseil pédagogique, pour suite à donner.\n\n\
         « Le conseil pédagogique demande l'installation d'un logiciel de cartographie (QGIS) sur \
         les postes de la salle d'histoire-géographie pour le prochain trimestre. »\nS. Morel",
        NewRequest,
        None,
        None,
    ),
];
