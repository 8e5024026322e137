//! The hundred-and-sixty-seventh aside part: written after the hundred-and-fortieth round,
//! before any change, on the counterparts' mail once more: Remedy taking an incident in
//! French, RT's resolution, Zammad's closure, GLPI's closed ticket; the contractor postponing,
//! a part on order, a work order named in the text only, the contractor's robot planning, the
//! technician's absence.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_167: &[Case] = &[
    case(
        "platform",
        "Remedy takes the incident, in French",
        "From: assistance@ac-lyon.example\nSubject: Votre demande INC000000603311 a été prise en charge\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nVotre demande INC000000603311 (Référence externe : CESAME #2026-016701) a été \
         prise en charge par le groupe Proximité Lyon.\nStatut : Assigné\n\nL'assistance \
         académique",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's resolution",
        "From: CRI Lyon via RT <rt@crilyon.example>\nSubject: [crilyon #48420] Resolved: [CESAME #2026-016702] Serveur d'impression\nRT-Ticket: crilyon #48420\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk",
        "According to our records, your request has been resolved. If you have any further \
         questions or concerns, please respond to this message.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's closure",
        "From: Support Département <support@departement13.example>\nSubject: [Ticket#1013600] Votre ticket a été fermé\nX-Loop: yes\nPrecedence: bulk\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nVotre ticket [Ticket#1013600] « [CESAME #2026-016703] Routeur salle info » a \
         été fermé. Répondez à ce message pour le rouvrir.\n\nLe support du Département",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's closed ticket",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0006500] Ticket clos : Copieur administration\nAuto-Submitted: auto-generated",
        "Ticket : Clôture\nTitre : Copieur administration\nStatut : Clos\nDate de clôture : \
         2026-12-04\n\nSolution : module de fusion remplacé.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor postpones",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-016705] Ordre de travail - Lycée Voltaire - Autocommutateur",
        "Bonjour,\nL'intervention est reportée au 15/12 faute de pièce disponible chez notre \
         fournisseur.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a part on order",
        "From: t.lambert@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-016706] Ordre de travail - Collège Montaigne - Traceur",
        "Pièce en commande, délai fournisseur 10 jours. Je repasse dès réception.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a work order named in the text only",
        "From: planning@maintenance-scolaire.example\nSubject: Accès local technique",
        "Bonjour,\nConcernant l'OT-2026-016707, notre technicien n'a pas pu accéder au local \
         technique ce matin. Merci de nous indiquer un créneau.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor's robot plans",
        "From: noreply@maintenance-scolaire.example\nSubject: Planification OT-2026-016708\nAuto-Submitted: auto-generated",
        "Votre ordre de travail OT-2026-016708 a été planifié le 10/12/2026 entre 8 h et 12 h.\n\
         Ceci est un message automatique, merci de ne pas y répondre.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "the technician's absence",
        "From: t.lambert@maintenance-scolaire.example\nSubject: Réponse automatique : RE: [CESAME #2026-016709] Ordre de travail - Lycée Ampère - Onduleur",
        "Je suis en congés jusqu'au 4 janvier. Pour toute demande, merci de contacter le planning \
         au 04 00 00 00 00.",
        AutoReply,
        None,
        None,
    ),
];
