//! The four-hundred-and-thirty-sixth aside part: written after the hundred-and-ninety-first
//! round, before any change, on school codes with a lower-case letter, dots or a dash, and a
//! number of the same shape that is a ticket's.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_436: &[Case] = &[
    case(
        "uai",
        "a lower-case letter",
        "From: j.martin@ac-aix.example\nSubject: Poste de la documentaliste",
        "Bonjour,\nLe poste de la documentaliste ne démarre plus.\nuai 0130456a\nJ. Martin",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "uai",
        "a dash before the letter",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Copieur salle des professeurs",
        "Bonjour,\nLe copieur de la salle des professeurs fait des traînées noires.\nÉtablissement \
         0330789-D\nAnne Leroux",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "uai",
        "dots between the groups",
        "From: paul.henry@ac-lille.example\nSubject: Routeur de l'internat",
        "Bonjour,\nLe routeur de l'internat redémarre en boucle.\nUAI : 059.5012.C\nPaul Henry",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "uai",
        "an order number of the same shape",
        "From: claire.dubois@ac-lyon.example\nSubject: Livraison incomplète",
        "Bonjour,\nLa commande 0691234 livrée hier ne contenait que deux des quatre écrans \
         prévus ; les deux écrans reçus ne s'allument pas.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
];
