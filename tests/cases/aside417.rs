//! The four-hundred-and-seventeenth aside part: written after the hundred-and-eighty-ninth
//! round, before any change, on machines answering under a ticket's tag (an absence without
//! its header, a leave notice naming a substitute, a mailbox full, an unknown recipient).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_417: &[Case] = &[
    case(
        "intent",
        "an absence without its header",
        "From: j.martin@ac-aix.example\nSubject: Absent : [CESAME #2026-041701] Tableau blanc salle 3",
        "Bonjour,\nJe suis absent jusqu'au 4 janvier inclus, sans accès à ma messagerie. Pour \
         toute urgence, merci de contacter le secrétariat au 04 42 00 00 00.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "a leave naming a substitute",
        "From: sandrine.morel@ac-paris.example\nSubject: Réponse automatique : [CESAME #2026-041702] Copieur\nAuto-Submitted: auto-replied",
        "Je suis en congé jusqu'au 2 janvier. En mon absence, vous pouvez écrire à \
         m.lefevre@ac-paris.example.",
        AutoReply,
        None,
        None,
    ),
    case(
        "intent",
        "a mailbox full",
        "From: MAILER-DAEMON@ac-lille.example\nSubject: Undelivered Mail Returned to Sender",
        "This is the mail system at host smtp.ac-lille.example.\n\nI'm sorry to have to inform \
         you that your message could not be delivered to one or more recipients.\n\n\
         <paul.henry@ac-lille.example>: host imap.ac-lille.example said: 552 5.2.2 Mailbox \
         full",
        Bounce,
        None,
        None,
    ),
    case(
        "intent",
        "an unknown recipient in French",
        "From: Postmaster <postmaster@ac-lyon.example>\nSubject: Non remis : [CESAME #2026-041704] Imprimante CDI",
        "Votre message n'a pas pu être remis aux destinataires suivants :\n\
         claire.dubois@ac-lyon.example\nLe destinataire est introuvable. Vérifiez l'adresse et \
         réessayez.",
        Bounce,
        None,
        None,
    ),
];
