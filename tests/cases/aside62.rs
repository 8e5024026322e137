//! The sixty-second aside part: written after the fifty-sixth round, before any change, in about
//! the mix and in voices not used before (a mail that starts with the thanks and ends
//! with the fault, a report framed as a question to the desk, a chase written as a reproach, a
//! closure that gives the credit to someone else, a reply that hands the follow-up to a
//! colleague, Belgian and Swiss French turns), in new content (the woodwork shop's dust
//! extractor sensor, a karaoke system for the language club, the nurse's defibrillator
//! monitoring box, the school's job-board screen, the boarding school's laundry badge reader,
//! the gym's sound meter).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_62: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "thanks first, fault last", "From: sandrine.morel@ac-paris.example\nSubject: Capteur de l'aspiration - atelier bois",
        "Bonjour et merci encore pour la réparation du mois dernier.\nCette fois, c'est le capteur de l'aspiration centralisée de l'atelier bois : il coupe les machines au bout de deux minutes alors que le filtre est propre.", NewIncident, None, None),
    case("request", "a question to the desk", "From: claire.dubois@ac-lyon.example\nSubject: Boîtier du défibrillateur",
        "Bonjour,\nEst-il normal que le boîtier de surveillance du défibrillateur de l'infirmerie affiche « défaut de communication » depuis lundi ? Il n'envoie plus son autotest quotidien.", NewIncident, None, None),
    case("request", "Belgian turns", "From: paul.henry@ac-lille.example\nSubject: Écran des offres de stage",
        "Bonjour,\nL'écran des offres de stage au rez-de-chaussée est en rade depuis septante-deux heures : il reste tout noir. Savez-vous y faire quelque chose ?", NewIncident, None, None),
    case("request", "the laundry reader", "From: anne.leroux@ac-bordeaux.example\nSubject: Lecteur de badges de la laverie",
        "Bonjour,\nLe lecteur de badges de la laverie de l'internat refuse toutes les cartes depuis la coupure de jeudi soir ; les internes ne peuvent plus laver leur linge.", NewIncident, None, None),
    case("request", "the sound meter", "From: j.martin@ac-aix.example\nSubject: Sonomètre du gymnase",
        "Bonjour,\nLe sonomètre mural du gymnase reste bloqué sur 120 dB et son voyant clignote rouge en permanence, même gymnase vide.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "karaoke for the language club", "From: marc.petit@ac-lyon.example\nSubject: Karaoké pour le club de langues",
        "Bonjour,\nLe club de langues voudrait monter des séances de karaoké en anglais et en espagnol. Il lui faudrait un système avec deux micros sans fil, branché sur le vidéoprojecteur de la salle 21.", NewRequest, None, None),
    case("request", "a job board online", "From: paul.henry@ac-lille.example\nSubject: Offres de stage en ligne",
        "Bonjour,\nLes élèves de terminale aimeraient consulter les offres de stage depuis chez eux, et pas seulement sur l'écran du hall. Une page sur l'ENT alimentée par le même fichier serait parfaite.", NewRequest, None, None),
    case("request", "a second reader for the laundry", "From: anne.leroux@ac-bordeaux.example\nSubject: Laverie : second lecteur",
        "Bonjour,\nAvec la nouvelle aile, 40 internes de plus utilisent la laverie ; un seul lecteur de badges crée des files le soir. Un second lecteur près des sèche-linge serait bienvenu.", NewRequest, None, None),
    case("request", "Swiss turns, a defibrillator box", "From: claire.dubois@ac-lyon.example\nSubject: Défibrillateur du gymnase",
        "Bonjour,\nLe défibrillateur du gymnase n'a pas de boîtier de surveillance, contrairement à celui de l'infirmerie. Serait-ce possible d'en installer un, idéalement avant la fin de l'année ?", NewRequest, None, None),
    case("request", "English, dust sensors", "From: sandrine.morel@ac-paris.example\nSubject: Dust sensors for the wood shop",
        "Hello,\nThe wood shop teacher would like dust sensors that display the air quality in the workshop, so pupils know when to wear masks.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "credit to someone else", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006205] Sonomètre du gymnase",
        "Bonjour,\nNotre agent a suivi vos indications par téléphone et réinitialisé le sonomètre : il mesure de nouveau normalement. Merci à vous deux.", ClosureConfirmation, None, None),
    case("intent", "handing over to a colleague", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006202] Boîtier du défibrillateur",
        "Bonjour,\nJe pars en congé demain ; M. Petit, en copie, suivra ce dossier avec vous à partir de lundi.", FollowUp, None, None),
    case("intent", "a reproach", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006204] Lecteur de badges de la laverie",
        "Bonjour,\nJe trouve inadmissible qu'une semaine après notre signalement les internes doivent encore laver leur linge à la main. Qu'attendez-vous ?", Reminder, None, None),
    case("intent", "the extractor: it holds now", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006201] Intervention terminée : Capteur de l'aspiration - atelier bois",
        "Bonjour,\nLes machines tournent toute la séance sans coupure depuis le remplacement du capteur. Vous pouvez considérer l'affaire comme réglée.", ClosureConfirmation, None, None),
    case("intent", "the screen: half", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006203] Écran des offres de stage",
        "Bonjour,\nL'écran s'allume de nouveau, mais les offres ne défilent pas : seule la première page s'affiche.", FollowUp, None, None),
    case("intent", "what is waiting for us", "From: marc.petit@ac-lyon.example\nSubject: Question",
        "Bonjour,\nQu'avons-nous comme demandes en souffrance chez vous ? J'aimerais faire le point avant la fin du trimestre.", ListRequest, None, None),
    case("intent", "Belgian chase", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006203] Écran des offres de stage",
        "Bonjour,\nSavez-vous me dire quand le technicien viendra ? L'écran est toujours en rade.", Reminder, None, None),
    case("intent", "a detail: the model", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006202] Boîtier du défibrillateur",
        "Bonjour,\nLe boîtier est un modèle DS-200, numéro de série sur l'étiquette : 4471-22.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor confirms a visit", "From: intervention@medical-securite.example\nSubject: RE: [CESAME #2026-006202] Ordre de travail - Lycée Ampère - boîtier défibrillateur",
        "Bonjour,\nPassage confirmé jeudi 10 décembre à 9 h ; merci de prévenir l'infirmière.", ContractorUpdate, None, None),
    case("unauthorised", "a boarder writes", "From: lucas.m@eleves-montaigne.example\nSubject: laverie",
        "bonjour le lecteur de la laverie marche pas depuis jeudi on peut plus laver nos affaires svp faites quelque chose", Unauthorised, None, None),
    case("spam", "a fake webmail upgrade", "From: Webmail Académie <maj@webmail-academie-securite.example>\nSubject: Mise à niveau obligatoire de votre messagerie\nContent-Type: text/html; charset=utf-8",
        "<p>Votre messagerie académique doit être mise à niveau avant le 10 décembre. Sans action de votre part, votre compte sera désactivé.</p><p><a href=\"https://webmail-academie-securite.example/maj\">Mettre à niveau</a></p>", Spam, None, None),
    case("auto-reply", "an auto-reply in Spanish and French", "From: marc.petit@ac-lyon.example\nSubject: Respuesta automática: [CESAME #2026-006206] Karaoké pour le club de langues\nAuto-Submitted: auto-replied",
        "Estoy fuera de la oficina. Je suis absent jusqu'au 11 décembre.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "vital, with no label", "From: claire.dubois@ac-lyon.example\nSubject: Défibrillateur : URGENCE VITALE",
        "Bonjour,\nLe défibrillateur de l'infirmerie signale une batterie hors service.", NewIncident, Some(TresHaut), None),
    case("urgency", "no hurry at all, Belgian", "From: paul.henry@ac-lille.example\nSubject: Souris salle 9",
        "Bonjour,\nUne souris de la salle 9 fait des siennes. Rien ne presse, c'est pour quand vous aurez le temps.", NewIncident, Some(Bas), None),
    case("uai", "a code after 'établissement n°'", "From: tice@region.example\nSubject: Laverie",
        "Bonjour,\nÉtablissement n° 0330789D : le lecteur de badges de la laverie ne lit plus rien.", NewIncident, None, Some("0330789D")),
    case("uai", "a code with spaces in the subject", "From: tice@region.example\nSubject: 0595 012 C - sonomètre",
        "Bonjour,\nLe sonomètre du gymnase affiche 0 en permanence.", NewIncident, None, Some("0595012C")),
];
