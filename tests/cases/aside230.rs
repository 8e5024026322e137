//! The two-hundred-and-thirtieth aside part: written after the hundred-and-fifty-sixth round,
//! before any change, on a reply's intent beside chases: the school's open tickets asked as
//! "what do we still have open", a closure agreed with a remark, a partial fix, information
//! added (a photo's description), a ticket withdrawn, a closure refused, a fix that did not
//! last.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_230: &[Case] = &[
    case(
        "intent",
        "what do we still have open",
        "From: claire.dubois@ac-lyon.example\nSubject: Nos demandes",
        "Bonjour,\nQu'avons-nous encore d'ouvert chez vous ? Je fais le point avant le conseil \
         d'administration.\nClaire Dubois",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a closure agreed with a remark",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-023002] Clôture technique : Onduleur",
        "Bonjour,\nC'est bon pour nous, vous pouvez clore. Le technicien a laissé l'ancien onduleur \
         dans le local, nous nous en occuperons.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-023003] Postes salle 12",
        "Bonjour,\nLes postes de la salle 12 démarrent de nouveau, mais le vidéoprojecteur de cette \
         salle reste sans signal.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "information added",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-023004] Baie de brassage",
        "Bonjour,\nPour compléter : le voyant orange du commutateur du haut clignote en continu, et \
         le câble bleu du port 12 est débranché.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a ticket withdrawn",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-023005] Scanner secrétariat",
        "Bonjour,\nVous pouvez oublier notre demande : la mairie nous a fourni un autre scanner \
         entre-temps.\nS. Morel",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a closure refused",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-023006] Clôture technique : Wifi CDI",
        "Bonjour,\nJe ne peux pas valider la clôture : le wifi du CDI décroche toujours dès qu'une \
         classe entière se connecte.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fix that did not last",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-023007] Copieur 2e étage",
        "Bonjour,\nLa réparation n'a tenu que deux jours : le copieur affiche de nouveau l'erreur \
         C2557.\nL'équipe TICE",
        FollowUp,
        None,
        None,
    ),
];
