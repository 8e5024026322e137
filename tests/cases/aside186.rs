//! The hundred-and-eighty-sixth aside part: written after the hundred-and-forty-eighth round,
//! before any change, on replies as clients and academies dress them: a thanks above a
//! signature and the academy's confidentiality notice, a chase above Outlook's history, a
//! detail sent from a phone, a closure above Gmail's quote, a partial fix, "sauf erreur de ma
//! part", "RAS depuis votre passage", a question of cost, a closure confirmed in four words, a
//! receipt asked.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_186: &[Case] = &[
    case(
        "intent",
        "thanks above a signature and a notice",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-018601] Intervention terminée : Vidéoprojecteur salle 18",
        "Bonjour,\nC'est réparé, merci beaucoup !\n\nClaire Dubois\nCorrespondante TICE - Lycée \
         Ampère\nTél. : 04 72 00 00 00\n\nCe message et ses pièces jointes peuvent contenir des \
         informations confidentielles. Si vous l'avez reçu par erreur, merci de le détruire et \
         d'en avertir l'expéditeur.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase above Outlook's history",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018602] Ordre de travail transmis : Baie de brassage",
        "Bonjour,\nLe technicien n'a donné aucun signe de vie.\nJ. Martin\n\n\
         De : CESAME <cesame@region.example>\nEnvoyé : jeudi 26 novembre 2026 10:02\n\
         À : j.martin@ac-aix.example\nObjet : [CESAME #2026-018602] Ordre de travail transmis : Baie de brassage\n\n\
         Votre demande a été transmise au prestataire, qui interviendra sous 3 jours ouvrés.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a detail sent from a phone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-018603] Intervention prévue : Autocommutateur",
        "Le code du local technique est 4587, l'agent sera là à 8 h.\n\nEnvoyé de mon iPhone",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure above Gmail's quote",
        "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-018604] Intervention terminée : ENT",
        "Tout est rentré dans l'ordre depuis la mise à jour, vous pouvez fermer.\n\n\
         Le lun. 7 déc. 2026 à 09:12, CESAME <cesame@region.example> a écrit :\n\
         > Le prestataire indique avoir terminé l'intervention.\n\
         > Merci de nous confirmer que le problème est résolu.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "wifi back in one room, not the other",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-018605] Wifi",
        "Le wifi remarche au CDI mais pas encore en salle de permanence.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "unless I am mistaken",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-018606] Poste CPE",
        "Bonjour,\nSauf erreur de ma part, l'intervention n'a pas encore eu lieu.\nM. Petit",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "nothing to report since your visit",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-018607] Intervention terminée : Serveur",
        "RAS depuis votre passage.\nL'équipe TICE",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a question of cost",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-018608] Intervention prévue : Copieur",
        "Bonjour,\nCette intervention sera-t-elle facturée à l'établissement ?\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure confirmed in four words",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-018609] Intervention terminée : Imprimante CDI",
        "Je confirme la clôture.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a receipt asked",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-018610] Serveur de fichiers",
        "Pouvez-vous me confirmer que notre demande est bien prise en compte ?",
        Reminder,
        None,
        None,
    ),
];
