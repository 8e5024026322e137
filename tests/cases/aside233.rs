//! The two-hundred-and-thirty-third aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on chases in other clothes and voices: an HTML chase, a chase in
//! English, a suppléant's chase for the correspondant, a chase asking the contractor's name, a
//! chase by the ticket number alone, a chase counting the days, a chase asking whom to call.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_233: &[Case] = &[
    case(
        "intent",
        "an HTML chase",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-023301] Imprimante loge\nContent-Type: text/html; charset=utf-8",
        "<html><body><div>Bonjour,</div><div><br></div><div>Avez-vous pu avancer sur ce dossier ? \
         </div><div>S. Morel</div></body></html>",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in English",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-023302] Network switch",
        "Hello,\nAny update on this one? We are still waiting for the technician.\nPaul",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a suppléant chasing for the correspondant",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-023303] Vidéoprojecteur amphi",
        "Bonjour,\nJe me permets de relayer Mme Dubois, absente : nous n'avons toujours pas de date \
         pour l'amphithéâtre.\nMarc Petit",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "asking who is in charge",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-023304] Baie informatique",
        "Bonjour,\nQui s'occupe de notre dossier ? Nous n'avons eu aucun contact depuis son \
         ouverture.\nJ. Martin",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase by the number alone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Ticket 2026-023305",
        "Bonjour,\nDes nouvelles du ticket 2026-023305 ?\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a chase counting the days",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-023306] Tablettes CM2",
        "Bonjour,\nTrois semaines que les tablettes sont inutilisables et rien ne bouge.\nL'équipe TICE",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "asking whom to call",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-023307] Standard téléphonique",
        "Bonjour,\nY a-t-il un numéro où je peux joindre quelqu'un au sujet de cette demande ? Elle \
         n'avance pas.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
];
