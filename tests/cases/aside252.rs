//! The two-hundred-and-fifty-second aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on news told in a chase's words, which must stay news: a machine
//! still in its box for the visit, a new symptom since a date, a school still free on a day,
//! equipment still under warranty, a room still booked, the fault still reproduced for the
//! technician.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_252: &[Case] = &[
    case(
        "intent",
        "a machine still in its box",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-025201] Installation poste CDI",
        "Bonjour,\nLe poste est toujours dans son carton au CDI : le technicien pourra l'installer \
         mardi, la documentaliste sera là.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a new symptom since a date",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-025202] Serveur de fichiers",
        "Bonjour,\nDepuis le 3 décembre, le serveur affiche aussi une alerte sur son deuxième \
         disque.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a school still free on a day",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-025203] Intervention prévue : Baie",
        "Bonjour,\nNous sommes toujours disponibles jeudi matin si le technicien préfère ce \
         créneau.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "equipment still under warranty",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-025204] Copieur",
        "Bonjour,\nPour information, le copieur est toujours sous garantie constructeur jusqu'en \
         juin 2027 (contrat 44-1187).\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a room still booked",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-025205] Salle 12",
        "Bonjour,\nLa salle 12 est toujours occupée le mardi ; le jeudi conviendrait mieux pour \
         l'intervention.\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the fault still reproduced for the technician",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-025206] Postes salle 204",
        "Bonjour,\nLe plantage se reproduit toujours au lancement du logiciel de CAO, avec le \
         message « licence server unreachable » : j'ai fait une capture, ci-jointe.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
