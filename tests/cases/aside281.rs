//! The two-hundred-and-eighty-first aside part: written after the hundred-and-sixty-sixth round,
//! before any change, on needs that look like faults and faults that look like needs: machines
//! too old for a new version, wifi that does not cover a new building, two seats missing for a
//! group, software that does not handle a new rule; an icon missing since an update, wifi that
//! no longer covers a room since an access point moved.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_281: &[Case] = &[
    case(
        "request",
        "machines too old for a new version",
        "From: sandrine.morel@ac-paris.example\nSubject: Postes salle 3",
        "Bonjour,\nLes postes de la salle 3 sont trop anciens pour faire tourner la nouvelle \
         version de GeoGebra demandée par les professeurs de mathématiques.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "wifi that does not cover a new building",
        "From: paul.henry@ac-lille.example\nSubject: Wifi bâtiment modulaire",
        "Bonjour,\nLe wifi ne couvre pas le bâtiment modulaire installé cet été, où ont lieu trois \
         classes.\nP. Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "two seats missing for a group",
        "From: j.martin@ac-aix.example\nSubject: Salle 14",
        "Bonjour,\nIl manque deux postes en salle 14 pour accueillir les groupes de dix-huit \
         élèves.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "software that does not handle a new rule",
        "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de vie scolaire",
        "Bonjour,\nLe logiciel de vie scolaire ne gère pas le décompte des absences par \
         demi-journée que demande le nouveau règlement intérieur.\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an icon missing since an update",
        "From: marc.petit@ac-lyon.example\nSubject: Icône Pronote",
        "Bonjour,\nIl manque l'icône de Pronote sur tous les postes de la salle des professeurs \
         depuis la mise à jour de lundi.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "wifi that no longer covers a room",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi salle 5",
        "Bonjour,\nLe wifi ne couvre plus la salle 5 depuis que la borne a été déplacée dans le \
         couloir.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
];
