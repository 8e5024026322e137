//! The two-hundredth aside part: written after the hundred-and-fiftieth round, before any
//! change, on long mails for the other classes: a phishing mail dressed as the academy's IT
//! service with a real-looking signature, a fake supplier's reminder with a bank change, a
//! label that says "moyenne" below a text that says "urgent", a level stated only in the
//! signature's form line, a code in the signature only, a code in the forwarded report only.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_200: &[Case] = &[
    case(
        "spam",
        "a phishing mail dressed as the IT service",
        "From: DSI Académie <dsi-support@academie-dsi.example>\nSubject: [Information] Migration des boîtes aux lettres académiques\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Madame, Monsieur,</p><p>Dans le cadre de la migration des messageries \
         académiques vers la nouvelle plateforme, chaque agent doit valider son compte avant le 12 \
         décembre. Passé ce délai, les messages reçus ne seront plus conservés.</p><p><a \
         href=\"https://academie-dsi.example/migration/login.php\">Valider mon compte</a></p><p>La \
         Direction des Systèmes d'Information<br>Pôle messagerie</p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a fake supplier's reminder with a bank change",
        "From: Service clients <facturation@fournisseur-informatique.example>\nSubject: Relance : changement de coordonnées bancaires",
        "Bonjour,\n\nNous vous informons que nos coordonnées bancaires ont changé suite à un audit \
         interne. Merci de mettre à jour notre RIB dans vos fichiers et d'effectuer le règlement \
         de la facture 2026-1187 en attente sur le nouveau compte ci-dessous :\nIBAN FR76 0000 0000 \
         0000 0000 0000 000\n\nService clients",
        Spam,
        None,
        None,
    ),
    case(
        "urgency",
        "a label moyenne below an urgent text",
        "From: Claire Dubois <claire.dubois@ac-lyon.example>\nSubject: Imprimante secrétariat",
        "Bonjour,\n\nC'est urgent pour nous car les bulletins doivent partir vendredi : l'imprimante \
         du secrétariat n'imprime plus que des pages blanches.\n\nUrgence : moyenne\n\nClaire Dubois",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "urgency",
        "a level only in the signature's form line",
        "From: Jean Martin <j.martin@ac-aix.example>\nSubject: Borne wifi salle des professeurs",
        "Bonjour,\n\nLa borne wifi de la salle des professeurs clignote en orange et plus personne ne \
         s'y connecte.\n\nCordialement,\nJ. Martin\nGestionnaire - Collège Mistral\n\
         [Urgence : très haut] [Catégorie : réseau]",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "uai",
        "a code in the signature only",
        "From: Sandrine Morel <sandrine.morel@ac-paris.example>\nSubject: Poste de l'accueil",
        "Bonjour,\n\nLe poste de l'accueil redémarre tout seul plusieurs fois par heure.\n\n\
         Cordialement,\n\nSandrine Morel\nGestionnaire\nLycée Voltaire - RNE 0751043B\n75011 Paris",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code in the forwarded report only",
        "From: tice@region.example\nSubject: TR: Panne scanner",
        "Bonjour,\nJe vous transfère ce signalement reçu par erreur sur notre adresse.\nL'équipe TICE\n\n\
         -------- Message transféré --------\nDe : Secrétariat du collège Montaigne\nObjet : Panne \
         scanner\n\nLe scanner de la vie scolaire ne numérise plus.\nCollège Montaigne - 0330789D",
        NewIncident,
        None,
        None,
    ),
];
