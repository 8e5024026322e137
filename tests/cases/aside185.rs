//! The hundred-and-eighty-fifth aside part: written after the hundred-and-forty-seventh round,
//! before any change, on the costliest class as it arrives by forward and by habit: a teacher's
//! need forwarded with one line, a head's fault forwarded the same way, a need written as a
//! complaint about the present ("nous n'avons qu'un seul poste"), a policy to change written as
//! a problem ("les élèves ne peuvent pas imprimer en couleur"), a renewal of machines out of
//! support, a re-cabling for a room's new layout; beside a fault written as a wish ("nous
//! aimerions pouvoir imprimer de nouveau") and an access lost written as a request.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_185: &[Case] = &[
    case(
        "request",
        "a teacher's need forwarded with one line",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: Logiciel de montage vidéo",
        "Pouvez-vous traiter la demande ci-dessous ?\n\n-------- Message transféré --------\n\
         De : Julie Bernard\nObjet : Logiciel de montage vidéo\n\nBonjour Claire,\nPour l'option \
         cinéma, il nous faudrait un logiciel de montage vidéo sur les huit postes de la salle 21.\nJulie",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a head's fault forwarded with one line",
        "From: j.martin@ac-aix.example\nSubject: TR: Poste de la principale",
        "Pour traitement, merci.\n\n-----Message d'origine-----\nDe : Principale\nObjet : Poste \
         de la principale\n\nJean, mon ordinateur affiche un écran bleu à chaque démarrage depuis ce \
         matin.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need told as the present's poverty",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Poste infirmerie",
        "Bonjour,\nL'infirmerie n'a qu'un seul poste, partagé entre l'infirmière et l'assistante \
         sociale, ce qui pose des problèmes de confidentialité. Un second poste serait nécessaire.\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a policy to change written as a problem",
        "From: paul.henry@ac-lille.example\nSubject: Impression couleur élèves",
        "Bonjour,\nLes élèves de terminale ne peuvent pas imprimer en couleur leurs dossiers de \
         projet : seuls les comptes enseignants y ont droit. Pourrait-on ouvrir ce droit à la \
         classe de TSTI2D ?\nPaul Henry",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "machines out of support to renew",
        "From: sandrine.morel@ac-paris.example\nSubject: Postes sous Windows 10",
        "Bonjour,\nDouze postes de la salle 210 sont encore sous Windows 10, qui n'est plus \
         maintenu : leur remplacement est-il envisageable cette année ?\nSandrine Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "re-cabling for a room's new layout",
        "From: marc.petit@ac-lyon.example\nSubject: Réaménagement salle 6",
        "La salle 6 est réaménagée en îlots pendant les vacances : les prises réseau actuelles, le \
         long du mur, ne conviendront plus. Il faudrait des prises au sol au centre de la salle.",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a fault written as a wish",
        "From: tice@region.example\nSubject: Imprimante salle des professeurs - collège 0595012C",
        "Bonjour,\nNous aimerions pouvoir imprimer de nouveau en salle des professeurs : \
         l'imprimante refuse tous les travaux depuis jeudi.\nL'équipe TICE",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "an access lost written as a request",
        "From: j.martin@ac-aix.example\nSubject: Accès Pronote secrétariat",
        "Bonjour,\nMerci de rétablir l'accès à Pronote pour le poste du secrétariat, perdu lors \
         de la migration de lundi.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
];
