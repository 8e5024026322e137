//! The four-hundred-and-twenty-seventh aside part: written after the hundred-and-ninetieth round,
//! before any change, on faults told only by what users see or cannot do (a yellow picture, a
//! class that cannot hand in work, a teacher locked out), without a fault word.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_427: &[Case] = &[
    case(
        "request",
        "a yellow picture",
        "From: claire.dubois@ac-lyon.example\nSubject: Image jaune salle 12",
        "Bonjour,\nEn salle 12, l'image projetée est toute jaune : les élèves ne distinguent plus \
         les couleurs des schémas.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "work that cannot be handed in",
        "From: j.martin@ac-aix.example\nSubject: Devoirs sur l'ENT",
        "Bonjour,\nLes élèves de 4e B reçoivent un message d'erreur quand ils déposent leur \
         devoir sur l'ENT, alors que la date limite est ce soir.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a teacher locked out",
        "From: marc.petit@ac-lyon.example\nSubject: Compte de Mme Garnier",
        "Bonjour,\nMme Garnier, professeure de lettres, ne peut plus ouvrir sa session sur aucun \
         poste du lycée depuis lundi.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "sound from one side",
        "From: paul.henry@ac-lille.example\nSubject: Enceintes de l'amphithéâtre",
        "Bonjour,\nDans l'amphithéâtre, le son ne sort plus que par l'enceinte de gauche.\n\
         Paul Henry",
        NewIncident,
        None,
        None,
    ),
];
