//! The two-hundred-and-fifteenth aside part: written after the hundred-and-fifty-third round,
//! before any change, on urgency in forms not yet written: a level in an HTML table's cell, a
//! subject's tag "[P1]", "degré : élevé", a text that says "très urgent" under a subject that
//! says "pas urgent", "urgence faible (à traiter quand possible)", "niveau 2 sur 3".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_215: &[Case] = &[
    case(
        "urgency",
        "a level in an HTML table's cell",
        "From: j.martin@ac-aix.example\nSubject: Copieur\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Le copieur de l'accueil bourre à chaque copie.</p><table><tr><th>Urgence</th>\
         <td>Très haute</td></tr></table></body></html>",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a subject's tag [P1]",
        "From: paul.henry@ac-lille.example\nSubject: [P1] Serveur de notes indisponible",
        "Le serveur de notes ne répond plus depuis 8 h.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "degré : élevé",
        "From: sandrine.morel@ac-paris.example\nSubject: Lecteur de badges",
        "Le lecteur de badges de la cantine ne lit plus aucune carte.\nDegré : élevé",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "urgent text under a not-urgent subject",
        "From: claire.dubois@ac-lyon.example\nSubject: Souris (pas urgent)",
        "Finalement c'est très urgent : la souris du poste d'examen ne fonctionne plus et l'épreuve est \
         demain.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "a low level with its gloss",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Étagère du serveur",
        "L'étagère du local serveur penche, un pied est cassé.\nUrgence faible (à traiter quand \
         possible)",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "niveau 2 sur 3",
        "From: marc.petit@ac-lyon.example\nSubject: Imprimante vie scolaire",
        "L'imprimante de la vie scolaire imprime une page sur deux.\nNiveau 2 sur 3",
        NewIncident,
        Some(Moyen),
        None,
    ),
];
