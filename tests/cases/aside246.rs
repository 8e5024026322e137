//! The two-hundred-and-forty-sixth aside part: written after the hundred-and-fifty-ninth
//! round, before any change, on reply layouts: an answer below the quote, Outlook's "Message
//! d'origine" block under a chase, Gmail's "a écrit" line under a closure, answers between the
//! quoted lines, a signature "toujours à votre disposition", a disclaimer naming "urgence".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_246: &[Case] = &[
    case(
        "intent",
        "an answer below the quote",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-024601] Intervention prévue : Imprimante CDI",
        "Le 03/12/2026 à 16:02, CESAME a écrit :\n> Bonjour,\n> Le technicien passera jeudi 10 \
         décembre entre 9 h et 12 h.\n> Le service CESAME\n\nBonjour,\nJeudi matin nous convient, \
         la documentaliste sera présente.\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "Outlook's block under a chase",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-024602] Accusé de réception : Commutateur salle 12",
        "Bonjour,\nPouvez-vous me dire quand le technicien compte intervenir ? Rien ne s'est passé \
         depuis votre message.\nPaul Henry\n\n-----Message d'origine-----\nDe : CESAME \
         <cesame@cesame.example>\nEnvoyé : lundi 23 novembre 2026 10:14\nÀ : Paul Henry\nObjet : \
         [CESAME #2026-024602] Accusé de réception : Commutateur salle 12\n\nVotre signalement a \
         été enregistré. Urgence retenue : très haut.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "Gmail's line under a closure",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-024603] Clôture technique : Poste accueil",
        "Oui, c'est réparé, vous pouvez clôturer. Merci !\n\nLe lun. 7 déc. 2026 à 10:12, CESAME \
         <cesame@cesame.example> a écrit :\n> Le prestataire a clôturé l'intervention. Le \
         problème est-il résolu ?",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "answers between the quoted lines",
        "From: claire.dubois@ac-lyon.example\nSubject: Re: [CESAME #2026-024604] Questions du technicien",
        "> 1. Quel est le modèle du vidéoprojecteur ?\nEpson EB-W49.\n> 2. Le problème est-il \
         permanent ?\nOui, l'image ne s'affiche plus du tout.\n> 3. Qui contacter sur place ?\nM. \
         Girard, à la loge.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a signature 'toujours à votre disposition'",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-024605] Vidéoprojecteur amphi",
        "Bonjour,\nLe numéro de série est inscrit sous l'appareil : X4ZK019283.\n\nToujours à \
         votre disposition,\nSandrine Morel\nCorrespondante numérique",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a disclaimer naming urgency",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-024606] Wifi internat",
        "Bonjour,\nLe wifi de l'internat fonctionne de nouveau depuis ce matin, vous pouvez \
         clôturer.\nM. Petit\n\n--\nCe message et ses pièces jointes sont confidentiels. En cas \
         d'urgence, contactez le standard du lycée au 04 78 00 00 00.",
        ClosureConfirmation,
        None,
        None,
    ),
];
