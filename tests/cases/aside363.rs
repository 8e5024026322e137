//! The three-hundred-and-sixty-third aside part: written after the hundred-and-eighty-first
//! round, before any change, on levels and codes in forms not yet met: "Niveau d'urgence : 2/3",
//! "Criticité : Haute", "URGENT !!!" in the subject, "pas pressé", a code written in groups or
//! with dashes, a check letter that does not match.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_363: &[Case] = &[
    case(
        "urgency",
        "niveau d'urgence 2/3",
        "From: claire.dubois@ac-lyon.example\nSubject: Poste de la loge",
        "Bonjour,\nLe poste de la loge redémarre tout seul plusieurs fois par jour.\nNiveau \
         d'urgence : 2/3\nClaire Dubois",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "criticité haute",
        "From: paul.henry@ac-lille.example\nSubject: Serveur Pronote inaccessible",
        "Bonjour,\nPlus personne n'accède à Pronote depuis 8 h.\nCriticité : Haute\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "URGENT !!! in the subject",
        "From: sandrine.morel@ac-paris.example\nSubject: URGENT !!! plus d'internet",
        "Bonjour,\nPlus aucun accès à internet dans tout l'établissement depuis ce matin.\nS. Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "pas pressé",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Souris salle 6",
        "Bonjour,\nUne souris de la salle 6 a un clic qui ne répond plus. Pas pressé, nous en \
         avons d'autres.\nA. Leroux",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "uai",
        "a code written in groups",
        "From: marc.petit@ac-lyon.example\nSubject: Imprimante du CDI",
        "Bonjour,\nL'imprimante du CDI affiche « erreur 50.4 ».\nUAI : 0691 234 S\nM. Petit",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "a code with dashes",
        "From: j.martin@ac-aix.example\nSubject: Borne wifi salle 3",
        "Bonjour,\nLa borne wifi de la salle 3 clignote orange et ne diffuse plus de réseau.\n\
         Établissement : 013-0456-A\nJ. Martin",
        NewIncident,
        None,
        Some("0130456A"),
    ),
];
