//! The two-hundred-and-twenty-first aside part: written after the hundred-and-fifty-fifth
//! round, before any change, on chases in the voices of different schools: a vocational
//! lycée's workshop head, a primary school's director, a bursar, a CPE, a head's deputy, a
//! teacher-correspondant in a hurry; beside two that are news from the same voices.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_221: &[Case] = &[
    case(
        "intent",
        "a workshop head",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-022101] Commande numérique atelier",
        "Bonjour,\nL'atelier tourne au ralenti sans la commande numérique, les CAP ne peuvent pas \
         avancer leurs pièces. On a une date ?\nP. Henry, chef de travaux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a primary school's director",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-022102] TBI classe de CM2",
        "Bonjour,\nLa maîtresse de CM2 me demande chaque matin si quelqu'un va venir pour son \
         tableau. Que dois-je lui répondre ?\nA. Leroux, directrice",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a bursar",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-022103] Poste intendance",
        "Madame, Monsieur,\nLa clôture budgétaire approche et le poste de l'intendance est toujours \
         inutilisable. Je vous saurais gré d'intervenir dans les plus brefs délais.\nJ. Martin, \
         adjoint gestionnaire",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a CPE",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-022104] Logiciel vie scolaire",
        "Bonjour,\nToujours impossible de saisir les absences sur le poste de la vie scolaire. On \
         fait comment en attendant ?\nS. Morel, CPE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a head's deputy",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-022105] Visioconférence salle du conseil",
        "Monsieur le proviseur s'étonne qu'aucune suite n'ait été donnée à notre demande du 17 \
         novembre.\nM. Petit, proviseur adjoint",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a correspondant in a hurry",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-022106] Wifi bâtiment D",
        "re-bonjour, c quand ?? merci",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a workshop head's news",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-022107] Commande numérique atelier",
        "Bonjour,\nPrécision pour le technicien : la machine est une fraiseuse Realmeca, le câble \
         série est dans le tiroir du pupitre.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a director's news",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-022108] Intervention prévue : TBI classe de CM2",
        "Bonjour,\nL'école est fermée le mercredi : le technicien peut-il venir un autre jour ?\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
];
