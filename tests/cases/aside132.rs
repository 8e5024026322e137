//! The hundred-and-thirty-second aside part: written after the hundred-and-twentieth round,
//! before any change, on the costliest class in the words of money and orders: a quote to
//! ask, a budget line voted, an equipment plan, a grant's equipment, an order to follow;
//! beside faults told with the same words (a machine under warranty, one bought last year,
//! a delivery that arrived broken, a licence paid for that does not open).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_132: &[Case] = &[
    case(
        "request",
        "a quote for a room",
        "From: claire.dubois@ac-lyon.example\nSubject: Devis salle de technologie",
        "Bonjour,\nLe conseil d'administration a voté un budget pour rééquiper la salle de \
         technologie. Pourriez-vous nous transmettre un devis pour quinze postes ?\nUAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the equipment plan",
        "From: j.martin@ac-aix.example\nSubject: Plan d'équipement 2027",
        "Bonjour,\nDans le cadre du plan d'équipement 2027, le collège souhaite inscrire le \
         remplacement des douze vidéoprojecteurs les plus anciens.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a grant's robots",
        "From: sandrine.morel@ac-paris.example\nSubject: Subvention robotique",
        "Bonjour,\nNous avons obtenu une subvention pour un club de robotique. Il nous faudrait \
         dix ordinateurs portables capables de programmer les robots.\nRNE 0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "credits left to spend",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Reliquat de crédits",
        "Bonjour,\nIl nous reste un reliquat de crédits numériques sur l'exercice. Serait-il \
         possible de l'utiliser pour des casques audio pour la salle de langues ?\nUAI 0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the region's allocation",
        "From: paul.henry@ac-lille.example\nSubject: Dotation régionale",
        "Bonjour,\nLa dotation régionale de tablettes annoncée en juin n'a pas encore été \
         attribuée au lycée. Pourrions-nous en bénéficier pour les classes de seconde ?\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "licences to renew",
        "From: marc.petit@ac-lyon.example\nSubject: Licences logiciel de CAO",
        "Bonjour,\nNos licences du logiciel de CAO arrivent à échéance en mars ; il faudra les \
         renouveler pour 30 postes.\nUAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "an order to place",
        "From: j.martin@ac-aix.example\nSubject: Commande de câbles",
        "Bonjour,\nPourriez-vous passer commande de vingt câbles HDMI pour les salles du \
         bâtiment neuf ?\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a bigger copier for the budget",
        "From: sandrine.morel@ac-paris.example\nSubject: Copieur de la salle des professeurs",
        "Bonjour,\nLe copieur actuel ne tient plus le volume de la salle des professeurs (40 000 \
         copies par mois). Le budget prévoit un modèle plus rapide : pouvez-vous lancer la \
         démarche ?\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "under warranty, broken",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteur sous garantie",
        "Bonjour,\nLe vidéoprojecteur de la salle 4, acheté en septembre et encore sous \
         garantie, ne s'allume plus.\nUAI 0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "bought last year, now silent",
        "From: paul.henry@ac-lille.example\nSubject: Enceintes du gymnase",
        "Bonjour,\nLes enceintes achetées l'an dernier pour le gymnase n'émettent plus aucun \
         son.\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "delivered broken",
        "From: claire.dubois@ac-lyon.example\nSubject: Livraison écrans",
        "Bonjour,\nSur les dix écrans livrés hier, deux ont la dalle fissurée et ne s'allument \
         pas.\nUAI 0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a licence paid that will not open",
        "From: marc.petit@ac-lyon.example\nSubject: Logiciel de CAO",
        "Bonjour,\nLe logiciel de CAO refuse de s'ouvrir : « licence invalide », alors que le \
         renouvellement a été payé le mois dernier.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a terminal for the canteen's payments",
        "From: j.martin@ac-aix.example\nSubject: Terminal de paiement",
        "Bonjour,\nLe terminal de paiement de la cantine rejette toutes les cartes depuis ce \
         matin : « transaction refusée ».\nUAI 0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the order arrived, not installed",
        "From: sandrine.morel@ac-paris.example\nSubject: Tableaux interactifs livrés",
        "Bonjour,\nLes trois tableaux interactifs commandés sont arrivés au lycée ; il reste à \
         les installer dans les salles 101, 102 et 103.\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "intent",
        "the quote received, thanks",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-013201] Devis salle de technologie",
        "Bien reçu le devis, je le présente au conseil d'administration jeudi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "where is the order",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-013202] Commande de câbles",
        "Bonjour,\nLa commande a-t-elle bien été passée ? Nous n'avons toujours rien reçu.",
        Reminder,
        None,
        None,
    ),
];
