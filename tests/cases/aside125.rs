//! The hundred-and-twenty-fifth aside part: written after the hundred-and-thirteenth round,
//! before any change, on the costliest class in the network's and accounts' words: a filter
//! to open or close, a VPN for the staff, a certificate, a backup to schedule, a bandwidth to
//! raise, accounts to create for newcomers, a printer's quota, beside faults told in the same
//! words (a site blocked since the update, a VPN that drops, an expired certificate, a backup
//! that failed, accounts locked); with urgencies written in the sender's way.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency;

pub const ASIDE_125: &[Case] = &[
    case(
        "request",
        "a site to let through",
        "From: claire.dubois@ac-lyon.example\nSubject: Filtrage internet",
        "Bonjour,\nLes professeurs d'histoire voudraient que le site de l'INA soit accessible \
         depuis les salles de cours. Est-ce possible de l'autoriser dans le filtrage ?\n\
         UAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a VPN for the office",
        "From: j.martin@ac-aix.example\nSubject: Accès à distance",
        "Bonjour,\nLa secrétaire de direction devra télétravailler un jour par semaine à partir \
         de janvier. Pourrait-on lui ouvrir un accès VPN au serveur administratif ?\n\
         Priorité : basse\nCollège Mistral, 0130456A",
        NewRequest,
        Some(Urgency::Bas),
        Some("0130456A"),
    ),
    case(
        "request",
        "the nightly backup",
        "From: sandrine.morel@ac-paris.example\nSubject: Sauvegardes",
        "Bonjour,\nNous aimerions que le NAS de la vie scolaire soit sauvegardé chaque nuit, et \
         plus seulement le vendredi.\nRNE 0751043B",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "the bandwidth raised",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Débit",
        "Bonjour,\nAvec les 300 tablettes arrivées cette année, notre lien de 100 Mb/s ne suffit \
         plus aux heures de cours. Serait-il possible de passer à la fibre 1 Gb/s ?\n\
         Urgence : moyenne\n0330789D",
        NewRequest,
        Some(Urgency::Moyen),
        Some("0330789D"),
    ),
    case(
        "request",
        "accounts for the newcomers",
        "From: paul.henry@ac-lille.example\nSubject: Comptes réseau",
        "Bonjour,\nQuatre assistants d'éducation arrivent lundi : il faudrait leur créer un \
         compte sur le réseau pédagogique.\nCode UAI : 0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a quota per class",
        "From: marc.petit@ac-lyon.example\nSubject: Quotas d'impression",
        "Bonjour,\nLe conseil pédagogique a décidé de limiter les impressions à 50 pages par \
         élève et par mois. Pouvez-vous mettre en place ces quotas sur le serveur \
         d'impression ?\nUAI 0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "games blocked at lunch",
        "From: j.martin@ac-aix.example\nSubject: Filtrage des jeux",
        "Bonjour,\nÀ la demande du principal, merci de bloquer les sites de jeux en ligne sur le \
         wifi du foyer.\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a certificate for the new site",
        "From: sandrine.morel@ac-paris.example\nSubject: Site du lycée",
        "Bonjour,\nLe nouveau site du lycée sera en ligne en février ; il lui faudra un \
         certificat HTTPS. Qui peut s'en charger ?\nLycée Voltaire (0751043B)",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a guest network",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi invités",
        "Bonjour,\nPour les parents lors des réunions, nous voudrions un réseau wifi invité \
         séparé du réseau pédagogique.\nUAI 0330789D",
        NewRequest,
        None,
        Some("0330789D"),
    ),
    case(
        "request",
        "a site blocked since the update",
        "From: paul.henry@ac-lille.example\nSubject: Pronote inaccessible",
        "Bonjour,\nDepuis la mise à jour du pare-feu hier soir, Pronote est bloqué dans toutes \
         les salles : « accès refusé par la politique de sécurité ».\nUrgence : très haute\n\
         0595012C",
        NewIncident,
        Some(Urgency::TresHaut),
        Some("0595012C"),
    ),
    case(
        "request",
        "a VPN that drops",
        "From: claire.dubois@ac-lyon.example\nSubject: VPN",
        "Bonjour,\nLe VPN de l'intendance se coupe toutes les dix minutes depuis lundi, \
         impossible de finir les paies.\nUAI 0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "an expired certificate",
        "From: j.martin@ac-aix.example\nSubject: Alerte de sécurité sur l'ENT",
        "Bonjour,\nLes navigateurs affichent « votre connexion n'est pas privée » sur le portail \
         du collège : le certificat a expiré ce matin.\n0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a backup that failed",
        "From: sandrine.morel@ac-paris.example\nSubject: Échec de sauvegarde",
        "Bonjour,\nLa sauvegarde du serveur administratif échoue chaque nuit depuis une semaine \
         (« disque de destination introuvable »).\nRNE 0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "accounts locked",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Comptes bloqués",
        "Bonjour,\nTous les comptes des élèves de 4e sont verrouillés ce matin, ils ne peuvent \
         plus ouvrir de session.\nUrgence haute\n0330789D",
        NewIncident,
        Some(Urgency::TresHaut),
        Some("0330789D"),
    ),
    case(
        "request",
        "a slow link",
        "From: paul.henry@ac-lille.example\nSubject: Connexion très lente",
        "Bonjour,\nLa connexion internet est extrêmement lente depuis ce matin, les pages mettent \
         plus d'une minute à s'afficher.\nUAI 0595012C",
        NewIncident,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the filter too strict now",
        "From: marc.petit@ac-lyon.example\nSubject: Filtrage trop strict",
        "Bonjour,\nDepuis la rentrée de novembre, le filtrage bloque aussi Wikipédia, qui passait \
         très bien avant.\n0691234S",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "intent",
        "the filter opened, thanks",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012501] Filtrage internet",
        "Le site de l'INA est bien accessible depuis ce matin, merci.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the VPN still drops",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-012502] VPN",
        "Le nouveau client VPN est installé, mais la connexion tombe encore toutes les dix \
         minutes.",
        FollowUp,
        None,
        None,
    ),
];
