//! The two-hundred-and-sixty-ninth aside part: written after the hundred-and-sixty-third round,
//! before any change, on chases and news in a third person's voice: the principal asking where
//! things stand, a colleague's complaint relayed as a state, the town hall asking the school,
//! news that the principal agreed to the quote, news that a teacher found the cause, a chase
//! citing the deadline of the contract.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_269: &[Case] = &[
    case(
        "intent",
        "the principal asking where things stand",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026901] Serveur administratif",
        "Bonjour,\nLe proviseur me demande où nous en sommes pour le serveur administratif.\nClaire \
         Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's complaint relayed as a state",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-026902] Tableau CM1",
        "Bonjour,\nLa maîtresse de CM1 n'a toujours pas de tableau numérique et me le rappelle \
         chaque jour.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the town hall asking the school",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-026903] Caméras parvis",
        "Bonjour,\nLa mairie nous demande à son tour quand les caméras du parvis seront remises en \
         service.\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the principal agreed to the quote",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-026904] Devis carte réseau",
        "Bonjour,\nLa principale a validé le devis ce matin, vous pouvez lancer la commande.\nJ. \
         Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher found the cause",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-026905] Son salle 12",
        "Bonjour,\nUn collègue a remarqué que le son ne coupe que lorsque le chauffage se met en \
         route : peut-être une piste pour le technicien.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase citing the contract's deadline",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-026906] Copieurs",
        "Bonjour,\nLe marché de maintenance prévoit une intervention sous 8 heures ouvrées pour les \
         copieurs : nous en sommes à cinq jours.\nM. Petit",
        Reminder,
        None,
        None,
    ),
];
