//! The two-hundred-and-eighty-ninth aside part: written after the hundred-and-sixty-seventh
//! round, before any change, on urgency: Outlook's "Importance: high" header alone (no level
//! stated by the sender), "X-Priority: 1" alone, "Niveau : critique", "très très urgent", "P2 -
//! moyenne", a level in a reply to the desk's question.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_289: &[Case] = &[
    case(
        "urgency",
        "Importance high in the headers alone",
        "From: sandrine.morel@ac-paris.example\nSubject: Scanner CDI\nImportance: high\nX-MS-Has-Attach: no",
        "Bonjour,\nLe scanner du CDI ne s'allume plus.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "X-Priority 1 alone",
        "From: j.martin@ac-aix.example\nSubject: Souris salle 2\nX-Priority: 1 (Highest)",
        "Bonjour,\nTrois souris de la salle 2 ne répondent plus.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "urgency",
        "Niveau critique",
        "From: paul.henry@ac-lille.example\nSubject: Serveur Pronote",
        "Bonjour,\nLe serveur Pronote est arrêté, plus personne ne peut saisir les notes.\nNiveau : \
         critique\nP. Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "très très urgent",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Plus de téléphone à l'école",
        "Bonjour,\nPlus aucune ligne ne fonctionne à l'école, très très urgent svp.\nA. Leroux",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "P2 - moyenne",
        "From: marc.petit@ac-lyon.example\nSubject: Tableau interactif salle 9 - P2 - moyenne",
        "Bonjour,\nLe stylet du tableau interactif de la salle 9 n'est plus reconnu.\nM. Petit",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a level in a reply to the desk's question",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-028906] Demande de précisions - Wifi internat",
        "Bonjour,\nPour répondre à votre question : urgence moyenne, les internes ont encore le wifi \
         dans le foyer.\nClaire Dubois",
        FollowUp,
        Some(Moyen),
        None,
    ),
];
