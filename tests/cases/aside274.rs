//! The two-hundred-and-seventy-fourth aside part: written after the hundred-and-sixty-fourth
//! round, before any change, on codes and a reply's intent: a code in groups of three and four,
//! a code in lower case with a hyphen, a wrong check letter, a Corsican code from an unknown
//! sender; our open tickets asked as a plain question, a partial fix, a closure agreed in few
//! words.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_274: &[Case] = &[
    case(
        "uai",
        "a code in groups",
        "From: claire.dubois@ac-lyon.example\nSubject: Scanner de l'intendance",
        "Bonjour,\nLe scanner de l'intendance n'est plus reconnu par le poste.\nÉtablissement : 069 \
         1234 S\nUrgence : moyenne\nClaire Dubois",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "uai",
        "a code in lower case with a hyphen",
        "From: marc.petit@ac-lyon.example\nSubject: écran salle 14 (0691234-s)",
        "Bonjour,\nL'écran du poste professeur de la salle 14 reste noir.\nM. Petit",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "a wrong check letter",
        "From: sandrine.morel@ac-paris.example\nSubject: Wifi gymnase - UAI 0751043C",
        "Bonjour,\nLe wifi du gymnase ne fonctionne plus depuis jeudi.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a Corsican code from an unknown sender",
        "From: cdi@college-ajaccio.example\nSubject: Imprimante CDI - 02A1234X",
        "Bonjour,\nL'imprimante du CDI du collège (02A1234X) affiche une erreur de fusion.\nLe \
         CDI",
        Unauthorised,
        None,
        Some("6201234X"),
    ),
    case(
        "intent",
        "our open tickets asked as a plain question",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Nos tickets",
        "Bonjour,\nPourriez-vous me rappeler quels tickets nous avons encore en cours chez vous ?\n\
         Merci,\nAnne Leroux",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-027406] Salle 8",
        "Bonjour,\nLes postes de la salle 8 fonctionnent de nouveau, merci. En revanche \
         l'imprimante réseau de la salle reste injoignable.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure agreed in few words",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-027407] Clôture technique - Vidéoprojecteur salle 2",
        "C'est bon pour nous, vous pouvez clore.\nP. Henry",
        ClosureConfirmation,
        None,
        None,
    ),
];
