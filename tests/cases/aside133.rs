//! The hundred-and-thirty-third aside part: written after the hundred-and-twenty-first round,
//! before any change, on the counterparts' mail in forms not yet written: the contractor's
//! technician from a phone, a report sent as a PDF, a referent asked for, a request outside
//! the contract; GLPI with a tag of its own and with the Message-ID forms of 10.0.7 and of
//! before 10 (`src/NotificationTarget.php`), an approval asked; RT's correspondence; Remedy in
//! English and in French.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_133: &[Case] = &[
    case(
        "contractor",
        "the technician from a phone",
        "From: t.lambert@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-013301] Ordre de travail - Lycée Voltaire - Baie réseau",
        "Fait. Switch remplacé, tout est up.\n\nEnvoyé de mon iPhone",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a report as a PDF",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-013302] Ordre de travail - Collège Montaigne - Copieur\nContent-Type: multipart/mixed; boundary=\"rpt\"",
        "--rpt\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nVeuillez trouver ci-joint le \
         rapport d'intervention.\nCordialement\n--rpt\nContent-Type: application/pdf; \
         name=\"rapport-13302.pdf\"\nContent-Disposition: attachment; \
         filename=\"rapport-13302.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--rpt--",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a referent asked for",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-013303] Ordre de travail - Lycée Faidherbe - Autocommutateur",
        "Bonjour,\nMerci de nous confirmer la présence d'un référent de l'établissement jeudi à \
         9 h pour l'accès au local technique.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "outside the contract",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-013304] Ordre de travail - Collège Mistral - Tablette",
        "Bonjour,\nCette demande ne relève pas du marché de maintenance : la tablette ne figure \
         pas à l'inventaire du collège. Nous clôturons l'ordre de travail sans intervention.",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI with a tag of its own",
        "From: Assistance collèges <assistance@departement33.example>\nSubject: [Collèges 33 #0004811] Ticket résolu : Borne wifi\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN\nMessage-ID: <GLPI_51c0e2-Ticket-4811/solved.1765100000.2211@glpi.departement33.example>",
        "URL : https://glpi.departement33.example/front/ticket.form.php?id=4811\n\nTicket : \
         Solution\nTitre : Borne wifi\nStatut : Résolu\nUrgence : Haute\n\nSolution : borne \
         remplacée.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI before 10",
        "From: GLPI <glpi@departement59.example>\nSubject: [GLPI #0004812] Nouvelle tâche Vidéoprojecteur salle 2\nAuto-Submitted: auto-generated\nMessage-ID: <GLPI-4812.1765100400.7781@glpi.departement59.example>",
        "Nouvelle tâche\nAuteur : Technicien réseau\nDescription : déplacement prévu le 9 \
         décembre.\nStatut : En cours (planifié)",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI asks for an approval",
        "From: GLPI Département <glpi@departement69.example>\nSubject: [GLPI #0004813] Demande de validation Achat de casques\nAuto-Submitted: auto-generated\nMessage-ID: <GLPI_8a2c41-Ticket-4813/validation.1765100800.1234@glpi.departement69.example>",
        "Une demande de validation a été soumise.\nTicket : Achat de casques\nDemandeur : Claire \
         Dubois\nCommentaire : merci de valider la dépense.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "RT's correspondence",
        "From: \"Support collèges via RT\" <rt@rt.departement13.example>\nSubject: [rt.departement13.example #882] Imprimante salle 4\nRT-Ticket: rt.departement13.example #882\nRT-Originator: tech13@departement13.example\nX-RT-Loop-Prevention: rt.departement13.example\nPrecedence: bulk",
        "Le technicien passera demain matin pour remplacer le four de l'imprimante.\n\n--\nSupport \
         collèges",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy in English",
        "From: itsm-noreply@ac-lyon.example\nSubject: Incident INC000000461234 has been assigned to your group",
        "Incident ID: INC000000461234\nSummary: Network outage building B\nStatus: Assigned\n\
         Assigned Group: Academic network support\nUrgency: 2-High\nExternal reference: \
         2026-013305",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy pending, in French",
        "From: remedy-noreply@ac-paris.example\nSubject: Votre incident INC000000461300 est en attente",
        "Identifiant de l'incident : INC000000461300\nRésumé : Serveur pédagogique\nStatut : En \
         attente\nMotif du statut : Pièce de rechange\nRéférence externe : 2026-013306",
        PlatformUpdate,
        None,
        None,
    ),
];
