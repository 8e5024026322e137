//! The hundred-and-eighty-first aside part: written after the hundred-and-forty-seventh round,
//! before any change, on the platforms' mail as they really send it (`../shared/platforms.md`):
//! GLPI's answer-above marker and footer, its satisfaction survey, a new task, a validation
//! asked, a pending Remedy incident with its reason, an RT agent's correspondence, Zammad's
//! update naming our reference in the title; beside a school's reply to a GLPI notification
//! (the school, not the platform) and a contractor's mail relayed by GLPI.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_181: &[Case] = &[
    case(
        "platform",
        "GLPI's answer-above marker and footer",
        "From: GLPI Métropole <glpi@metropole-lyon.example>\nSubject: [GLPI #0008101] Nouveau suivi Serveur ENT\nMessage-ID: <GLPI_5f2a9c1e-Ticket-8101/followup.1733560000.4242@glpi.metropole-lyon.example>\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN",
        "=-=-=-=\nPour répondre par courriel, écrivez au-dessus de cette ligne\n\n\
         Ticket n° 8101 : Serveur ENT ([CESAME #2026-018101])\nStatut : En cours (attribué)\n\
         Urgence : Très haute\n\nNouveau suivi (Technicien Métropole) : redémarrage du service \
         effectué, en observation jusqu'à demain.\n\n=_=_=_=\nGénéré automatiquement par GLPI",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's satisfaction survey",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0008102] Enquête de satisfaction\nMessage-ID: <GLPI_77aa01bc-Ticket-8102/satisfaction.1733560100.99@glpi.departement33.example>\nAuto-Submitted: auto-generated",
        "Bonjour,\nLe ticket 8102 « [CESAME #2026-018102] Copieur administration » a été clos.\n\
         Merci de répondre à l'enquête de satisfaction : \
         https://glpi.departement33.example/front/ticketsatisfaction.form.php?id=8102",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's new task",
        "From: GLPI Département <glpi@departement13.example>\nSubject: [GLPI #0008103] Nouvelle tâche Wifi CDI\nAuto-Submitted: auto-generated\nIn-Reply-To: <GLPI_0c0c0c0c-Ticket-8103@glpi.departement13.example>",
        "Nouvelle tâche\nCatégorie : Réseau\nDescription : remplacer la borne du CDI, matériel en \
         stock.\nAttribuée à : Équipe réseau\nDurée : 1 h 00\nRéférence : [CESAME #2026-018103]",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI asks a validation",
        "From: GLPI Département <glpi@departement59.example>\nSubject: [GLPI #0008104] Demande de validation : Postes salle 114\nAuto-Submitted: auto-generated",
        "Une demande de validation a été soumise pour le ticket 8104 ([CESAME #2026-018104]).\n\
         Commentaire : achat de quinze postes, à valider par le service des collèges.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "a pending Remedy incident with its reason",
        "From: assistance@ac-aix.example\nSubject: Incident INC000000618105 en attente\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nL'incident INC000000618105 (votre référence : CESAME #2026-018105) est passé \
         au statut En attente.\nMotif : attente d'information du client.\n\nL'assistance académique",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "an RT agent's correspondence",
        "From: Luc Girard via RT <rt@crilyon.example>\nSubject: [crilyon #48501] [CESAME #2026-018106] Baie réseau\nRT-Ticket: crilyon #48501\nX-RT-Loop-Prevention: crilyon\nPrecedence: bulk\nReply-To: rt@crilyon.example",
        "Bonjour,\nNous avons besoin du numéro de série de la baie pour ouvrir le dossier chez le \
         constructeur.\nLuc Girard, CRI",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Zammad's update with our reference in the title",
        "From: Support Département <support@departement13.example>\nSubject: [Ticket#1018107] [CESAME #2026-018107] Photocopieur - mis à jour\nX-Loop: yes\nPrecedence: bulk\nAuto-Submitted: auto-generated\nX-Zammad-Ticket-Number: 1018107",
        "Bonjour,\n\nLe ticket [Ticket#1018107] a été mis à jour par Julien (Support).\n\
         État : en attente de fermeture\n\nLe support du Département",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "intent",
        "a school's reply to a GLPI notification",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [GLPI #0008108] Nouveau suivi [CESAME #2026-018108] Scanner",
        "Bonjour,\nLe scanner fonctionne de nouveau, vous pouvez clôturer.\nAnne Leroux\n\n\
         De : GLPI Département <glpi@departement33.example>\nEnvoyé : lundi 7 décembre 2026 09:12\n\
         Objet : [GLPI #0008108] Nouveau suivi\n\nNouveau suivi : pilote réinstallé.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor's mail relayed by GLPI",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [GLPI #0008109] [CESAME #2026-018109] Ordre de travail - Collège Montaigne - Copieur",
        "Bonjour,\nLe technicien passera jeudi 10 décembre à 9 h.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
];
