//! The two-hundred-and-thirty-sixth aside part: written after the hundred-and-fifty-seventh
//! round, before any change, on replies that mix news and a chase's words: thanks for the
//! answer then a chase, "toujours" in a detail, a chase after a detail, news that the
//! technician came but left without repairing, a question preparing the visit with "encore",
//! an update that the fault spread.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_236: &[Case] = &[
    case(
        "intent",
        "thanks for the answer, then a chase",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-023601] Copieur salle des professeurs",
        "Bonjour,\nMerci pour votre réponse de lundi. Depuis, personne ne s'est manifesté et le \
         copieur est toujours à l'arrêt. Pouvez-vous voir ce qui bloque ?\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "'toujours' in a detail",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-023602] Baie réseau",
        "Bonjour,\nPrécision pour le technicien : la baie est toujours fermée à clé, la clé se \
         trouve à la loge, demandez M. Arnaud.\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a chase after a detail",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-023603] Vidéoprojecteur salle 12",
        "Bonjour,\nLe vidéoprojecteur est un Epson EB-680. Cela fait maintenant douze jours que \
         nous attendons une intervention.\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the technician came and left without repairing",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-023604] Serveur de fichiers",
        "Bonjour,\nLe technicien est passé ce matin ; il a diagnostiqué un disque défectueux et \
         doit revenir avec la pièce.\nP. Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a question preparing the visit",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-023605] Intervention prévue : Wifi",
        "Bonjour,\nLe technicien a-t-il encore besoin d'accéder aux combles, ou peut-il tout faire \
         depuis la salle serveur ?\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the fault spread",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-023606] Postes salle 204",
        "Bonjour,\nLe problème s'étend : les postes de la salle 205 redémarrent eux aussi en boucle \
         depuis ce matin.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
