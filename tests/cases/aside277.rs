//! The two-hundred-and-seventy-seventh aside part: written after the hundred-and-sixty-fifth
//! round, before any change, on a reply's intent: the expected delay asked after the
//! acknowledgement, a closure refused in one line, a closure agreed in English, thanks alone
//! for a visit announced, a base64 body with a new fault, a contact asking to add a colleague
//! in copy.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_277: &[Case] = &[
    case(
        "intent",
        "the expected delay asked",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-027701] Accusé de réception - Vidéoprojecteur salle 7",
        "Bonjour,\nMerci pour l'accusé de réception. Quel est le délai prévu pour l'intervention ?\n\
         P. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure refused in one line",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-027702] Clôture technique - Imprimante CDI",
        "Non, l'imprimante bourre toujours à chaque impression recto verso.\nS. Morel",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure agreed in English",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-027703] Clôture technique - Switch B",
        "Hi,\nConfirmed on our side, the switch has been stable all week. You can close the \
         ticket.\nMarc",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "thanks alone for a visit announced",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-027704] Intervention prévue jeudi 10 décembre",
        "Merci, nous serons présents pour accueillir le technicien.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "request",
        "a base64 body with a new fault",
        "From: j.martin@ac-aix.example\nSubject: Serveur de sauvegarde\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64",
        "Qm9uam91ciwKTGUgc2VydmV1ciBkZSBzYXV2ZWdhcmRlIGR1IGNvbGzDqGdlIGFmZmljaGUgdW4g\n\
         ZGlzcXVlIGVuIGVycmV1ciBkZXB1aXMgbGEgbnVpdCBkZXJuacOocmUuClVyZ2VuY2UgOiB0csOo\n\
         cyBoYXV0ZQpKLiBNYXJ0aW4sIDAxMzA0NTZBCg==",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "intent",
        "a colleague to add in copy",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-027706] Salle 204",
        "Bonjour,\nPourriez-vous mettre en copie de vos prochains messages M. Petit, mon suppléant, \
         qui suivra le dossier pendant mon absence ?\nClaire Dubois",
        FollowUp,
        None,
        None,
    ),
];
