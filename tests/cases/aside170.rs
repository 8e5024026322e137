//! The hundred-and-seventieth aside part: written after the hundred-and-forty-second round,
//! before any change, on a school contact's own address sending a lure (an account taken over)
//! beside contacts' genuine mails that carry links, a blocked site to allow, and a phishing
//! mail forwarded to ask whether it is one.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_170: &[Case] = &[
    case(
        "spam",
        "a contact's account shares a document",
        "From: claire.dubois@ac-lyon.example\nSubject: Document important\nContent-Type: text/html; charset=utf-8",
        "<html><body><p>Bonjour,</p><p>Je vous partage un document important à consulter \
         rapidement.</p><p><a href=\"https://docs-partage.example/owa/login.php\">Ouvrir le \
         document</a></p><p>Connectez-vous avec vos identifiants académiques pour y accéder. \
         Ce lien expire dans 24 heures.</p></body></html>",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a contact's account sends an invoice",
        "From: j.martin@ac-aix.example\nSubject: Invoice overdue - action required\nContent-Type: multipart/mixed; boundary=\"hj\"",
        "--hj\nContent-Type: text/plain; charset=utf-8\n\nDear user,\nPlease review the attached \
         invoice and confirm the payment today to avoid late fees.\n--hj\n\
         Content-Type: text/html; name=\"invoice.pdf.html\"\n\
         Content-Disposition: attachment; filename=\"invoice.pdf.html\"\n\n<html></html>\n--hj--",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a contact's account wants gift cards",
        "From: sandrine.morel@ac-paris.example\nSubject: Urgent",
        "Bonjour,\nJe suis en réunion et ne peux pas téléphoner. J'ai besoin de cartes cadeaux \
         pour récompenser des élèves : pouvez-vous en acheter cinq et m'envoyer les codes par \
         retour de mail uniquement ? C'est confidentiel.",
        Spam,
        None,
        None,
    ),
    case(
        "request",
        "a link to a screenshot",
        "From: marc.petit@ac-lyon.example\nSubject: Erreur disque poste accueil",
        "Bonjour,\nVoici le lien vers la capture d'écran de l'erreur : \
         https://nuage.ac-lyon.example/s/k8Pq2 — le poste de l'accueil affiche « erreur disque » \
         au démarrage.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a blocked site to allow",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Site bloqué",
        "Bonjour,\nLe site https://pix.example est bloqué par le filtrage alors que les élèves en \
         ont besoin pour la certification : pouvez-vous l'autoriser ?\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a phishing mail forwarded to ask",
        "From: paul.henry@ac-lille.example\nSubject: TR: Votre boîte aux lettres est pleine",
        "Bonjour,\nPlusieurs collègues ont reçu ce message ce matin, et l'une d'elles a cliqué sur \
         le lien et saisi son mot de passe. Que devons-nous faire ?\n0595012C\n\n\
         -------- Message transféré --------\nDe : Support <support@boite-pleine.example>\n\
         Objet : Votre boîte aux lettres est pleine\n\nVotre boîte a atteint sa limite. Cliquez \
         ici pour vérifier votre compte : http://boite-pleine.example/verify",
        NewIncident,
        None,
        Some("0595012C"),
    ),
];
