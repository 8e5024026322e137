//! The hundred-and-thirteenth aside part: written after the hundred-and-second round, before
//! any change, on the costliest class in domains not yet written (the school radio, a VPN for
//! the heads, accounts for a new class, the library's anti-theft gate, backups, data to erase
//! under the GDPR, a weather station, a robotics kit), each need beside a fault on the same
//! thing; with urgency as "Priorité P2" and "Importance pour nous : faible", a list asked for a
//! meeting, a chase and a closure in a formal letter's words.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_113: &[Case] = &[
    case("request", "streaming for the radio", "From: claire.dubois@ac-lyon.example\nSubject: Radio du lycée",
        "Bonjour,\nPour la radio du lycée, les élèves voudraient diffuser en direct sur le site : il faudrait un poste de diffusion et l'ouverture du port correspondant sur le pare-feu.", NewRequest, None, None),
    case("request", "the radio mute online", "From: claire.dubois@ac-lyon.example\nSubject: Radio du lycée - plus de diffusion",
        "Bonjour,\nLa radio du lycée ne diffuse plus sur le site depuis la mise à jour du pare-feu : l'écoute en ligne reste muette.", NewIncident, None, None),
    case("request", "a VPN for the heads", "From: sandrine.morel@ac-paris.example\nSubject: Accès à distance",
        "Bonjour,\nLes personnels de direction souhaitent accéder au serveur administratif depuis chez eux. Un accès VPN serait-il envisageable ?", NewRequest, None, None),
    case("request", "the VPN refuses", "From: sandrine.morel@ac-paris.example\nSubject: VPN direction",
        "Bonjour,\nLe VPN de la direction refuse la connexion depuis ce matin avec le message « certificat expiré ».", NewIncident, None, None),
    case("request", "accounts for a new class", "From: anne.leroux@ac-bordeaux.example\nSubject: Nouvelle classe de 2nde",
        "Bonjour,\nUne classe de seconde supplémentaire a été créée en novembre : ses 28 élèves n'ont pas encore de comptes sur le réseau pédagogique.", NewRequest, None, None),
    case("request", "new pupils' passwords refused", "From: anne.leroux@ac-bordeaux.example\nSubject: Comptes des nouveaux élèves",
        "Bonjour,\nLes élèves arrivés en novembre ont bien un compte, mais leur mot de passe est refusé à chaque connexion.", NewIncident, None, None),
    case("request", "an RFID gate wanted", "From: j.martin@ac-aix.example\nSubject: Portique du CDI",
        "Bonjour,\nLe portique antivol du CDI date de l'ouverture du collège, en 2008. Nous voudrions passer à un système RFID, avec un automate de prêt.", NewRequest, None, None),
    case("request", "the gate rings for nothing", "From: j.martin@ac-aix.example\nSubject: Portique antivol",
        "Bonjour,\nLe portique antivol du CDI sonne à chaque passage, même sans livre.", NewIncident, None, None),
    case("request", "backups to automate", "From: paul.henry@ac-lille.example\nSubject: Sauvegarde du serveur",
        "Bonjour,\nPourrait-on automatiser la sauvegarde du serveur pédagogique sur un disque externe chaque vendredi ? Aujourd'hui, elle est faite à la main.", NewRequest, None, None),
    case("request", "the backup fails", "From: paul.henry@ac-lille.example\nSubject: Échec de sauvegarde",
        "Bonjour,\nLa sauvegarde automatique du serveur pédagogique échoue chaque nuit depuis le 20 novembre (journal : « destination inaccessible »).", NewIncident, None, None),
    case("request", "accounts to erase", "From: marc.petit@ac-lyon.example\nSubject: Comptes des anciens élèves",
        "Bonjour,\nAu titre du RGPD, nous devons supprimer les comptes des élèves partis en juin dernier. Pouvez-vous vous en charger ?", NewRequest, None, None),
    case("request", "a fixed address for a station", "From: sandrine.morel@ac-paris.example\nSubject: Station météo",
        "Bonjour,\nLa station météo du lycée (projet de SVT) doit envoyer ses mesures sur le site : il faudrait lui attribuer une adresse IP fixe.", NewRequest, None, None),
    case("request", "the station sends nothing", "From: sandrine.morel@ac-paris.example\nSubject: Station météo - plus de mesures",
        "Bonjour,\nLa station météo n'envoie plus ses mesures depuis le changement de box ; son adresse a dû changer.", NewIncident, None, None),
    case("request", "a robotics kit's software", "From: j.martin@ac-aix.example\nSubject: Kit de robotique",
        "Bonjour,\nLe kit de robotique livré à la rentrée demande un logiciel qui n'est pas sur les postes de technologie. Merci de l'ajouter à l'image des postes.", NewRequest, None, None),
    case("request", "the robots' software crashes", "From: j.martin@ac-aix.example\nSubject: Logiciel des robots",
        "Bonjour,\nLe logiciel des robots s'installe bien, mais il plante au lancement sur les postes de technologie.", NewIncident, None, None),
    // --- urgency and intents --------------------------------------------------------------------
    case("urgency", "a P2 priority", "From: claire.dubois@ac-lyon.example\nSubject: Scanner du secrétariat",
        "Bonjour,\nLe scanner du secrétariat enregistre des pages blanches.\nPriorité P2", NewIncident, Some(Moyen), None),
    case("urgency", "low importance for us", "From: paul.henry@ac-lille.example\nSubject: Haut-parleur CDI",
        "Bonjour,\nLe haut-parleur du CDI grésille légèrement.\nImportance pour nous : faible", NewIncident, Some(Bas), None),
    case("intent", "a list for a meeting", "From: anne.leroux@ac-bordeaux.example\nSubject: Conseil pédagogique",
        "Bonjour,\nJe prépare le conseil pédagogique : quels signalements sont encore en cours chez vous pour le collège ?", ListRequest, None, None),
    case("intent", "a chase in a letter's words", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-011304] VPN direction",
        "Madame, Monsieur,\nJe vous saurais gré de bien vouloir m'indiquer l'état d'avancement de ce dossier.\nVeuillez agréer mes salutations distinguées.", Reminder, None, None),
    case("intent", "a closure in a letter's words", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-011310] Échec de sauvegarde",
        "Madame, Monsieur,\nJe vous confirme la bonne exécution de l'intervention et vous en remercie.\nCordialement", ClosureConfirmation, None, None),
];
