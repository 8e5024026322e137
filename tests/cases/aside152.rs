//! The hundred-and-fifty-second aside part: written after the hundred-and-thirty-first round,
//! before any change, on mails whose signature and legal footer say more than the sender: a
//! confidentiality notice ("reçu par erreur", "toute diffusion interdite"), an emergency phone
//! line ("En cas d'urgence, appelez…"), an ecological reminder about printing, a motto, a
//! phone's signature, the school's code in the signature block.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

macro_rules! footer {
    () => {
        "\n\n--\nCe message et ses pièces jointes sont confidentiels et établis à l'attention \
         exclusive de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en \
         avertir l'expéditeur et de le détruire. Toute diffusion non autorisée est interdite."
    };
}

pub const ASIDE_152: &[Case] = &[
    case(
        "intent",
        "thanks above a confidentiality notice",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015201] Intervention terminée - Imprimante salle 3",
        concat!("Merci beaucoup, tout fonctionne !", footer!()),
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "urgency",
        "an emergency line in the signature",
        "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 9",
        "Bonjour,\nLe vidéoprojecteur de la salle 9 s'éteint tout seul au bout de dix minutes.\n\
         0130456A\n\nJ. Martin\nPrincipal adjoint\nEn cas d'urgence, appelez le 04 91 00 00 00",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "intent",
        "a detail above an English disclaimer",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-015203] Autocommutateur",
        "Bonjour,\nLe local du standard est au rez-de-chaussée, à gauche de la loge.\n\n\
         Sandrine Morel\n\nThis e-mail is confidential. If you received it in error, please notify \
         the sender and delete it.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure above a reminder about printing",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015204] Copieur administration",
        "Bonjour,\nLe copieur a été réparé hier et fonctionne parfaitement depuis. Merci.\n\n\
         Anne Leroux\nPensez à l'environnement : n'imprimez ce courriel que si nécessaire.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "uai",
        "a chase with the code in the signature block",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015205] Baie réseau bâtiment B",
        "Bonjour,\nToujours aucune intervention à ce jour, le bâtiment B reste sans réseau.\n\n\
         Claire Dubois\nProviseure adjointe\nLycée Ampère – UAI 0691234S\n1 rue de l'École, 69000 Lyon",
        Reminder,
        None,
        Some("0691234S"),
    ),
    case(
        "urgency",
        "a need signed by the emergency desk",
        "From: paul.henry@ac-lille.example\nSubject: Comptes pour les stagiaires",
        "Bonjour,\nNous accueillons cinq enseignants stagiaires en janvier : il faudrait leur créer \
         un compte sur le réseau pédagogique.\n0595012C\n\nPaul Henry\nRéférent numérique – \
         Urgences : 06 00 00 00 00",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a fault above 'toute diffusion interdite'",
        "From: marc.petit@ac-lyon.example\nSubject: Poste secrétariat",
        concat!(
            "Bonjour,\nLe poste du secrétariat redémarre en boucle depuis ce matin.\nUrgence : haute\n0691234S",
            footer!()
        ),
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "intent",
        "a closure from a phone with a footer",
        "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-015208] Intervention terminée - Routeur",
        concat!("C'est réparé, merci.\n\nEnvoyé depuis Outlook pour iOS", footer!()),
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "request",
        "a need above a motto",
        "From: sandrine.morel@ac-paris.example\nSubject: Salle informatique 2",
        "Bonjour,\nNous aimerions que la salle informatique 2 soit équipée d'un logiciel de \
         gestion de classe pour que les professeurs voient les écrans des élèves.\n0751043B\n\n\
         « Ensemble, construisons le lycée de demain »",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "intent",
        "a fault back above a footer",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015210] Borne wifi CDI",
        concat!("Bonjour,\nLa borne s'est de nouveau éteinte ce matin, plus de wifi au CDI.", footer!()),
        FollowUp,
        None,
        None,
    ),
    case(
        "urgency",
        "a low level above an emergency line",
        "From: paul.henry@ac-lille.example\nSubject: Horloge salle des profs",
        "Bonjour,\nL'horloge connectée de la salle des professeurs retarde de cinq minutes.\n\
         Urgence : basse\n0595012C\n\nPaul Henry\nEn cas d'urgence absolue : 03 20 00 00 00",
        NewIncident,
        Some(Bas),
        Some("0595012C"),
    ),
    case(
        "intent",
        "the list above a footer",
        "From: marc.petit@ac-lyon.example\nSubject: Nos tickets en cours",
        concat!("Bonjour,\nPouvez-vous m'envoyer la liste de nos tickets en cours ?", footer!()),
        ListRequest,
        None,
        None,
    ),
];
