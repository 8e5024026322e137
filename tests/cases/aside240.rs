//! The two-hundred-and-fortieth aside part: written after the hundred-and-fifty-seventh round,
//! before any change, on closures and their look-alikes: all back in order but one, a closure
//! "enfin presque", repaired but something broken on the way, a closure told of a ticket by
//! its title, a thanks for the visit's date, a closure confirmed in English.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_240: &[Case] = &[
    case(
        "intent",
        "all back in order but one",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-024001] Tablettes CM1",
        "Bonjour,\nTout est rentré dans l'ordre, à l'exception d'une tablette qui ne charge \
         toujours pas.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure 'almost'",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-024002] Clôture technique : Salle informatique",
        "Bonjour,\nOn peut fermer… enfin presque : deux postes du fond n'ont pas de session \
         élève.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "repaired but something broken on the way",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-024003] Baie de brassage",
        "Bonjour,\nLa baie est réparée, merci. En revanche, le technicien a arraché la goulotte du \
         couloir en passant son câble : elle pend au plafond.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure told by the ticket's title",
        "From: sandrine.morel@ac-paris.example\nSubject: Ticket vidéoprojecteur salle 12 réglé",
        "Bonjour,\nPour le ticket 2026-024004 : c'est réglé, vous pouvez le clôturer.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for the visit's date",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-024005] Intervention prévue : Serveur",
        "Bonjour,\nParfait, merci : mardi 9 h nous convient, le gardien ouvrira la salle serveur.\n\
         Claire Dubois",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure confirmed in English",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-024006] Clôture technique : Lab PCs",
        "Hi,\nConfirmed, everything works fine since the technician's visit. You can close it.\n\
         Marc",
        ClosureConfirmation,
        None,
        None,
    ),
];
