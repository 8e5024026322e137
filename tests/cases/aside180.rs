//! The hundred-and-eightieth aside part: written after the hundred-and-forty-sixth round,
//! before any change, on the other classes in forms not yet written: an overdue invoice and an
//! undelivered parcel, a filter's flag on a plausible mail, a teacher who is not the
//! correspondant; urgency as "criticité : faible", as "[Urgence 3/3]", as "Impact : élevé";
//! codes written "RNE : 0130456-A" and "UAI n° 075 104 3B".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_180: &[Case] = &[
    case(
        "spam",
        "an overdue invoice",
        "From: Accounts <billing@invoice-centre.example>\nSubject: Invoice #4471 overdue - final notice",
        "Dear customer,\nYour invoice #4471 is now 30 days overdue. Please review the attached \
         statement and settle the balance today to avoid service interruption: \
         https://invoice-centre.example/pay/4471\nAccounts Department",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an undelivered parcel",
        "From: Suivi Colis <notification@suivi-colis-fr.example>\nSubject: Votre colis est en attente",
        "Bonjour,\nVotre colis n'a pas pu être livré faute d'adresse complète. Réglez les frais de \
         réexpédition (1,99 €) sous 48 h : https://suivi-colis-fr.example/reprogrammer\n\
         Service client",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a filter's flag on a plausible mail",
        "From: Support Microsoft 365 <support@office365-assistance.example>\nSubject: Mise à jour de votre licence\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.1 required=5.0",
        "Bonjour,\nLa licence Microsoft 365 de votre établissement doit être renouvelée. Merci de \
         valider les informations de facturation.\nSupport Microsoft 365",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "a teacher who is not the correspondant",
        "From: julie.bernard@ac-lyon.example\nSubject: Vidéoprojecteur salle 21",
        "Bonjour,\nJe suis professeure de lettres au lycée ; le vidéoprojecteur de ma salle (21) ne \
         s'allume plus depuis lundi.\nJulie Bernard",
        Unauthorised,
        None,
        None,
    ),
    case(
        "urgency",
        "criticité : faible",
        "From: claire.dubois@ac-lyon.example\nSubject: Souris salle 8",
        "Bonjour,\nDeux souris de la salle 8 ont une molette qui ne défile plus.\nCriticité : faible\nClaire Dubois",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "[Urgence 3/3] in the subject",
        "From: sandrine.morel@ac-paris.example\nSubject: [Urgence 3/3] Standard téléphonique en panne",
        "Bonjour,\nPlus aucun appel entrant n'aboutit au standard depuis 8 h.\nSandrine Morel",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "Impact : élevé",
        "From: paul.henry@ac-lille.example\nSubject: Coupure internet",
        "Bonjour,\nPlus d'accès internet dans tout le collège depuis ce matin.\nImpact : élevé \
         (tout l'établissement)\nPaul Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "uai",
        "RNE : 0130456-A",
        "From: j.martin@ac-aix.example\nSubject: Imprimante vie scolaire",
        "Bonjour,\nL'imprimante de la vie scolaire n'imprime plus que des pages blanches.\n\
         RNE : 0130456-A\nUrgence : moyen",
        NewIncident,
        Some(Moyen),
        Some("0130456A"),
    ),
    case(
        "uai",
        "UAI n° 075 104 3B",
        "From: sandrine.morel@ac-paris.example\nSubject: Borne wifi gymnase",
        "La borne wifi du gymnase ne diffuse plus aucun réseau.\nÉtablissement : UAI n° 075 104 3B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
];
