//! The hundred-and-ninety-seventh aside part: written after the hundred-and-fiftieth round,
//! before any change, on long machine and partner mail: GLPI's full notification carrying the
//! desk's own description ("ne fonctionne plus", "Urgence : très haute"), Remedy's notice quoting
//! the school's words, a contractor's weekly planning of several work orders, a contractor's long
//! report, a long absence notice without headers, Exchange's English non-delivery report.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_197: &[Case] = &[
    case(
        "platform",
        "GLPI's full notification with the desk's description",
        "From: GLPI Métropole <glpi@metropole-lyon.example>\nSubject: [GLPI #0009701] Nouveau ticket Serveur de notes\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN",
        "URL : https://glpi.metropole-lyon.example/front/ticket.form.php?id=9701\n\n\
         Ticket : Description\nTitre : Serveur de notes\nDemandeurs : CESAME\nDate d'ouverture : \
         2026-12-07 08:14\nStatut : Nouveau\nUrgence : Très haute\nImpact : Moyen\nPriorité : Haute\n\n\
         Description : [CESAME #2026-019701] Le serveur de notes du lycée Ampère ne fonctionne plus \
         depuis ce matin, les professeurs ne peuvent plus saisir les moyennes.\n\n\
         Nombre de suivis : 0\nNombre de tâches : 0",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy's notice quoting the school's words",
        "From: assistance@ac-bordeaux.example\nSubject: Mise à jour de l'incident INC000000619702\nAuto-Submitted: auto-generated",
        "Bonjour,\n\nL'incident INC000000619702 a été mis à jour.\n\nRésumé : [CESAME #2026-019702] \
         Scanner du CDI\nStatut : En cours\nGroupe affecté : Proximité Gironde\nDescription \
         initiale : « Le scanner du CDI ne numérise plus, message d'erreur au lancement. »\n\
         Dernière note : diagnostic à distance en cours.\n\nCe message est généré automatiquement, \
         merci de ne pas y répondre.\nL'assistance académique",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor's weekly planning",
        "From: planning@maintenance-scolaire.example\nSubject: Planning des interventions - semaine 50",
        "Bonjour,\n\nVoici le planning de nos techniciens pour la semaine 50 :\n\
         - OT-2026-019703 Lycée Ampère - baie réseau : lundi 8 h 30 (T. Lambert)\n\
         - OT-2026-019704 Collège Mistral - copieur : mardi 14 h (S. Roux)\n\
         - OT-2026-019705 Lycée Voltaire - standard : jeudi 9 h (T. Lambert)\n\n\
         Merci de prévenir les établissements.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor's long report",
        "From: t.lambert@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-019706] Ordre de travail - Lycée Faidherbe - Réseau bâtiment C",
        "Bonjour,\n\nIntervention réalisée ce jour de 8 h 10 à 11 h 40.\nConstat : alimentation du \
         commutateur du local C défectueuse (ventilateur bloqué, surchauffe).\nAction : remplacement \
         de l'alimentation par une pièce de notre stock, vérification des 48 ports, tests de \
         connexion sur 10 postes du bâtiment.\nÉtat : réseau rétabli, surveillance conseillée sur \
         la température du local.\n\nCordialement,\nThomas Lambert\nTechnicien réseau",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a long absence notice without headers",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-019707] Intervention prévue : Tableau salle 9",
        "Bonjour,\n\nJe suis actuellement en stage de formation et n'aurai qu'un accès très limité \
         à ma messagerie jusqu'au vendredi 11 décembre inclus.\nPour toute question concernant le \
         numérique au lycée, vous pouvez joindre le secrétariat au 03 20 00 00 00.\n\n\
         Cordialement,\nPaul Henry",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's English non-delivery report",
        "From: Microsoft Outlook <postmaster@ac-aix.example>\nSubject: Undeliverable: [CESAME #2026-019708] Accusé de réception : Copieur",
        "Delivery has failed to these recipients or groups:\n\nsecretariat.mistral@ac-aix.example\n\
         The email address you entered couldn't be found. Please check the recipient's email \
         address and try to resend the message.\n\nDiagnostic information for administrators:\n\
         Generating server: MX2.ac-aix.example\nRemote Server returned '550 5.1.10 \
         RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
        Bounce,
        None,
        None,
    ),
];
