//! The seventy-sixth aside part: written after the seventieth round, before any change, in about
//! the mix and in a voice not used before — the teacher who is the school's digital
//! referent, writing in network jargon (DHCP, ports, certificates, DNS, a log pasted) — in new
//! content (address distribution, a port to open to a publisher, a site to allow through the
//! filter, the backup NAS, the wifi controller's licence, a VPN for the bursar, scan to mail, the
//! tablets' management console).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_76: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "DHCP gives no address", "From: marc.petit@ac-lyon.example\nSubject: DHCP bâtiment B",
        "Bonjour,\nDepuis 7 h 30, les postes du bâtiment B obtiennent une adresse en 169.254.x.x : le DHCP ne distribue plus rien sur le VLAN 20. Les autres VLAN sont OK.", NewIncident, None, None),
    case("request", "a certificate expired", "From: claire.dubois@ac-lyon.example\nSubject: Certificat du serveur ENT local",
        "Bonjour,\nLe certificat du serveur local a expiré cette nuit : les navigateurs affichent « Votre connexion n'est pas privée » et les élèves ne vont pas plus loin.", NewIncident, None, None),
    case("request", "a log pasted", "From: paul.henry@ac-lille.example\nSubject: Sauvegarde NAS",
        "Bonjour,\nLa sauvegarde nocturne échoue depuis trois nuits. Extrait du journal :\n[02:00:01] Job « Pédago » started\n[02:00:07] ERROR: destination volume read-only\n[02:00:07] Job « Pédago » aborted", NewIncident, None, None),
    case("request", "scan to mail", "From: sandrine.morel@ac-paris.example\nSubject: Numérisation vers mail",
        "Bonjour,\nLes copieurs n'envoient plus les numérisations par mail : « échec d'authentification SMTP » depuis le changement de mot de passe du compte de service.", NewIncident, None, None),
    case("request", "DNS, names not found", "From: j.martin@ac-aix.example\nSubject: Résolution de noms",
        "Bonjour,\nLes postes de l'administration ne résolvent plus les noms internes (serveur de fichiers, imprimantes) alors que les sites externes s'ouvrent.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a port to open", "From: marc.petit@ac-lyon.example\nSubject: Flux vers l'éditeur du logiciel de CAO",
        "Bonjour,\nLe nouveau logiciel de CAO vérifie sa licence sur le serveur de l'éditeur (licences.cao-editeur.example, port 27000 TCP sortant). Le flux est bloqué par le pare-feu régional ; merci de l'autoriser pour le VLAN pédagogique.", NewRequest, None, None),
    case("request", "franglais: whitelist a site", "From: claire.dubois@ac-lyon.example\nSubject: Filtrage",
        "Bonjour,\nPourriez-vous whitelister le site de la radio scolaire (radio-lycee.example) ? Il est classé « streaming » et donc filtré.", NewRequest, None, None),
    case("request", "the wifi controller's licence", "From: paul.henry@ac-lille.example\nSubject: Licence du contrôleur wifi",
        "Bonjour,\nLe contrôleur wifi est licencié pour 32 bornes ; l'extension du bâtiment D en apporte 8 de plus. Il faudra étendre la licence avant leur mise en service.", NewRequest, None, None),
    case("request", "a VPN for the bursar", "From: sandrine.morel@ac-paris.example\nSubject: Accès à distance",
        "Bonjour,\nL'agent comptable travaille un jour par semaine depuis l'autre lycée du groupement et doit accéder à son logiciel de gestion. Un accès VPN est-il envisageable ?", NewRequest, None, None),
    case("request", "tablets in the management console", "From: anne.leroux@ac-bordeaux.example\nSubject: Tablettes de la classe ULIS",
        "Bonjour,\nLes 12 tablettes reçues pour la classe ULIS ne sont pas encore inscrites dans la console de gestion régionale. Merci de les y ajouter pour que nous puissions y installer les applications.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "it came back", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007605] Résolution de noms",
        "Bonjour,\nLe problème est revenu ce matin sur deux postes de l'administration.", FollowUp, None, None),
    case("intent", "the cache flushed, all in order", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007605] Résolution de noms",
        "Effectivement, après vidage du cache DNS sur les deux postes, les noms sont de nouveau résolus. C'est bon pour nous.", ClosureConfirmation, None, None),
    case("intent", "an export of our tickets", "From: marc.petit@ac-lyon.example\nSubject: Export",
        "Bonjour,\nUn export de nos tickets non clos serait-il possible, au format tableur ?", ListRequest, None, None),
    case("intent", "news from the contractor?", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007603] Sauvegarde NAS",
        "Bonjour,\nDes nouvelles du prestataire ? Nous en sommes à cinq nuits sans sauvegarde.", Reminder, None, None),
    case("intent", "backups green again", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007603] Sauvegarde NAS",
        "Bonjour,\nLes deux dernières sauvegardes se sont terminées avec succès. Merci pour le remplacement du disque.", ClosureConfirmation, None, None),
    case("intent", "a technical detail for the desk", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007604] Numérisation vers mail",
        "Bonjour,\nPour information, le compte de service est scan.voltaire@ac-paris.example, et le nouveau mot de passe vous a été transmis par téléphone.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "the contractor asks for access", "From: support@reseaux-services.example\nSubject: RE: [CESAME #2026-007601] Ordre de travail - Lycée Ampère - DHCP",
        "Bonjour,\nPour intervenir à distance, merci de nous ouvrir un accès à l'interface d'administration du serveur DHCP entre 12 h et 14 h.", ContractorUpdate, None, None),
    case("spam", "a fake certificate vendor", "From: SSL Security <alerte@certificats-ssl.example>\nSubject: Votre certificat SSL expire aujourd'hui",
        "Votre certificat SSL expire aujourd'hui. Renouvelez-le immédiatement pour 9,90 € et évitez la fermeture de votre site : https://certificats-ssl.example/renouveler", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in jargon", "From: marc.petit@ac-lyon.example\nSubject: [P1] DHCP bâtiment B",
        "Bonjour,\nPlus aucune adresse distribuée sur le VLAN 20. P1 : tout le bâtiment B est à l'arrêt.", NewIncident, Some(TresHaut), None),
    case("urgency", "low, the referent's words", "From: claire.dubois@ac-lyon.example\nSubject: Certificat",
        "Bonjour,\nLe certificat du serveur de test expire dans un mois. Priorité basse.", NewIncident, Some(Bas), None),
    case("uai", "a code in a hostname", "From: tice@region.example\nSubject: NAS",
        "Bonjour,\nLe NAS nas-0330789D.pedago.example ne répond plus au ping depuis ce matin.", NewIncident, None, Some("0330789D")),
];
