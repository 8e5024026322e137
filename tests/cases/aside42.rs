//! The forty-second aside part: written after the thirty-seventh round, the last of this
//! sitting, in about the mix and in new content. It is not tuned on: it stays the
//! reference of how the latest rules read new mail.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_42: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a digital sign frozen", "From: sandrine.morel@ac-paris.example\nSubject: Écran d'affichage du hall",
        "Bonjour,\nL'écran d'affichage du hall reste figé sur les informations de la semaine dernière.", NewIncident, None, None),
    case("request", "mail stuck in the outbox", "From: j.martin@ac-aix.example\nSubject: Messages bloqués",
        "Bonjour,\nLes messages du secrétariat restent dans la boîte d'envoi et ne partent pas depuis ce matin. Urgence : haute.", NewIncident, Some(TresHaut), None),
    case("request", "a robot kit's base station", "From: paul.henry@ac-lille.example\nSubject: Robots salle de techno",
        "Bonjour,\nLa base de programmation des robots ne communique plus avec les postes, le voyant Bluetooth reste éteint.", NewIncident, None, None),
    case("request", "a headset's sound in one ear", "From: anne.leroux@ac-bordeaux.example\nSubject: Casques labo de langues",
        "Bonjour,\nSur la moitié des casques du laboratoire de langues, le son ne sort plus que d'un côté. Pas urgent.", NewIncident, Some(Bas), None),
    case("request", "a room's network after painting", "From: marc.petit@ac-lyon.example\nSubject: Salle 203 sans réseau",
        "Bonjour,\nDepuis les travaux de peinture, la salle 203 n'a plus aucune connexion : les prises semblent débranchées dans la baie.\nLycée Ampère - 0691234S", NewIncident, None, Some("0691234S")),
    case("request", "English, projector overheats", "From: tice@region.example\nSubject: Montaigne projector",
        "Hi, the projector in room 5 at collège Montaigne shuts down after twenty minutes with an overheating warning.", NewIncident, None, None),
    case("request", "HTML-only, a kiosk", "From: claire.dubois@ac-lyon.example\nSubject: Borne de réservation\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>La borne de réservation des repas affiche un écran bleu depuis hier soir.</p><p>Urgence : <b>moyenne</b></p>", NewIncident, Some(Moyen), None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a digital sign for the canteen", "From: sandrine.morel@ac-paris.example\nSubject: Affichage au self",
        "Bonjour,\nIl serait utile d'avoir un second écran d'affichage à l'entrée du self, relié au même système que celui du hall.", NewRequest, None, None),
    case("request", "more robots", "From: paul.henry@ac-lille.example\nSubject: Robots supplémentaires",
        "Bonjour,\nAvec l'ouverture d'un groupe supplémentaire, nous aurions besoin de huit robots de plus et d'une seconde base.", NewRequest, None, None),
    case("request", "a mailbox shared by the office", "From: j.martin@ac-aix.example\nSubject: Boîte partagée",
        "Bonjour,\nLe secrétariat et la vie scolaire voudraient partager une même boîte aux lettres pour les absences.", NewRequest, None, None),
    case("request", "cabling a new lab", "From: marc.petit@ac-lyon.example\nSubject: Laboratoire de chimie",
        "Bonjour,\nLe laboratoire de chimie rénové n'a aucune prise réseau ; il en faudrait six sur les paillasses pour les postes d'acquisition.", NewRequest, None, None),
    case("request", "a site to block", "From: anne.leroux@ac-bordeaux.example\nSubject: Filtrage",
        "Bonjour,\nPourriez-vous bloquer l'accès aux sites de jeux en ligne sur le réseau élèves ? Plusieurs professeurs le demandent.", NewRequest, None, None),
    case("request", "English, a need", "From: tice@region.example\nSubject: Faidherbe staff room",
        "Hello, the staff room at lycée Faidherbe would like two more workstations for teachers. Could you plan it?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "sign works again", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004201] Écran d'affichage du hall",
        "L'affichage se met de nouveau à jour depuis le redémarrage du lecteur. Merci, c'est bon pour nous.", ClosureConfirmation, None, None),
    case("intent", "still stuck", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004202] Messages bloqués",
        "Bonjour,\nLes messages ne partent toujours pas et personne ne nous a rappelés. Merci de traiter en priorité.", Reminder, None, None),
    case("intent", "the robot base's reference", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004203] Robots salle de techno",
        "La base porte la référence RB-2200, achetée en 2023.", FollowUp, None, None),
    case("intent", "half the headsets", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004204] Casques labo de langues",
        "Les câbles changés ont réglé le problème pour six casques ; les quatre autres n'ont toujours du son que d'un côté.", FollowUp, None, None),
    case("intent", "list before the holidays", "From: marc.petit@ac-lyon.example\nSubject: Avant les vacances",
        "Bonjour,\nPourriez-vous me transmettre la liste des tickets encore ouverts pour le lycée ?", ListRequest, None, None),
    case("intent", "a reminder about a need", "From: anne.leroux@ac-bordeaux.example\nSubject: Filtrage jeux en ligne",
        "Bonjour,\nNotre demande de blocage des sites de jeux, envoyée il y a deux semaines, n'a toujours pas été prise en compte.", Reminder, None, None),
    case("intent", "close by a head", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004205] Borne de réservation",
        "Bonjour,\nLa borne fonctionne correctement depuis votre intervention. Vous pouvez clore ce ticket.", ClosureConfirmation, None, None),
    case("intent", "a new detail on cabling", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004206] Laboratoire de chimie",
        "Précision : les paillasses sont alimentées par le plafond, les prises devraient donc y descendre.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake payroll notice", "From: RH Académie <paie@rh-academie-info.example>\nSubject: Votre bulletin de salaire de décembre",
        "Votre bulletin de salaire est disponible. Pour le consulter, connectez-vous avec vos identifiants : https://rh-academie-info.example/bulletin", Spam, None, None),
    case("spam", "a vendor's cold mail", "From: commercial@ecrans-interactifs.example\nSubject: Équipez vos salles d'écrans interactifs",
        "Bonjour,\nNos écrans interactifs 75 pouces sont disponibles à prix remisé pour les établissements scolaires. Je vous propose une démonstration gratuite dans votre établissement.", Spam, None, None),
    case("unauthorised", "a teacher asks for a need", "From: prof.chimie@ac-lyon.example\nSubject: Prises labo",
        "Bonjour,\nProfesseur de chimie au lycée Ampère, je souhaiterais six prises réseau sur les paillasses du laboratoire.", Unauthorised, None, None),
    case("bulk", "an academy's digest", "From: digest@ac-paris.example\nSubject: Le point hebdo du numérique\nList-Id: <point-hebdo.ac-paris.example>",
        "Cette semaine : mise à jour de l'ENT, nouvelles procédures de signalement des incidents urgents.", Bulk, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in brackets", "From: paul.henry@ac-lille.example\nSubject: Onduleur (urgence moyenne)",
        "Bonjour,\nL'onduleur de la salle serveur bipe toutes les trente secondes.", NewIncident, Some(Moyen), None),
    case("urgency", "a low level and a need", "From: j.martin@ac-aix.example\nSubject: Écran secrétariat",
        "Bonjour,\nLa secrétaire voudrait un écran plus grand. Urgence faible.", NewRequest, Some(Bas), None),
    case("uai", "a code written with dots", "From: sandrine.morel@ac-paris.example\nSubject: Badgeuse",
        "Bonjour,\nUAI 075.1043.B : la badgeuse de la demi-pension refuse toutes les cartes.", NewIncident, None, Some("0751043B")),
];
