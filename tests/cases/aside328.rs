//! The three-hundred-and-twenty-eighth aside part: written after the hundred-and-seventy-fourth
//! round, before any change, on other systems' mail forwarded by a contact: a monitoring alert,
//! an ENT's failed synchronisation, a teacher's need under "Pouvez-vous voir ?", a parent's
//! complaint about logging in.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_328: &[Case] = &[
    case(
        "request",
        "a monitoring alert forwarded",
        "From: marc.petit@ac-lyon.example\nSubject: TR: [Alerte] Serveur SRV-PEDA injoignable",
        "Reçu cette nuit, le serveur ne répond toujours pas ce matin.\nM. Petit\n\n-------- Message \
         transféré --------\nDe : supervision@ac-lyon.example\nObjet : [Alerte] Serveur SRV-PEDA \
         injoignable\n\nCRITICAL - Host SRV-PEDA is DOWN (ping timeout) since 02:14.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "an ENT's failed synchronisation",
        "From: paul.henry@ac-lille.example\nSubject: TR: Échec de synchronisation des comptes",
        "Bonjour,\nPour suite à donner.\nP. Henry\n\n-------- Message transféré --------\nDe : \
         ne-pas-repondre@ent-hdf.example\nObjet : Échec de synchronisation des comptes\n\nLa \
         synchronisation de l'annuaire de l'établissement 0595012C a échoué (erreur 503). Les \
         nouveaux comptes n'ont pas été créés.",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a teacher's need under Pouvez-vous voir",
        "From: claire.dubois@ac-lyon.example\nSubject: TR: Tablettes pour l'option arts",
        "Pouvez-vous voir ?\nClaire\n\n-------- Message transféré --------\nDe : Hugo Lemaire \
         <hugo.lemaire@ac-lyon.example>\nObjet : Tablettes pour l'option arts\n\nBonjour Claire, \
         pour l'option arts plastiques, il nous faudrait six tablettes graphiques pour la salle \
         d'arts. Merci !",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a parent's complaint about logging in",
        "From: sandrine.morel@ac-paris.example\nSubject: TR: Impossible de me connecter",
        "Bonjour,\nPlusieurs familles nous écrivent la même chose depuis lundi.\nS. Morel\n\n\
         -------- Message transféré --------\nDe : famille.durand@fournisseur-mail.example\nObjet : \
         Impossible de me connecter\n\nBonjour, depuis lundi je n'arrive plus à me connecter à \
         l'ENT pour voir les devoirs de mon fils.",
        NewIncident,
        None,
        None,
    ),
];
