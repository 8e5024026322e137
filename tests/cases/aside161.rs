//! The hundred-and-sixty-first aside part: written after the hundred-and-thirty-eighth round,
//! before any change, on the costliest class in mailboxes, lists and accounts: a functional
//! address, a departing teacher's account, a quota to raise, a list for the form tutors,
//! rights for a new CPE, two accounts to merge, passwords to generate; each need beside a
//! fault in the same words.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_161: &[Case] = &[
    case(
        "request",
        "a functional address for school life",
        "From: claire.dubois@ac-lyon.example\nSubject: Adresse vie scolaire",
        "Bonjour,\nPourriez-vous créer une adresse de messagerie fonctionnelle pour la vie \
         scolaire, partagée entre les trois CPE ?\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the functional address receives nothing",
        "From: marc.petit@ac-lyon.example\nSubject: Adresse vie scolaire",
        "Bonjour,\nL'adresse fonctionnelle de la vie scolaire ne reçoit plus aucun message depuis \
         lundi.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a departing teacher's account",
        "From: j.martin@ac-aix.example\nSubject: Compte M. Roche",
        "Bonjour,\nM. Roche a quitté le collège le 30 novembre : merci de désactiver son compte et \
         de transférer ses documents partagés à Mme Vidal.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a teacher's account locked",
        "From: j.martin@ac-aix.example\nSubject: Compte bloqué",
        "Bonjour,\nLe compte de Mme Vidal est bloqué depuis ce matin après trois erreurs de mot de \
         passe, elle ne peut plus faire cours en salle informatique.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a quota to raise",
        "From: sandrine.morel@ac-paris.example\nSubject: Quota boîte secrétariat",
        "Bonjour,\nPourriez-vous augmenter le quota de la boîte du secrétariat ? Elle est presque \
         pleine avec les dossiers d'inscription.\n0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a list for the form tutors",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Liste de diffusion",
        "Bonjour,\nNous voudrions une liste de diffusion regroupant les professeurs principaux, \
         pour préparer les conseils de classe.\n0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "the form tutors' list delivers nothing",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Liste professeurs principaux",
        "Bonjour,\nLa liste de diffusion des professeurs principaux ne distribue plus les messages \
         depuis vendredi.\n0330789D",
        NewIncident,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "rights for the new CPE",
        "From: paul.henry@ac-lille.example\nSubject: Droits CPE",
        "Bonjour,\nMerci de donner à la nouvelle CPE, Mme Petit, les droits de gestion des absences \
         dans le logiciel de vie scolaire.\n0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the CPE lost her access",
        "From: paul.henry@ac-lille.example\nSubject: Accès CPE",
        "Bonjour,\nLa CPE n'a plus accès au logiciel de vie scolaire depuis la mise à jour de \
         mercredi : « profil inconnu ».\n0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "two accounts to merge",
        "From: claire.dubois@ac-lyon.example\nSubject: Comptes de Mme Roux",
        "Bonjour,\nMme Roux a deux comptes sur le réseau pédagogique, l'ancien et le nouveau. \
         Serait-il possible de les fusionner ?\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "passwords to generate",
        "From: marc.petit@ac-lyon.example\nSubject: Mots de passe élèves",
        "Bonjour,\nLes mots de passe des élèves arrivés en décembre restent à générer : merci de \
         nous les transmettre pour la rentrée de janvier.\n0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
];
