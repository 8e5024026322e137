//! The hundred-and-twenty-fourth aside part: written after the hundred-and-twelfth round, before
//! any change, on a reply's intent with the history a client keeps below it (Outlook's "De :"
//! block, Thunderbird's "a écrit :", a phone's signature): lists ("la liste à jour", "quels
//! dossiers restent ouverts", a table asked for the board), chases (a month, "silence radio",
//! "je me permets de revenir vers vous", the head asking), news (a room's access, a photo, a
//! second station, a supplier's number), closures ("vous pouvez fermer", "opérationnel", "c'est
//! tout bon", "on peut clôturer"), partial fixes, and a reply that only thanks.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_124: &[Case] = &[
    case(
        "intent",
        "the list brought up to date",
        "From: claire.dubois@ac-lyon.example\nSubject: Liste",
        "Bonjour,\nPourriez-vous m'envoyer la liste à jour de nos demandes ?\nBien à vous",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "which files stay open",
        "From: paul.henry@ac-lille.example\nSubject: Dossiers en cours",
        "Bonjour,\nQuels dossiers restent ouverts pour le lycée ?\n\nEnvoyé de mon iPhone",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a table for the board",
        "From: sandrine.morel@ac-paris.example\nSubject: Conseil d'administration",
        "Bonjour,\nPour le conseil d'administration de jeudi, j'aurais besoin d'un état de nos \
         signalements en cours.\nMerci d'avance",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a month without news",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012401] Tableau blanc interactif",
        "Bonjour,\nCela fait maintenant un mois que ce ticket est ouvert, sans aucune nouvelle.\n\n\
         De : CESAME <cesame@region.example>\nEnvoyé : lundi 2 novembre 2026 09:12\n\
         À : anne.leroux@ac-bordeaux.example\nObjet : [CESAME #2026-012401] Tableau blanc interactif\n\n\
         Votre signalement a bien été enregistré.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "radio silence",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-012402] Routeur",
        "Silence radio depuis le 10. Qu'en est-il ?\n\nLe 10/11/2026 à 08:30, CESAME a écrit :\n\
         > Votre demande a été transmise au prestataire.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "I take the liberty of coming back",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012403] Scanner",
        "Bonjour,\nJe me permets de revenir vers vous concernant ce dossier, qui n'a pas avancé.\n\
         Cordialement",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the head asks",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012404] Caméras",
        "Le proviseur me demande où en est l'intervention. Pouvez-vous me donner une réponse ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "access to the room",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012405] Baie réseau",
        "Pour information, la salle serveur sera ouverte de 8 h à 12 h ; demander la clé à la \
         loge.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a photo attached",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012406] Écran cassé",
        "Ci-joint une photo de l'écran, comme demandé.\n\n-- \nClaire Dubois\nLycée Ampère",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a second station too",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012407] Poste CDI",
        "Bonjour,\nLe poste voisin présente maintenant le même écran bleu.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the supplier's number",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012408] Copieur",
        "Le numéro de série du copieur est CNB4R12345, contrat chez Ricoh.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "you may close",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012409] Imprimante salle 2",
        "Bonjour,\nVous pouvez fermer ce ticket, l'imprimante imprime de nouveau.\nMerci",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "working again",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-012410] Serveur pédagogique",
        "Le serveur est de nouveau opérationnel. Merci pour la rapidité.\n\n\
         Le 20/11/2026 à 14:02, CESAME a écrit :\n> Intervention prévue demain matin.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "all good",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012411] Wifi gymnase",
        "C'est tout bon pour nous, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "we can close",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012412] Vidéoprojecteur",
        "Bonjour,\nLe technicien a remplacé la lampe ; on peut clôturer.\nBonne journée",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the sound back, the image not",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012413] Salle audio",
        "Le son est revenu, mais l'image du projecteur saute toujours.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "half the room",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012414] Salle 12",
        "Merci. La moitié des postes démarrent, les autres affichent encore « pas de réseau ».",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a reply that only thanks",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012415] Intervention jeudi",
        "Bien noté, merci. Nous serons présents jeudi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "no longer needed",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012416] Câblage salle 14",
        "Bonjour,\nLa salle 14 sera finalement détruite l'été prochain : cette demande n'a plus \
         lieu d'être.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "not fixed after the visit",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012417] Badgeuse cantine",
        "Le technicien est passé hier mais la badgeuse refuse toujours les cartes.",
        FollowUp,
        None,
        None,
    ),
];
