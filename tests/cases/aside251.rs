//! The two-hundred-and-fifty-first aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on chases told as a state in words not yet written: a room shut
//! since a date, teachers bringing their own laptops, the office working on one computer, the
//! counting of days, a colleague's patience, pupils without their lessons.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_251: &[Case] = &[
    case(
        "intent",
        "a room shut since a date",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-025101] Salle multimédia",
        "Bonjour,\nLa salle multimédia reste fermée aux élèves depuis le 16 novembre.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "teachers bringing their own laptops",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-025102] Postes enseignants",
        "Bonjour,\nTrois semaines maintenant que les enseignants apportent leur ordinateur \
         personnel pour faire cours.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the office working on one computer",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-025103] Postes secrétariat",
        "Bonjour,\nLe secrétariat travaille toujours à trois sur un seul poste.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the counting of days",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-025104] Serveur ENT",
        "J+15.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's patience",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-025105] Tableau salle 18",
        "Bonjour,\nLa collègue de la salle 18 fait cours au feutre sur un tableau blanc depuis un \
         mois ; elle commence à perdre patience.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "pupils without their lessons",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-025106] Baladodiffusion",
        "Bonjour,\nLes élèves de BTS n'ont plus accès à leurs enregistrements depuis début \
         novembre, à deux mois de leurs examens.\nM. Petit",
        Reminder,
        None,
        None,
    ),
];
