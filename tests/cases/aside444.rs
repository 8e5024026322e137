//! The four-hundred-and-forty-fourth aside part: written after the hundred-and-ninety-second
//! round, before any change, on security incidents told by a school (a pupil in a teacher's
//! account, a phishing link clicked, a stolen laptop) beside a security measure asked for.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_444: &[Case] = &[
    case(
        "request",
        "a pupil in a teacher's account",
        "From: claire.dubois@ac-lyon.example\nSubject: Compte enseignant utilisé par un élève",
        "Bonjour,\nUn élève s'est connecté avec le compte de son professeur de mathématiques et a \
         modifié des notes dans Pronote. Le mot de passe a été changé ce matin.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a phishing link clicked",
        "From: j.martin@ac-aix.example\nSubject: Lien frauduleux cliqué",
        "Bonjour,\nLa secrétaire a cliqué sur le lien d'un faux message de la messagerie et saisi \
         son mot de passe. Depuis, son compte envoie des messages à tous ses contacts.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a stolen laptop",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Vol d'un ordinateur portable",
        "Bonjour,\nL'ordinateur portable de la salle des professeurs a été volé pendant le \
         week-end ; une plainte a été déposée.\nAnne Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a security measure asked for",
        "From: sandrine.morel@ac-paris.example\nSubject: Double authentification",
        "Bonjour,\nAprès l'incident du mois dernier, la direction souhaite que la double \
         authentification soit activée pour tous les comptes administratifs.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
];
