//! The two-hundred-and-forty-fourth aside part: written after the hundred-and-fifty-eighth
//! round, before any change, on a school forwarding another system's mail with words of its
//! own: the town's GLPI saying solved while it is not, the academy's notification passed on
//! for information, a supplier's delivery notice passed on, the rectorat's closure passed on
//! with thanks.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_244: &[Case] = &[
    case(
        "intent",
        "GLPI says solved, it is not",
        "From: paul.henry@ac-lille.example\nSubject: TR: [GLPI #0024401] Solution proposée - [CESAME #2026-024401] Wifi CDI",
        "Bonjour,\nLa métropole annonce une solution, mais le wifi du CDI décroche toujours toutes \
         les dix minutes.\nP. Henry\n\n-------- Message transféré --------\nDe : GLPI Métropole\n\
         Objet : [GLPI #0024401] Solution proposée\n\nSolution : redémarrage du contrôleur wifi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the academy's notification passed on",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: INC000000244002 - Affectation",
        "Pour information, le rectorat a pris en charge la partie ENT de notre ticket 2026-024402.\n\
         \n-------- Message transféré --------\nDe : remedy@ac-lyon.example\nObjet : \
         INC000000244002 - Affectation\n\nL'incident a été affecté au groupe Support ENT.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a supplier's delivery notice passed on",
        "From: j.martin@ac-aix.example\nSubject: TR: Avis de livraison - commande 88412",
        "Bonjour,\nLes écrans de remplacement pour le ticket 2026-024403 sont arrivés ce matin à \
         l'intendance. Le technicien peut venir les poser.\nJ. Martin\n\n-------- Message \
         transféré --------\nDe : livraisons@fournisseur.example\nObjet : Avis de livraison\n\n\
         Votre commande 88412 a été livrée.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the rectorat's closure passed on with thanks",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: INC000000244004 résolu",
        "Bonjour,\nLe rectorat a réglé la partie messagerie et de notre côté tout fonctionne : vous \
         pouvez clore le ticket 2026-024404. Merci !\nA. Leroux\n\n-------- Message transféré \
         --------\nDe : remedy@ac-bordeaux.example\nObjet : INC000000244004 résolu\n\nL'incident \
         est résolu.",
        ClosureConfirmation,
        None,
        None,
    ),
];
