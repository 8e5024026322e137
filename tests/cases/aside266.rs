//! The two-hundred-and-sixty-sixth aside part: written after the hundred-and-sixty-third round,
//! before any change, on the mix once more: our other requests asked under a ticket, a
//! contact of one school naming another's code, a new fault above a pasted old ticket, an
//! absence under the desk's tag with "pour toute urgence", the academy's newsletter with its
//! list headers.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_266: &[Case] = &[
    case(
        "intent",
        "our other requests asked under a ticket",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-026601] Copieur",
        "Bonjour,\nMerci pour le copieur. Pourriez-vous aussi m'envoyer la liste de toutes nos \
         demandes encore ouvertes ?\nClaire Dubois",
        ListRequest,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a contact of one school naming another's code",
        "From: j.martin@ac-aix.example\nSubject: Imprimante - 0751043B",
        "Bonjour,\nJe signale pour le lycée 0751043B que leur imprimante de la loge ne fonctionne \
         plus.\nJ. Martin",
        Unauthorised,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a new fault above a pasted old ticket",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes CM2",
        "Bonjour,\nLes tablettes de CM2 ne se connectent plus au wifi depuis ce matin.\nA. Leroux\n\n\
         > [CESAME #2026-019977] Clôture technique : Tablettes CM2\n> Le prestataire a clôturé \
         l'intervention le 12/10/2026.",
        NewIncident,
        None,
        None,
    ),
    case(
        "intent",
        "an absence with 'pour toute urgence'",
        "From: paul.henry@ac-lille.example\nSubject: Réponse automatique : [CESAME #2026-026604] Serveur\nAuto-Submitted: auto-replied",
        "Je suis absent jusqu'au 4 janvier. Pour toute urgence, contactez le secrétariat au 03 20 \
         00 00 00.",
        AutoReply,
        None,
        None,
    ),
    case(
        "bulk",
        "the academy's newsletter",
        "From: Lettre numérique <lettre@ac-lille.example>\nSubject: La lettre du numérique - décembre 2026\nList-Id: <lettre-numerique.ac-lille.example>\nList-Unsubscribe: <mailto:desinscription@ac-lille.example>\nPrecedence: list",
        "Au sommaire ce mois-ci : les nouveautés de l'ENT, un retour sur les journées du \
         numérique et un rappel sur les incidents urgents.",
        Bulk,
        None,
        None,
    ),
];
