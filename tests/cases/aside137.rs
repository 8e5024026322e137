//! The hundred-and-thirty-seventh aside part: written after the hundred-and-twenty-fifth round,
//! before any change, on a reply's intent in a few words above the desk's quoted question or
//! notice, whose own words ("clôturer", "toujours en panne", "relancer") must not decide: yes
//! and no to "Pouvons-nous clôturer ?", a confirmation of a technical closure, a visit agreed,
//! "c'est noté", "pas encore testé", a chase in a question.

use super::{case, Case};
use guichet::understand::Kind::*;

/// The school's words above the desk's question, quoted as Thunderbird quotes it.
macro_rules! above_the_question {
    ($own:literal) => {
        concat!(
            $own,
            "\n\nLe 04/12/2026 à 09:10, CESAME a écrit :\n> Le prestataire indique être intervenu. \
             Pouvons-nous clôturer la demande ?\n> Si le problème persiste (« toujours en panne \
             »), répondez simplement à ce message."
        )
    };
}

/// Above the desk's notice of a visit, quoted as Outlook quotes it.
macro_rules! above_the_visit {
    ($own:literal) => {
        concat!(
            $own,
            "\n\nDe : CESAME <cesame@region.example>\nEnvoyé : vendredi 4 décembre 2026 11:00\n\
             Objet : [CESAME #2026-0137] Intervention prévue\n\nUne intervention est prévue \
             jeudi 10 décembre à 9 h. Sans nouvelles de votre part, nous relancerons le \
             prestataire."
        )
    };
}

pub const ASIDE_137: &[Case] = &[
    case(
        "intent",
        "yes, thanks",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-013701] Pouvons-nous clôturer ?",
        above_the_question!("Oui, merci."),
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "yes, it is repaired",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-013702] Pouvons-nous clôturer ?",
        above_the_question!("Oui c'est réparé."),
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "no, still down",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-013703] Pouvons-nous clôturer ?",
        above_the_question!("Non, le poste ne démarre toujours pas."),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "not tested yet",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-013704] Pouvons-nous clôturer ?",
        above_the_question!("Pas encore testé, je vous dis demain."),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "not sure yet",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-013705] Pouvons-nous clôturer ?",
        above_the_question!(
            "Je ne suis pas certain que ce soit réglé : je vérifie avec l'enseignante demain et je reviens vers vous."
        ),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "confirmed",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-013706] Intervention terminée : Imprimante CDI",
        "Confirmé, tout fonctionne. Merci.\n\n> Le prestataire a clôturé l'intervention. Merci de \
         confirmer le bon fonctionnement.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the visit agreed",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-013707] Intervention prévue",
        above_the_visit!("D'accord, je préviens la loge."),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "ok for Thursday",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-013708] Intervention prévue",
        above_the_visit!("OK pour jeudi."),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "noted",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-013709] Intervention prévue",
        above_the_visit!("C'est noté."),
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "and the technician?",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-013710] Intervention prévue",
        above_the_visit!("Et le technicien ? Il n'est jamais venu jeudi."),
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "close it, we changed the equipment",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-013711] Pouvons-nous clôturer ?",
        above_the_question!("Vous pouvez fermer, nous avons changé de matériel entre-temps."),
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "still waiting for the part?",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-013712] Intervention prévue",
        above_the_visit!("Toujours en attente de la pièce ? Cela fait trois semaines."),
        Reminder,
        None,
        None,
    ),
];
