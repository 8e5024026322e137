//! The two-hundred-and-eighty-seventh aside part: written after the hundred-and-sixty-seventh
//! round, before any change, on closures in new words: a ticket closed because the school
//! bought its own, a false alarm owned, a yes under the closure question, a partial fix after a
//! visit, a request withdrawn because the machine was found.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_287: &[Case] = &[
    case(
        "intent",
        "closed because the school bought its own",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-028701] Imprimante secrétariat",
        "Bonjour,\nVous pouvez fermer ce ticket : nous avons acheté une imprimante sur notre budget.\n\
         J. Martin",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a false alarm owned",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-028702] Internet école",
        "Bonjour,\nFausse alerte : l'agent d'entretien avait débranché la box pour passer \
         l'aspirateur. Tout est rentré dans l'ordre, désolée du dérangement.\nA. Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a yes under the closure question",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-028703] Clôture technique - pouvons-nous clore ? - Switch",
        "Oui c'est bon, merci à vous.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix after a visit",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-028704] Vidéoprojecteurs bâtiment A",
        "Bonjour,\nLe technicien est passé et tout fonctionne, sauf le vidéoprojecteur de la salle \
         4 dont l'image reste floue.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a request withdrawn because the machine was found",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-028705] Portable disparu",
        "Bonjour,\nAnnulez ma demande : le portable a été retrouvé dans l'armoire de la salle 8.\n\
         Claire Dubois",
        ClosureConfirmation,
        None,
        None,
    ),
];
