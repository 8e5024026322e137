//! The two-hundred-and-twenty-fourth aside part: written after the hundred-and-fifty-fifth
//! round, before any change, on partners and robots once more: a contractor's technician
//! asking the code of the gate, a contractor refusing a work order out of its contract, a
//! contractor's estimate awaiting approval, RT's comment forwarded to the requester, GLPI's
//! reminder of a pending validation, a Zimbra absence with its own header.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_224: &[Case] = &[
    case(
        "contractor",
        "a technician asking the gate's code",
        "From: s.roux@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-022401] Ordre de travail - Collège Mistral - Copieur",
        "Bonjour, je suis devant le collège, pouvez-vous me donner le code du portail ? Merci. \
         S. Roux",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a work order out of the contract",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-022402] Ordre de travail - Lycée Voltaire - Tableau interactif",
        "Bonjour,\nLes tableaux interactifs ne font pas partie de notre contrat de maintenance : \
         nous ne pouvons pas intervenir sur cet ordre de travail. Merci de vous rapprocher du \
         fournisseur.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "an estimate awaiting approval",
        "From: devis@maintenance-scolaire.example\nSubject: Devis en attente de validation - OT-2026-022403",
        "Bonjour,\nNotre devis D-2026-0412 pour l'OT-2026-022403 (remplacement de la carte réseau) \
         attend votre validation depuis le 27 novembre. Sans retour, l'intervention ne pourra pas \
         être planifiée.\nService devis",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's comment to the requester",
        "From: CRI Lyon via RT <rt-comment@crilyon.example>\nSubject: [crilyon #48924] [CESAME #2026-022404] Baie réseau\nRT-Ticket: crilyon #48924\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk",
        "Commentaire interne transmis : le câble de la baie est à remplacer, commande passée.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's reminder of a pending validation",
        "From: GLPI Département <glpi@departement59.example>\nSubject: [GLPI #0022405] Rappel : validation en attente\nAuto-Submitted: auto-generated",
        "Rappel : une demande de validation attend votre réponse pour le ticket 22405 ([CESAME \
         #2026-022405] Postes salle 114).",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a Zimbra absence with its own header",
        "From: sandrine.morel@ac-paris.example\nSubject: Re: [CESAME #2026-022406] Standard\nX-Zimbra-Auto-Reply: yes",
        "Bonjour, je suis en congé jusqu'au 5 janvier. Votre message sera traité à mon retour.",
        AutoReply,
        None,
        None,
    ),
];
