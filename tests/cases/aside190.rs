//! The hundred-and-ninetieth aside part: written after the hundred-and-forty-eighth round,
//! before any change, on the costliest class in pairs that share their words: a site the filter
//! always blocked and one it blocks since Monday, a wifi too small for a class and one that cuts,
//! a cordless phone for the hall, a newcomer to equip and his drive lost, old projectors to
//! replace by boards and a lamp burnt out.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_190: &[Case] = &[
    case(
        "request",
        "a site the filter always blocked",
        "From: paul.henry@ac-lille.example\nSubject: Accès GitHub BTS",
        "Bonjour,\nLes élèves de BTS ont besoin d'accéder à GitHub pour leurs projets, mais le site \
         est bloqué par le filtrage académique.\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a site blocked since Monday",
        "From: paul.henry@ac-lille.example\nSubject: GitHub bloqué",
        "Bonjour,\nGitHub est bloqué par le filtrage depuis la mise à jour de lundi, alors qu'il \
         était autorisé jusque-là.\nPaul Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a wifi too small for a class",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi CDI",
        "Bonjour,\nLe wifi du CDI sature dès qu'une classe entière se connecte : trente tablettes \
         pour une seule borne. Une seconde borne serait la bienvenue.\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a wifi that cuts",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi CDI",
        "Bonjour,\nLe wifi du CDI coupe toutes les cinq minutes depuis ce matin.\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a cordless phone for the hall",
        "From: claire.dubois@ac-lyon.example\nSubject: Téléphone accueil",
        "L'accueil souhaiterait un téléphone sans fil pour pouvoir se déplacer dans le hall pendant \
         les entrées.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a newcomer to equip",
        "From: j.martin@ac-aix.example\nSubject: Arrivée agent comptable",
        "Bonjour,\nLe nouvel agent comptable arrive le 4 janvier : il lui faudra un poste, une \
         adresse de messagerie et les accès aux logiciels de gestion.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "his drive lost",
        "From: j.martin@ac-aix.example\nSubject: Lecteur réseau gestion",
        "Bonjour,\nLe poste de l'agent comptable ne voit plus le lecteur réseau de la gestion.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "old projectors to replace by boards",
        "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteurs",
        "Bonjour,\nNos vidéoprojecteurs ont neuf ans et leur image est devenue très pâle ; est-il \
         possible de les remplacer par des écrans interactifs ?\nSandrine Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a lamp burnt out",
        "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur salle 3",
        "La lampe du vidéoprojecteur de la salle 3 a grillé, il faut la remplacer.",
        NewIncident,
        None,
        None,
    ),
];
