//! The three-hundred-and-eighty-fifth aside part: written after the hundred-and-eighty-fourth
//! round, before any change, on replies above an Outlook header block ("De : … Envoyé : …") whose
//! quoted text holds a chase's or a closure's words that are not the sender's.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_385: &[Case] = &[
    case(
        "intent",
        "news above a quoted chase",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-038501] Vidéoprojecteur salle 6",
        "Bonjour,\nLe technicien peut entrer par le portail de la rue Pasteur, je le préviens.\n\
         J. Martin\n\nDe : J. Martin\nEnvoyé : lundi 7 décembre 2026 09:12\nÀ : CESAME\nObjet : \
         RE: [CESAME #2026-038501] Vidéoprojecteur salle 6\n\nToujours rien, merci de relancer le \
         prestataire.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase above the desk's closure notice",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-038502] Intervention terminée : Serveur",
        "Bonjour,\nVous dites l'intervention terminée, mais personne n'est venu et le serveur \
         est toujours arrêté.\nM. Petit\n\nDe : CESAME\nEnvoyé : vendredi 4 décembre 2026 17:03\n\
         Objet : [CESAME #2026-038502] Intervention terminée : Serveur\n\nL'intervention est \
         terminée. Merci de nous confirmer que le problème est résolu.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure above the desk's question",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-038503] Demande de précisions - Imprimante",
        "Bonjour,\nFinalement l'imprimante est repartie d'elle-même après une coupure de courant, \
         vous pouvez fermer.\nP. Henry\n\nDe : CESAME\nEnvoyé : mardi 1 décembre 2026 10:00\n\
         Objet : [CESAME #2026-038503] Demande de précisions - Imprimante\n\nPouvez-vous nous \
         préciser le modèle ?",
        ClosureConfirmation,
        None,
        None,
    ),
];
