//! The two-hundred-and-ninety-fifth aside part: written after the hundred-and-sixty-ninth round,
//! before any change, on references hidden or missing: a chase from a correspondant who lost the
//! number, news whose ticket is only in the References header, a closure whose number is only in
//! the quoted acknowledgement, a teacher's forwarded mail that says "relance" inside (a new
//! fault), a chase naming the ticket without its year.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_295: &[Case] = &[
    case(
        "intent",
        "a chase from someone who lost the number",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Suivi de notre demande pour le photocopieur",
        "Bonjour,\nJe n'ai plus le numéro de ticket, mais nous vous avons signalé il y a trois \
         semaines la panne du photocopieur de l'école et n'avons eu aucun retour depuis.\nA. Leroux",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news with the ticket only in References",
        "From: paul.henry@ac-lille.example\nSubject: Re: Votre signalement\nIn-Reply-To: <ack-2026-029502@cesame.example>\nReferences: <ack-2026-029502@cesame.example>",
        "Bonjour,\nPrécision : le problème ne touche que les postes sous Windows 11, les anciens \
         fonctionnent.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with the number only in the quote",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: Intervention",
        "Bonjour,\nC'est réparé, vous pouvez clore. Merci !\nS. Morel\n\n> Votre signalement a été \
         enregistré sous la référence 2026-029503.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "request",
        "a teacher's forward that says relance inside",
        "From: j.martin@ac-aix.example\nSubject: TR: Relance - ordinateur salle 7",
        "Bonjour,\nJe vous transmets le message d'une collègue.\nJ. Martin\n\n-------- Message \
         transféré --------\nDe : Nadia Cherif <nadia.cherif@ac-aix.example>\nObjet : Relance - \
         ordinateur salle 7\n\nJérôme, je te relance : l'ordinateur de la salle 7 ne démarre \
         toujours pas depuis lundi, peux-tu le signaler ?",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "a chase naming the ticket without its year",
        "From: claire.dubois@ac-lyon.example\nSubject: Ticket 029505",
        "Bonjour,\nOù en est le ticket 029505 (vidéoprojecteur de l'amphithéâtre) ? Nous n'avons \
         pas de nouvelles depuis l'accusé de réception.\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
];
