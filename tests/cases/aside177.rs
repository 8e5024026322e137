//! The hundred-and-seventy-seventh aside part: written after the hundred-and-forty-sixth round,
//! before any change, on automatic mail and partners in forms not yet written: a contractor's
//! estimate named by its work order, a subcontractor writing in English, a contractor asking
//! who to meet, Remedy resolving in English, GLPI's new follow-up in plain text, a vacation
//! responder on leave, Exchange's French non-delivery report without a report part, a
//! secretariat's receipt without headers, the academy's newsletter, a quota lure.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_177: &[Case] = &[
    case(
        "contractor",
        "an estimate named by its work order",
        "From: planning@maintenance-scolaire.example\nSubject: Devis OT-2026-017701",
        "Bonjour,\nVeuillez trouver ci-dessous notre devis pour le remplacement de la carte mère du \
         poste de direction (OT-2026-017701) : 240 € HT, pièce et main-d'œuvre. Merci de nous \
         retourner votre accord.\nLe service planification",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a subcontractor in English",
        "From: field-ops@netfix-services.example\nSubject: RE: [CESAME #2026-017702] Ordre de travail - Lycée Ampère - Wifi",
        "Hello,\nOur engineer replaced the faulty access point this morning; all SSIDs are back. \
         Work order completed on our side.\nRegards,\nNetfix Field Operations",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "contractor",
        "a contractor asks who to meet",
        "From: t.lambert@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-017703] Ordre de travail - Collège Mistral - Vidéoprojecteurs",
        "Bonjour,\nPouvez-vous me confirmer le nom de la personne à contacter sur place jeudi ?\nThomas Lambert",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "Remedy resolves in English",
        "From: remedy-notification@ac-lyon.example\nSubject: Incident INC000000617704 has been resolved\nAuto-Submitted: auto-generated",
        "Your incident INC000000617704 (External reference: CESAME #2026-017704) has been resolved.\n\
         Resolution: badge reader firmware updated.\nIf the issue persists, reply within 5 days.",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's new follow-up in plain text",
        "From: GLPI Département <glpi@departement59.example>\nSubject: [GLPI #0007705] Nouveau suivi : Serveur d'impression\nAuto-Submitted: auto-generated",
        "URL : https://glpi.departement59.example/front/ticket.form.php?id=7705\n\n\
         Nouveau suivi\nAuteur : Service numérique\nDescription : pilote réinstallé sur le serveur, \
         à confirmer par l'établissement.\n\nTicket externe : CESAME #2026-017705",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a vacation responder on leave",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Absente : RE: [CESAME #2026-017706] Scanner\nAuto-Submitted: auto-replied",
        "Je suis en congé jusqu'au 4 janvier inclus. Votre message ne sera pas transféré. Pour le \
         service informatique, écrivez à tice@region.example.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Exchange's French non-delivery report",
        "From: Microsoft Outlook <postmaster@ac-bordeaux.example>\nSubject: Non remis : [CESAME #2026-017707] Intervention prévue : Scanner",
        "Impossible de remettre le message à ces destinataires ou groupes :\n\n\
         gestionnaire.cdi@ac-bordeaux.example\nL'adresse de messagerie que vous avez entrée est \
         introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.\n\n\
         Informations de diagnostic pour les administrateurs :\nServeur de génération : \
         MX1.ac-bordeaux.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'",
        Bounce,
        None,
        None,
    ),
    case(
        "spam",
        "a secretariat's receipt without headers",
        "From: secretariat.0595012C@ac-lille.example\nSubject: Re: [CESAME #2026-017708] Traceur",
        "Nous accusons bonne réception de votre message, qui sera transmis au service concerné. \
         Ce courriel est généré automatiquement, merci de ne pas y répondre.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "the academy's newsletter",
        "From: La lettre de la DANE <lettre-dane@ac-lyon.example>\nSubject: La lettre du numérique éducatif n° 42\nList-Unsubscribe: <mailto:sympa@ac-lyon.example?subject=unsubscribe%20lettre-dane>\nPrecedence: list",
        "Dans ce numéro : les nouveautés de l'ENT, l'appel à projets « Territoires numériques », \
         les webinaires de décembre.",
        Bulk,
        None,
        None,
    ),
    case(
        "spam",
        "a quota lure",
        "From: Messagerie académique <quota@messagerie-ac.example>\nSubject: Votre boîte aux lettres a atteint 98 % de son quota",
        "Cher utilisateur,\nVotre boîte aux lettres a atteint 98 % de son quota. Les nouveaux \
         messages seront rejetés sous 24 heures. Augmentez votre espace gratuitement ici : \
         https://messagerie-ac.example/quota\nL'équipe messagerie",
        Spam,
        None,
        None,
    ),
];
