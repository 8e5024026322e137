//! The two-hundred-and-fiftieth aside part: written after the hundred-and-fifty-ninth round,
//! before any change, on needs and faults in English and in forwards: an English need for
//! accounts, an English fault forwarded, a French need forwarded from a teacher in HTML, a
//! fault forwarded with the correspondant's one word "urgent", a need under "Fwd:".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_250: &[Case] = &[
    case(
        "request",
        "an English need for accounts",
        "From: paul.henry@ac-lille.example\nSubject: Accounts for the Erasmus students",
        "Hello,\nWe welcome twelve Erasmus students from January to March. Could you create \
         temporary network accounts for them?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "an English fault forwarded",
        "From: claire.dubois@ac-lyon.example\nSubject: Fwd: Lab printer",
        "Pour traitement, merci.\n\n---------- Forwarded message ---------\nFrom: James Wilson \
         <j.wilson@ac-lyon.example>\nSubject: Lab printer\n\nHi Claire, the printer in the English \
         lab keeps jamming on every page since Monday.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a French need forwarded in HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: Micros pour l'oral\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>À traiter, merci.</p><hr><p><b>De :</b> Julie Fabre<br><b>Objet :</b> \
         Micros pour l'oral</p><p>Bonjour Sandrine, pour préparer le grand oral, nous aurions \
         besoin de quatre micros-cravates et d'un enregistreur.</p></body></html>",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault forwarded with one word",
        "From: j.martin@ac-aix.example\nSubject: TR: Plus de son en salle de musique",
        "Urgent.\n\n-------- Message transféré --------\nDe : Professeur de musique\nObjet : Plus \
         de son en salle de musique\n\nL'ampli de la salle de musique ne sort plus aucun son, le \
         concert est vendredi.",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a need under Fwd",
        "From: marc.petit@ac-lyon.example\nSubject: Fwd: Salle de robotique",
        "Demande de notre proviseur ci-dessous.\n\n---------- Forwarded message ---------\nFrom: \
         Proviseur\nSubject: Salle de robotique\n\nMarc, la salle 009 doit devenir une salle de \
         robotique : il faudra six postes et des prises réseau au plafond.",
        NewRequest,
        None,
        None,
    ),
];
