//! The hundred-and-twenty-ninth aside part: written after the hundred-and-seventeenth round,
//! before any change, on a reply's intent where the ticket is named in the text rather than
//! the subject ("concernant le ticket 2026-…", "dossier n°"), from the suppléant on the
//! correspondant's ticket, and in fewer or more words than before: chases with a number,
//! news with a number, closures with a number, a partial fix told as a count, lists asked
//! with a date or a state.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_129: &[Case] = &[
    case(
        "intent",
        "a chase naming the ticket",
        "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur salle 8",
        "Bonjour,\nConcernant le ticket 2026-012901, aucun technicien n'est encore venu. Une \
         date est-elle prévue ?\nCordialement",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news naming the file",
        "From: j.martin@ac-aix.example\nSubject: Dossier n° 2026-012902",
        "Bonjour,\nPour le dossier n° 2026-012902 : le poste a été déplacé au bureau 12, au \
         premier étage.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure naming the ticket",
        "From: sandrine.morel@ac-paris.example\nSubject: Ticket 2026-012903",
        "Bonjour,\nLe ticket 2026-012903 peut être fermé : l'imprimante fonctionne depuis \
         lundi.\nMerci",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the deputy chases the correspondant's ticket",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012904] Photocopieur",
        "Bonjour,\nJe remplace Mme Dubois cette semaine. Le photocopieur est toujours en panne \
         et aucune intervention n'a été programmée : pouvez-vous faire avancer ce dossier ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a count fixed, a count not",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012905] Postes salle 2",
        "Bonjour,\nSur les douze postes, huit démarrent correctement ; quatre restent sur \
         l'écran noir.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the list since September",
        "From: paul.henry@ac-lille.example\nSubject: Demandes depuis septembre",
        "Bonjour,\nPouvez-vous me lister les demandes que nous avons faites depuis septembre et \
         qui ne sont pas encore traitées ?",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the list of those waiting for the contractor",
        "From: claire.dubois@ac-lyon.example\nSubject: Question",
        "Bonjour,\nQuelles sont nos demandes actuellement en attente chez le prestataire ?",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a closure in two words",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012906] Wifi",
        "Résolu, merci.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase in two words",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012907] Serveur",
        "Des nouvelles ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news in two words",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012908] Onduleur",
        "Bien reçu.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure at length",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-012909] Tableau blanc interactif salle 6",
        "Bonjour,\nJe vous confirme que le technicien est intervenu jeudi après-midi. Il a \
         recalibré le tableau et mis à jour le pilote ; depuis, les enseignants l'utilisent \
         sans difficulté. Nous pouvons considérer ce dossier comme clos.\nBien cordialement,\n\
         Anne Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase at length",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012910] Réseau bâtiment C",
        "Bonjour,\nLe bâtiment C est privé de réseau depuis le 16 novembre. Les enseignants \
         se rabattent sur leurs téléphones, les évaluations en ligne sont reportées, et nous \
         n'avons eu aucun retour depuis votre accusé de réception. Pouvez-vous nous dire ce \
         qui bloque ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news of a new symptom",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-012911] Serveur de fichiers",
        "Bonjour,\nComplément : le serveur émet aussi un bip toutes les trente secondes depuis \
         hier soir.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure, the teacher says",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-012912] Micro salle de conférence",
        "Le professeur de musique me confirme que le micro fonctionne de nouveau. On peut \
         fermer.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a reopening",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012913] Intervention terminée : Imprimante CDI",
        "Bonjour,\nL'imprimante a refonctionné deux jours puis s'est de nouveau bloquée ce \
         matin avec le même message.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a visit date confirmed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-012914] Câblage salle 10",
        "Mardi 14 h nous convient, l'agent ouvrira la salle.",
        FollowUp,
        None,
        None,
    ),
];
