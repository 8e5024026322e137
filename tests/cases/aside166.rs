//! The hundred-and-sixty-sixth aside part: written after the hundred-and-fortieth round, before
//! any change, on a reply's intent when the ticket is named outside the desk's tag: in the
//! text ("Concernant le ticket 2026-…"), after "n°", in a subject without brackets, as "votre
//! référence", in a new mail that pastes the acknowledgement; closures, chases and news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_166: &[Case] = &[
    case(
        "intent",
        "the ticket in the text, still broken",
        "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur salle 3",
        "Bonjour,\nConcernant le ticket 2026-016601 : le vidéoprojecteur est toujours en panne \
         après le passage du technicien.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the ticket after n°, news asked",
        "From: j.martin@ac-aix.example\nSubject: Câble commandé",
        "Bonjour,\nTicket n° 2026-016602 : pouvez-vous me dire où en est la commande du câble ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a subject without brackets, fixed",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: CESAME 2026-016603 wifi CDI",
        "Le wifi du CDI fonctionne de nouveau, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "your reference, a detail",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Votre référence 2026-016604",
        "Bonjour,\nPour votre référence 2026-016604 : le technicien pourra récupérer la clé du \
         local à la loge à partir de 7 h 30.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the acknowledgement pasted, a chase",
        "From: paul.henry@ac-lille.example\nSubject: Relance standard",
        "Bonjour,\nJe n'ai toujours aucune nouvelle.\n\nVotre demande a été enregistrée sous le \
         numéro 2026-016605 avec l'urgence « très haute ».",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "two references, close the first",
        "From: marc.petit@ac-lyon.example\nSubject: Tickets 2026-016606",
        "Bonjour,\nLe ticket 2026-016606 peut être clôturé : l'imprimante a été remplacée.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the ticket in a forwarded subject, news",
        "From: j.martin@ac-aix.example\nSubject: TR: [CESAME #2026-016607] Intervention prévue : Baie réseau",
        "Le local sera ouvert par l'agent d'entretien, M. Costa (06 00 00 00 00).",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the ticket in the text, thanks for the repair",
        "From: claire.dubois@ac-lyon.example\nSubject: Merci",
        "Bonjour,\nMerci pour la réparation du tableau de la salle 7 (demande 2026-016608), tout \
         fonctionne parfaitement.",
        ClosureConfirmation,
        None,
        None,
    ),
];
