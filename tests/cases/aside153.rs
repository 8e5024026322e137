//! The hundred-and-fifty-third aside part: written after the hundred-and-thirty-first round,
//! before any change, on a reply's intent where the closure's words mislead: a closure allowed
//! under a condition not yet checked, a closure forbidden, refused, or confirmed as still
//! broken; a fix not yet tried; a visit moved, not called off; thanks in irony; one of two
//! things fixed; the contractor unable to repair.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_153: &[Case] = &[
    case(
        "intent",
        "a closure allowed under a condition not yet checked",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015301] Intervention terminée - Poste direction",
        "Si le technicien a bien changé la carte mère, vous pouvez clôturer ; je n'ai pas encore \
         pu vérifier, la direction est en réunion toute la journée.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "do not close, it comes and goes",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015302] Intervention terminée - Wifi salle 12",
        "Ne clôturez pas le ticket s'il vous plaît : la coupure revient par intermittence, deux \
         fois encore ce matin.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "one of two fixed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-015303] Postes salle 110",
        "Bonjour,\nLe poste 1 est réparé, merci. Pour le poste 2, le technicien doit commander une \
         pièce.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "yes, since Thursday",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015304] Pouvons-nous clôturer ? - Scanner secrétariat",
        "Oui, depuis jeudi tout est OK.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "not tried yet",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-015305] Intervention terminée - Salle informatique 3",
        "Pas encore testé : les élèves de la salle 3 sont en stage jusqu'à vendredi. Je vous \
         confirme lundi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the contractor could not repair",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-015306] Traceur",
        "Le technicien n'a rien pu faire : la pièce n'est plus fabriquée. Que nous proposez-vous ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a detail forgotten",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015307] Poste CPE",
        "Bonjour,\nJ'ai oublié de préciser que le poste est sous Windows 11 et qu'il a été \
         renommé CPE-02.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the visit moved, not called off",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-015308] Intervention prévue - Baie de brassage",
        "Veuillez annuler le rendez-vous de jeudi : nous préférons le décaler à la semaine \
         prochaine, le local sera encombré par les livraisons.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure refused",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015309] Intervention terminée - Câblage salle 6",
        "Clôture refusée : le câble pend toujours du plafond au-dessus des élèves.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "all settled but one",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-015310] Imprimantes administration",
        "Tout est réglé sauf l'imprimante couleur de l'intendance.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "confirmed, still broken",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015311] Intervention terminée - Visioconférence",
        "Je confirme : toujours en panne, l'écran reste noir au démarrage.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "thanks in irony",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015312] Intervention terminée - Imprimante CDI",
        "Merci pour la « réparation » : l'imprimante ne fonctionne toujours pas.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "closed without waiting, all good",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-015313] Intervention terminée - Tableau numérique salle 7",
        "Vous pouvez clôturer, nous avons testé ce matin : le tableau fonctionne.",
        ClosureConfirmation,
        None,
        None,
    ),
];
