//! The hundred-and-sixty-fourth aside part: written after the hundred-and-thirty-ninth round,
//! before any change, on machines and lures written in HTML only: an absence as Outlook's HTML,
//! a read receipt's HTML text, a button that hides its link, a mailbox's "storage" banner, a
//! voice message's button, an invoice's button; a contractor's HTML report and GLPI's HTML
//! table.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_164: &[Case] = &[
    case(
        "spam",
        "an absence in Outlook's HTML",
        "From: sandrine.morel@ac-paris.example\nSubject: Réponse automatique : [CESAME #2026-016401] Standard\nContent-Type: text/html; charset=utf-8",
        "<html><body><p class=\"MsoNormal\">Bonjour,</p><p class=\"MsoNormal\">Je suis absente du \
         bureau jusqu'au 4 janvier. Pour toute urgence, merci de contacter l'accueil.</p></body></html>",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a button that hides its link",
        "From: Service informatique <it-support@academie-services.example>\nSubject: Votre session a expiré\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Votre session de messagerie a expiré. Pour continuer à \
         recevoir vos messages, reconnectez-vous.</p><p><a href=\"https://academie-services.example/owa/login.php\" \
         style=\"background:#0078d4;color:#fff;padding:8px\">Se reconnecter</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a storage banner",
        "From: Stockage <alerte@cloud-stockage.example>\nSubject: Espace de stockage presque saturé (98 %)\nContent-Type: text/html; charset=utf-8",
        "<html><body><div style=\"background:#c00;color:#fff\">Votre espace de stockage est \
         utilisé à 98 %.</div><p>Vos fichiers pourraient être supprimés. <a \
         href=\"https://cloud-stockage.example/upgrade\">Libérer de l'espace</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a voice message's button",
        "From: Téléphonie <noreply@voix-messagerie.example>\nSubject: Message vocal reçu (1 min 12 s)\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Vous avez un nouveau message vocal de +33 1 40 00 00 00.</p><p><a \
         href=\"https://voix-messagerie.example/ecouter?id=77\">Écouter</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an invoice's button",
        "From: Facturation <factures@services-pro.example>\nSubject: Votre facture de décembre est disponible\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Votre facture n° FR-2026-8841 d'un montant de 1 248,00 € \
         est disponible. Le prélèvement aura lieu sous 48 heures.</p><p><a \
         href=\"https://services-pro.example/login\">Voir ma facture</a></p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "contractor",
        "the contractor's HTML report",
        "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-016406] Ordre de travail - Collège Mistral - Imprimante\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><table border=\"1\"><tr><td>Intervention</td><td>Réalisée le \
         04/12</td></tr><tr><td>Technicien</td><td>T. Lambert</td></tr><tr><td>Action</td>\
         <td>Remplacement du module de fusion</td></tr></table><p>Cordialement,<br>Le service \
         planification</p></body></html>",
        ContractorUpdate,
        None,
        None,
    ),
    case(
        "platform",
        "GLPI's HTML table",
        "From: GLPI Département <glpi@departement33.example>\nSubject: [GLPI #0006420] Mise à jour d'un ticket\nAuto-Submitted: auto-generated\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><th>Titre</th><td>Copieur administration</td></tr><tr>\
         <th>Statut</th><td>En cours (planifié)</td></tr><tr><th>Urgence</th><td>Haute</td></tr>\
         <tr><th>Date d'ouverture</th><td>2026-12-01</td></tr></table><p>Suivi : intervention \
         planifiée le 08/12.</p></body></html>",
        PlatformUpdate,
        None,
        None,
    ),
    case(
        "spam",
        "a read receipt's HTML text",
        "From: paul.henry@ac-lille.example\nSubject: Lu : [CESAME #2026-016408] Vidéoprojecteur\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Votre message</p><p>&nbsp;&nbsp;À : Paul Henry<br>&nbsp;&nbsp;Objet : \
         [CESAME #2026-016408] Vidéoprojecteur<br>&nbsp;&nbsp;Envoyé : 04/12/2026 09:12</p><p>a \
         été lu le 04/12/2026 10:02.</p></body></html>",
        AutoReply,
        None,
        None,
    ),
];
