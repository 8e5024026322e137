//! The three-hundred-and-thirty-sixth aside part: written after the hundred-and-seventy-fifth
//! round, before any change, on equipment less written of: a 3D printer, a class robot, a
//! safety alarm's console, the master clock, the canteen's touch screen, VR headsets wanted.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_336: &[Case] = &[
    case(
        "request",
        "a 3D printer",
        "From: j.martin@ac-aix.example\nSubject: Imprimante 3D",
        "Bonjour,\nL'imprimante 3D de la salle de technologie s'arrête au bout de dix minutes avec \
         une erreur de température de buse.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a class robot",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Robots de la classe",
        "Bonjour,\nLes robots de programmation de la classe de CM1 ne se connectent plus aux \
         tablettes en Bluetooth depuis la mise à jour.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a safety alarm's console",
        "From: paul.henry@ac-lille.example\nSubject: Alarme PPMS",
        "Bonjour,\nLa console de l'alarme PPMS affiche « défaut ligne » et ne déclenche plus la \
         sonnerie d'essai.\nUrgence : très haute\nP. Henry",
        NewIncident,
        Some(guichet::understand::Urgency::TresHaut),
        None,
    ),
    case(
        "request",
        "the master clock",
        "From: claire.dubois@ac-lyon.example\nSubject: Horloge mère",
        "Bonjour,\nL'horloge mère ne synchronise plus les horloges des couloirs, qui affichent \
         toutes une heure différente.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "the canteen's touch screen",
        "From: sandrine.morel@ac-paris.example\nSubject: Borne du self",
        "Bonjour,\nL'écran tactile de la borne du self ne réagit plus au toucher depuis ce midi.\nS. \
         Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "VR headsets wanted",
        "From: marc.petit@ac-lyon.example\nSubject: Casques de réalité virtuelle",
        "Bonjour,\nL'équipe de SVT voudrait expérimenter des casques de réalité virtuelle avec une \
         classe de seconde l'an prochain. Est-ce envisageable ?\nM. Petit",
        NewRequest,
        None,
        None,
    ),
];
