//! The two-hundred-and-seventy-first aside part: written after the hundred-and-sixty-fourth
//! round, before any change, on chases told as a state and news beside them: "toujours rien",
//! a visit announced and still awaited, a duration counted from the report, a polite "je me
//! permets de revenir vers vous", a chase in the subject alone; a visit without the part, the
//! same error with a capture.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_271: &[Case] = &[
    case(
        "intent",
        "toujours rien",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-027101] Imprimante secrétariat",
        "Bonjour,\nToujours rien du côté de l'imprimante du secrétariat.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit announced and still awaited",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-027102] Borne wifi préau",
        "Bonjour,\nNous attendons encore le technicien qui devait passer la semaine dernière pour \
         la borne du préau.\nAnne Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a duration counted from the report",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-027103] TBI salle 5",
        "Bonjour,\nLe TBI de la salle 5 est hors service depuis le 3 novembre, soit plus d'un mois \
         aujourd'hui.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a polite return to the matter",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-027104] Pronote salle 12",
        "Bonjour,\nJe me permets de revenir vers vous : les élèves de la salle 12 n'ont toujours \
         pas accès à Pronote.\nBien cordialement,\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in the subject alone",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-027105] Wifi CDI - toujours en attente",
        "Bonjour,\n\nCordialement,\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit without the part",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-027106] Copieur salle des professeurs",
        "Bonjour,\nLe technicien est passé ce matin mais n'avait pas la pièce ; il revient jeudi \
         pour la poser.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the same error with a capture",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-027107] Session ENT",
        "Bonjour,\nToujours le même message d'erreur après redémarrage du poste ; vous trouverez la \
         capture d'écran en pièce jointe.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
];
