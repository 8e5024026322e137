//! The two-hundred-and-second aside part: written after the hundred-and-fifty-first round,
//! before any change, on news that borrows a chase's words: a question of what to do meanwhile,
//! the way in for the technician, the same message again with its capture, a key still awaited
//! by the school, machines to leave on, a call from the contractor, who receives the visit, a
//! cause guessed, how long the visit lasts, a fault that now shows only on Monday mornings.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_202: &[Case] = &[
    case(
        "intent",
        "what to do meanwhile",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020201] Poste professeur salle 12",
        "En attendant le technicien, pouvons-nous utiliser le poste de la salle 3 pour les cours ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the way in for the technician",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020202] Intervention prévue : Baie réseau",
        "Le technicien doit-il passer par l'accueil ou directement par le parking du personnel ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the same message again with its capture",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020203] ENT\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"cp\"",
        "--cp\nContent-Type: text/plain; charset=utf-8\n\nToujours le même message ce matin, je vous \
         envoie la capture.\n--cp\nContent-Type: image/png; name=\"capture.png\"\n\
         Content-Disposition: attachment; filename=\"capture.png\"\nContent-Transfer-Encoding: base64\n\n\
         iVBORw0KGgo=\n--cp--",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a key still awaited by the school",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-020204] Intervention prévue : Local serveur",
        "Attention : nous attendons toujours la clé du local serveur, elle est chez l'agent qui revient \
         lundi. Mieux vaut prévoir le passage à partir de mardi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "machines to leave on",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-020205] Mise à jour salle informatique",
        "Faut-il laisser les postes allumés ce soir pour la mise à jour à distance ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a call from the contractor",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-020206] Ordre de travail transmis : Onduleur",
        "Le prestataire nous a appelés ce matin : il passera jeudi à 10 h.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "who receives the visit",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-020207] Intervention prévue : Serveur",
        "Je serai en formation jeudi ; M. Petit accueillera le technicien à ma place.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a cause guessed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-020208] Commutateur",
        "Le problème pourrait-il venir de la coupure de courant de samedi, à votre avis ?",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "how long the visit lasts",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-020209] Intervention prévue : Salle informatique",
        "Combien de temps durera l'intervention ? Je dois libérer la salle pour ce créneau.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fault that now shows only on Monday mornings",
        "From: tice@region.example\nSubject: RE: [CESAME #2026-020210] Lenteurs réseau",
        "Pour information, les lenteurs ne se produisent plus que le lundi matin.",
        FollowUp,
        None,
        None,
    ),
];
