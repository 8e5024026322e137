//! The two-hundred-and-eighth aside part: written after the hundred-and-fifty-second round,
//! before any change, on spam, robots and outsiders once more: a suspended Microsoft 365
//! subscription, a free training offered, a ranking sold in English, a read notice without its
//! report part, Exim's failure, a pupil writing from the school's domain, a former correspondant
//! with the school's code.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_208: &[Case] = &[
    case(
        "spam",
        "a suspended Microsoft 365 subscription",
        "From: Microsoft 365 <billing@m365-education.example>\nSubject: Votre abonnement Microsoft 365 Éducation a été suspendu",
        "Bonjour,\nVotre abonnement a été suspendu suite à un échec de paiement. Mettez à jour votre \
         moyen de paiement pour rétablir l'accès de vos utilisateurs : https://m365-education.example/billing",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a free training offered",
        "From: Formations Numériques <contact@formations-numeriques.example>\nSubject: Formation gratuite : l'IA en classe",
        "Bonjour,\nNous organisons une formation gratuite en ligne sur l'intelligence artificielle en \
         classe, le 15 janvier. Inscrivez-vous dès maintenant, les places sont limitées !",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a ranking sold in English",
        "From: Kevin <kevin@top-rank-seo.example>\nSubject: Quick question about your website",
        "Hi,\nI noticed your website is not ranking on the first page of Google for important \
         keywords. We can fix that in 30 days. Can I send you a free audit?\nKevin",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a read notice without its report part",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Lu : [CESAME #2026-020804] Intervention prévue : Scanner",
        "Votre message\n\n  À : Anne Leroux\n  Objet : [CESAME #2026-020804] Intervention prévue : \
         Scanner\n  Envoyé : lundi 7 décembre 2026 09:12\n\na été lu le lundi 7 décembre 2026 10:03.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "Exim's failure",
        "From: Mail Delivery System <Mailer-Daemon@mx.ac-lille.example>\nSubject: Mail delivery failed: returning message to sender",
        "This message was created automatically by mail delivery software.\n\nA message that you \
         sent could not be delivered to one or more of its recipients. This is a permanent error. \
         The following address(es) failed:\n\n  ancien.correspondant@ac-lille.example\n    \
         mailbox is full: retry timeout exceeded",
        Bounce,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a pupil writing from the school's domain",
        "From: lucas.bernard@eleves.ac-lyon.example\nSubject: Mot de passe ENT",
        "Bonjour,\nJe suis élève de 2nde 4 et je n'arrive plus à me connecter à l'ENT depuis hier. \
         Pouvez-vous m'aider ?\nLucas",
        Unauthorised,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a former correspondant with the school's code",
        "From: ancien.correspondant@ac-lille.example\nSubject: Imprimante salle des professeurs",
        "Bonjour,\nL'imprimante de la salle des professeurs ne fonctionne plus.\nLycée Faidherbe \
         0595012C",
        Unauthorised,
        None,
        Some("0595012C"),
    ),
];
