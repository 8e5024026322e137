//! The four-hundred-and-twenty-third aside part: written after the hundred-and-ninetieth round,
//! before any change, on mails whose signature outweighs the message (a legal disclaimer, a
//! green footer, a block of numbers that look like codes: a SIRET, a postcode, a phone).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_423: &[Case] = &[
    case(
        "uai",
        "a fault under a legal disclaimer",
        "From: sandrine.morel@ac-paris.example\nSubject: Imprimante du secrétariat",
        "Bonjour,\nL'imprimante du secrétariat n'imprime plus que des pages blanches.\n\n\
         Sandrine Morel\nSecrétariat de direction\nTél. 01 45 00 00 00\n\nCe message et toutes \
         les pièces jointes sont confidentiels et établis à l'intention exclusive de ses \
         destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous \
         avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.",
        NewIncident,
        None,
        None,
    ),
    case(
        "uai",
        "a SIRET and a postcode in the signature",
        "From: j.martin@ac-aix.example\nSubject: Poste de la gestionnaire",
        "Bonjour,\nLe poste de la gestionnaire redémarre tout seul plusieurs fois par jour.\n\n\
         J. Martin\nCollège Mignet – 41 rue Cardinale – 13100 Aix-en-Provence\nSIRET 19130456700018",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a need under a green footer",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Casques pour les langues",
        "Bonjour,\nLes professeurs de langues souhaiteraient disposer de vingt casques avec micro \
         pour les oraux.\nAnne Leroux\n\nPensez à l'environnement : n'imprimez ce courriel que si \
         nécessaire.",
        NewRequest,
        None,
        None,
    ),
    case(
        "uai",
        "a code among phone numbers",
        "From: claire.dubois@ac-lyon.example\nSubject: Réseau de l'internat",
        "Bonjour,\nL'internat n'a plus de réseau depuis 19 h hier.\n\nClaire Dubois\nLycée Ampère \
         (0691234S)\nStandard : 04 78 00 00 00 – Fax : 04 78 00 00 01",
        NewIncident,
        None,
        Some("0691234S"),
    ),
];
