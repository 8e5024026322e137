//! The hundred-and-forty-second aside part: written after the hundred-and-twenty-seventh round,
//! before any change, on a reply's intent in forms not yet written: answers written inline
//! between the desk's quoted lines, a chase told only in the subject, thanks for the
//! acknowledgement alone, a closure disputed, a duplicate called off, a ticket to reopen, the
//! information the desk asked for, a phone's signature below a few words.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_142: &[Case] = &[
    case(
        "intent",
        "a yes written inline",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-014201] Intervention terminée - Vidéoprojecteur salle 8",
        "Le 04/12/2026 à 16:10, CESAME a écrit :\n> Bonjour,\n> Le prestataire indique avoir \
         terminé l'intervention.\n> Confirmez-vous que le problème est résolu ?\n\nOui, tout \
         fonctionne, merci.\n\n> Sans réponse de votre part sous 10 jours, le ticket sera clos.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a no written inline",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-014202] Intervention terminée - Photocopieur",
        "Le 03/12/2026 à 11:42, CESAME a écrit :\n> Le prestataire indique avoir terminé \
         l'intervention.\n> Confirmez-vous que le problème est résolu ?\n\nNon : il bourre \
         toujours dès qu'on imprime en recto verso.\n\n> Sans réponse de votre part sous 10 \
         jours, le ticket sera clos.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the chase in the subject alone",
        "From: sandrine.morel@ac-paris.example\nSubject: 2e relance - [CESAME #2026-014203] Borne wifi salle des profs",
        "Bonjour,\n\nCordialement,\nSandrine Morel\nProviseure adjointe",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "thanks for the acknowledgement",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014204] Accusé de réception - Scanner secrétariat",
        "Merci pour ce retour rapide !\n\n-----Message d'origine-----\nDe : CESAME\nObjet : \
         [CESAME #2026-014204] Accusé de réception - Scanner secrétariat\n\nVotre demande a été \
         enregistrée sous le numéro 2026-014204 avec l'urgence « moyen ». Elle sera qualifiée \
         par le service.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure disputed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014205] Poste direction",
        "Bonjour,\nJe ne suis pas d'accord avec la clôture de ce ticket : le poste de la \
         direction redémarre toujours tout seul plusieurs fois par jour.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a duplicate called off",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014206] Imprimante vie scolaire",
        "Bonjour,\nCe ticket fait doublon avec le 2026-014190 ouvert par Mme Dubois pour la même \
         imprimante. Vous pouvez l'annuler.\nMarc Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a ticket to reopen",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014207] Réseau bâtiment C",
        "Ticket à rouvrir svp : la coupure réseau du bâtiment C est revenue ce matin.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the serial number asked for",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014208] Portable enseignant",
        "Bonjour,\nVoici le numéro de série demandé : 5CG1234XYZ. Le portable est disponible au \
         secrétariat.\n\n> Pouvez-vous nous communiquer le numéro de série de l'appareil ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a few words from a phone",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: [CESAME #2026-014209] Intervention terminée - Autocommutateur",
        "Confirmé, le standard remarche. Merci\n\nEnvoyé depuis Outlook pour Android",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the open tickets asked for under a ticket",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014210] Copieur salle des profs",
        "Bonjour,\nPar la même occasion, pourriez-vous m'envoyer le récapitulatif de tous les \
         tickets encore ouverts pour le collège ?\nMerci",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "nothing wrong since the visit",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014211] Intervention terminée - Borne wifi CDI",
        "Intervention réalisée le 3/12, RAS depuis. Vous pouvez clore.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a date asked after the appointment passed",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014212] Baie de brassage",
        "Bonjour,\nLe rendez-vous de mardi a été annulé par le prestataire et aucune nouvelle \
         date ne nous a été proposée. Pouvez-vous relancer ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a news of the room",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014213] Salle informatique 2",
        "Bonjour,\nPour information, la salle sera fermée du 14 au 18 décembre pour travaux de \
         peinture : merci d'en tenir compte pour le passage du technicien.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "works again, the user thanks in English",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014214] Poste assistante anglaise",
        "Hello,\nOur English assistant says her laptop works fine now. Many thanks!\nClaire",
        ClosureConfirmation,
        None,
        None,
    ),
];
