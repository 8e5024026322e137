//! The eighty-third aside part: written after the seventy-seventh round, before any change, in
//! about the issue's mix and in voices not used before (a report laid out as a form, "Quoi /
//! Où / Depuis / Impact", a mail in capitals, a report that follows a phone call, a teacher's
//! mail forwarded under one line, a budget question, an English-speaking international section,
//! a pupil's words quoted), in new content (the hall's information screens, the bells software,
//! the canteen's payment terminal, the nurse's medical software, the language lab's headsets,
//! a weather station for geography, the e-sport club's ports, the CCTV recorder, a guest Wi-Fi
//! for the open day, accounts for supply assistants).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_83: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "a report laid out as a form", "From: claire.dubois@ac-lyon.example\nSubject: Sonnerie",
        "Quoi : le logiciel qui pilote la sonnerie ne déclenche plus les sonneries de 10 h et 15 h\nOù : bâtiment administratif, poste de la loge\nDepuis : lundi\nImpact : les cours débordent, la vie scolaire sonne à la main\nCriticité : haute", NewIncident, Some(TresHaut), None),
    case("request", "a mail in capitals", "From: j.martin@ac-aix.example\nSubject: TERMINAL CANTINE",
        "BONJOUR,\nLE TERMINAL DE PAIEMENT DE LA CANTINE REFUSE TOUTES LES CARTES DEPUIS CE MATIN, MESSAGE \"ERREUR DE COMMUNICATION\". LES FAMILLES NE PEUVENT PLUS RECHARGER.\nMERCI", NewIncident, None, None),
    case("request", "after a phone call", "From: sandrine.morel@ac-paris.example\nSubject: Suite à notre appel",
        "Bonjour,\nSuite à notre conversation téléphonique de ce matin, je vous confirme par écrit : le logiciel de l'infirmerie ne retrouve plus les dossiers des élèves depuis la mise à jour de vendredi, l'infirmière travaille sur papier.\nCordialement", NewIncident, None, None),
    case("request", "a teacher's mail forwarded under one line", "From: anne.leroux@ac-bordeaux.example\nSubject: TR: casques labo de langues",
        "Pour traitement, merci.\n\n---------- Message transféré ----------\nDe : Mme Garcia, professeure d'espagnol\nObjet : casques labo de langues\n\nBonjour, dans le laboratoire de langues, huit casques sur vingt n'ont plus de micro qui fonctionne, les élèves ne peuvent pas s'enregistrer pour l'oral.", NewIncident, None, None),
    case("request", "a budget question", "From: paul.henry@ac-lille.example\nSubject: Écrans d'information du hall",
        "Bonjour,\nNous voudrions ajouter deux écrans d'affichage dynamique dans le hall du bâtiment C, reliés au même logiciel que ceux de l'entrée. Sur quel budget cela peut-il se faire, et faut-il passer par vous ?", NewRequest, None, None),
    case("request", "an international section, in English", "From: claire.dubois@ac-lyon.example\nSubject: Weather station",
        "Hello,\nOur international section would like to connect the new weather station bought for geography classes to the school network, so that pupils can read its data from the classrooms. Could this be arranged?\nBest regards", NewRequest, None, None),
    case("request", "the e-sport club's ports", "From: j.martin@ac-aix.example\nSubject: Club e-sport",
        "Bonjour,\nLe club e-sport du mercredi voudrait jouer en ligne contre d'autres collèges, mais le filtrage bloque le jeu. Serait-il possible d'ouvrir les ports nécessaires, uniquement pour les postes de la salle 12 et le mercredi après-midi ?\nAucune urgence particulière.", NewRequest, Some(Bas), None),
    case("request", "the CCTV recorder, code with a dash", "From: sandrine.morel@ac-paris.example\nSubject: Enregistreur vidéosurveillance",
        "Bonjour,\nL'enregistreur de la vidéosurveillance n'enregistre plus rien depuis la coupure de courant de samedi ; le disque est signalé « non reconnu ». En cas d'intrusion nous n'aurions aucune image.\nÉtablissement : 0751043-B\nCriticité forte", NewIncident, Some(TresHaut), Some("0751043B")),
    case("request", "a guest Wi-Fi for the open day", "From: anne.leroux@ac-bordeaux.example\nSubject: Portes ouvertes 30 janvier",
        "Bonjour,\nPour les portes ouvertes du 30 janvier, nous souhaiterions un réseau Wi-Fi invité temporaire dans le hall et le CDI, pour que les familles puissent consulter le site du collège.\nUrgence : moyenne", NewRequest, Some(Moyen), None),
    case("request", "accounts for supply assistants", "From: marc.petit@ac-lyon.example\nSubject: Comptes AED",
        "Bonjour,\nTrois assistants d'éducation remplaçants arrivent lundi pour six semaines ; il leur faudrait des comptes sur le réseau administratif avec accès au logiciel de vie scolaire.\nLycée Ampère 069 1234 S", NewRequest, None, Some("0691234S")),
    case("request", "a pupil's words quoted", "From: paul.henry@ac-lille.example\nSubject: Tablettes 2nde 4",
        "Bonjour,\nUn élève m'a dit ce matin : « Monsieur, la tablette dit que mon mot de passe est faux alors que c'est le bon. » Vérification faite, aucune tablette de la classe de 2nde 4 n'accepte plus les identifiants ENT depuis hier.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "one building rings, the other not", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008301] Sonnerie",
        "Bonjour,\nLa sonnerie du bâtiment administratif fonctionne à nouveau depuis votre intervention à distance, en revanche celle de l'internat reste muette.", FollowUp, None, None),
    case("intent", "no news, insisting", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008302] TERMINAL CANTINE",
        "Bonjour,\nSans nouvelles depuis le 12, je me permets d'insister : les familles appellent tous les jours le secrétariat.", Reminder, None, None),
    case("intent", "the case is closed for us", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008302] TERMINAL CANTINE",
        "Bonjour,\nLe terminal encaisse de nouveau normalement depuis l'échange du boîtier. Affaire classée pour nous.", ClosureConfirmation, None, None),
    case("intent", "the photo asked for", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008303] Suite à notre appel",
        "Bonjour,\nCi-joint la capture d'écran du message d'erreur que vous demandiez, prise sur le poste de l'infirmière.", FollowUp, None, None),
    case("intent", "the caretaker has the keys", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008304] TR: casques labo de langues",
        "Bonjour,\nPour l'intervention de jeudi, le gardien aura les clés du laboratoire ; l'accès se fait par le portail arrière, rue des Écoles.", FollowUp, None, None),
    case("intent", "all good, in English", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008306] Weather station",
        "Hello,\nThe weather station is now online and pupils can see its readings from every classroom. All good on our side, you can close this one.\nThanks", ClosureConfirmation, None, None),
    case("intent", "an overview of our files", "From: paul.henry@ac-lille.example\nSubject: Vue d'ensemble",
        "Bonjour,\nJ'aurais besoin d'une vue d'ensemble : où en sont tous nos dossiers chez vous, ceux qui ne sont pas encore clos ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a teacher writes directly", "From: p.girard@ac-lyon.example\nSubject: Vidéoprojecteur salle B12",
        "Bonjour,\nJe suis professeur de SVT au lycée Ampère : le vidéoprojecteur de la salle B12 affiche une image violette depuis ce matin. Pouvez-vous envoyer quelqu'un ?", Unauthorised, None, None),
    case("spam", "a full mailbox, in French", "From: Administrateur Messagerie <admin@messagerie-academique.example>\nSubject: Votre boîte aux lettres est pleine",
        "Cher utilisateur,\nVotre boîte aux lettres a atteint 98 % de sa capacité. Vous ne pourrez plus recevoir de messages sous 24 heures. Validez votre compte pour obtenir 5 Go supplémentaires : https://messagerie-academique.example/validation", Spam, None, None),
    case("spam", "an upstream verdict on a plain offer", "From: offres@materiel-pro.example\nSubject: Offre spéciale établissements\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=7.9 required=5.0",
        "Bonjour,\nProfitez de nos tarifs exceptionnels sur les vidéoprojecteurs interactifs jusqu'à la fin du mois. Livraison gratuite.", Spam, None, None),
    case("contractor", "a part on order", "From: atelier@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-008308] Ordre de travail - Lycée Voltaire - Enregistreur vidéosurveillance",
        "Bonjour,\nLe disque de remplacement est commandé, délai fournisseur de dix jours ouvrés. Nous repasserons pour l'installer dès réception.", ContractorUpdate, None, None),
];
