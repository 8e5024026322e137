//! The hundred-and-ninety-eighth aside part: written after the hundred-and-fiftieth round,
//! before any change, on a reply's intent told at length: the open tickets asked for a council,
//! the numbers asked again because they were lost, a formal chase above the desk's
//! acknowledgement, a colleague's word and thanks, a new symptom on the same ticket, a fault
//! come back, a confirmation in Outlook's HTML with a remark, a chase below the quote.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_198: &[Case] = &[
    case(
        "intent",
        "the open tickets asked for a council",
        "From: Claire Dubois <claire.dubois@ac-lyon.example>\nSubject: Demandes en cours",
        "Bonjour,\n\nJe dois faire un point au conseil pédagogique de jeudi sur les demandes \
         informatiques du lycée. Pourriez-vous m'adresser l'état de nos tickets encore ouverts ?\n\n\
         Merci d'avance,\n\nClaire Dubois\nCorrespondante TICE - Lycée Ampère",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "the numbers asked again",
        "From: Jean Martin <j.martin@ac-aix.example>\nSubject: Numéros de tickets",
        "Bonjour,\n\nPouvez-vous me rappeler les numéros des tickets en cours pour le collège ? J'ai \
         perdu vos messages lors du changement de messagerie.\n\nJ. Martin",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a formal chase above the acknowledgement",
        "From: Sandrine Morel <sandrine.morel@ac-paris.example>\nSubject: RE: [CESAME #2026-019803] Accusé de réception : Autocommutateur",
        "Madame, Monsieur,\n\nVotre accusé de réception ci-dessous annonçait une prise en charge sous \
         trois jours ouvrés. Dix jours plus tard, l'autocommutateur est toujours hors service et \
         l'établissement n'est joignable que par le portable de la vie scolaire.\n\n\
         Je vous prie d'agréer mes salutations distinguées.\n\nS. Morel, gestionnaire\n\n\
         > Votre signalement a été enregistré sous le numéro 2026-019803.\n\
         > Urgence : très haut. Délai de traitement : 1 jour ouvré.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a colleague's word and thanks",
        "From: Anne Leroux <anne.leroux@ac-bordeaux.example>\nSubject: RE: [CESAME #2026-019804] Intervention terminée : Laboratoire de langues",
        "Bonjour,\n\nLa professeure d'anglais a pu faire cours normalement ce matin avec les \
         casques : tout fonctionne. Un grand merci au technicien pour sa patience.\n\nAnne Leroux",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a new symptom on the same ticket",
        "From: Paul Henry <paul.henry@ac-lille.example>\nSubject: RE: [CESAME #2026-019805] Serveur pédagogique",
        "Bonjour,\n\nAutre symptôme ce matin : le serveur pédagogique émet un bip toutes les trente \
         secondes et le voyant du disque 2 est orange. Je ne sais pas si c'est lié.\n\nPaul Henry",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a fault come back",
        "From: Marc Petit <marc.petit@ac-lyon.example>\nSubject: RE: [CESAME #2026-019806] Intervention terminée : Wifi CDI",
        "Bonjour,\nLes coupures du wifi au CDI ont recommencé dès ce matin, comme avant \
         l'intervention.\nM. Petit",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a confirmation in Outlook's HTML with a remark",
        "From: Jean Martin <j.martin@ac-aix.example>\nSubject: RE: [CESAME #2026-019807] Intervention terminée : Copieur salle des professeurs\nContent-Type: text/html; charset=utf-8",
        "<html><body><div class=\"WordSection1\"><p class=\"MsoNormal\">Bonjour,</p><p \
         class=\"MsoNormal\">Je vous confirme que le copieur fonctionne de nouveau. Le technicien a \
         laissé le carton de l'ancienne pièce dans la salle, nous nous en chargeons.</p><p \
         class=\"MsoNormal\">Cordialement,<br>J. Martin</p></div></body></html>",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase below the quote",
        "From: Claire Dubois <claire.dubois@ac-lyon.example>\nSubject: Re: [CESAME #2026-019808] Ordre de travail transmis : Onduleur",
        "Le 24/11/2026 à 10:05, CESAME a écrit :\n> Votre demande a été transmise au prestataire.\n\n\
         Deux semaines plus tard, toujours pas de technicien. Que se passe-t-il ?\n\nClaire",
        Reminder,
        None,
        None,
    ),
];
