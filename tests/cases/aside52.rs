//! The fifty-second aside part: written after the forty-sixth round, before any change, in about
//! the mix and in voices not used before (a deputy head's formal letter, numbered
//! questions, a reply on top in English above French history, emojis, text-message French
//! "dsl/stp/pb", an HTML form laid out as a table, a head's request forwarded by the
//! correspondant), in new content (the exam-scanning station, an e-sport club, a connected
//! greenhouse, staff time clocks, parents' meeting bookings, a canteen menu screen).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_52: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the exam-scanning station", "From: marc.petit@ac-lyon.example\nSubject: Poste de numérisation Santorin",
        "Madame, Monsieur,\nJ'ai l'honneur de porter à votre connaissance que le poste dédié à la numérisation des copies d'examen refuse depuis hier l'authentification par clé, ce qui compromet la correction dématérialisée des épreuves de la semaine prochaine.\nJe vous prie d'agréer l'expression de mes salutations distinguées.\nLe proviseur adjoint", NewIncident, None, None),
    case("request", "text-message French", "From: j.martin@ac-aix.example\nSubject: pb badgeuse",
        "slt, la badgeuse du perso en salle des profs affiche tjrs la date d'hier et les pointages partent pas. dsl pr le style, merci de regarder stp", NewIncident, None, None),
    case("request", "emojis", "From: sandrine.morel@ac-paris.example\nSubject: Écran du menu 😕",
        "Bonjour 🙂\nL'écran qui affiche le menu à l'entrée de la cantine reste bloqué sur le menu de la semaine dernière 😅 Les élèves râlent !", NewIncident, None, None),
    case("request", "sensors silent, HTML table", "From: anne.leroux@ac-bordeaux.example\nSubject: Formulaire de signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>Établissement</td><td>Collège Montaigne</td></tr><tr><td>Équipement</td><td>Capteurs de la serre connectée</td></tr><tr><td>Description</td><td>Plus aucune mesure remontée sur le tableau de bord depuis le 1er décembre.</td></tr><tr><td>Urgence</td><td>Moyenne</td></tr></table>", NewIncident, Some(Moyen), None),
    case("request", "numbered questions about a fault", "From: paul.henry@ac-lille.example\nSubject: PC du club e-sport",
        "Bonjour,\n1. Les cinq PC du club e-sport redémarrent tout seuls en pleine partie : est-ce l'alimentation ?\n2. Faut-il les débrancher en attendant ?\n3. Le prestataire peut-il passer avant le tournoi du 16 ?", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "the head's request forwarded", "From: claire.dubois@ac-lyon.example\nSubject: TR: Réunions parents-professeurs",
        "Bonjour,\nJe vous transmets la demande de notre proviseur.\n\n-----Message d'origine-----\nDe : Proviseur\nEnvoyé : jeudi 3 décembre 2026 17:12\nÀ : Claire Dubois\nObjet : Réunions parents-professeurs\n\nClaire, pour les rencontres de février, j'aimerais que les familles puissent réserver leurs créneaux en ligne plutôt que par le carnet. Voyez avec la région ce qui est possible.", NewRequest, None, None),
    case("request", "a greenhouse to connect", "From: paul.henry@ac-lille.example\nSubject: Serre pédagogique",
        "Bonjour,\nLa nouvelle serre du lycée agricole n'est reliée à rien : les enseignants voudraient y suivre température et humidité depuis leur salle. Qui peut étudier ça ?", NewRequest, None, None),
    case("request", "e-sport: more seats, emoji", "From: sandrine.morel@ac-paris.example\nSubject: Club e-sport 🎮",
        "Bonjour,\nLe club e-sport a doublé cette année (28 inscrits pour 6 postes). Est-il possible d'ouvrir la salle 108 au club le mercredi, avec ses postes, et d'y installer le jeu utilisé au tournoi ?", NewRequest, None, None),
    case("request", "a clock for part-timers", "From: j.martin@ac-aix.example\nSubject: Badgeuse de l'annexe",
        "Bonjour,\nLes agents de l'annexe doivent traverser la cour pour pointer. Une seconde badgeuse à l'annexe leur éviterait ce trajet quatre fois par jour.", NewRequest, None, None),
    case("request", "numbered questions about a need", "From: marc.petit@ac-lyon.example\nSubject: Écran d'affichage du self",
        "Bonjour,\nQuelques questions sur l'affichage du menu :\n1. Peut-on afficher aussi les allergènes ?\n2. Un second écran côté sortie est-il envisageable ?\nMerci.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "English on top of French history", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005201] Poste de numérisation Santorin",
        "Hello, the scanning station accepts the keys again, we tested three of them this morning. Thank you!\n\n-----Message d'origine-----\nDe : CESAME\nObjet : [CESAME #2026-005201] Intervention terminée : Poste de numérisation Santorin\n\nMerci de nous confirmer que le problème est résolu en répondant à ce message.", ClosureConfirmation, None, None),
    case("intent", "what did the technician do", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005202] pb badgeuse",
        "Bonjour,\nLe technicien est passé mais personne ne l'a vu : pouvez-vous nous dire ce qu'il a fait sur la badgeuse ?", FollowUp, None, None),
    case("intent", "text-message reminder", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005202] pb badgeuse",
        "re, tjrs rien pr la badgeuse, qqn passe qd ?", Reminder, None, None),
    case("intent", "no longer needed", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005203] Écran du menu",
        "Bonjour,\nFinalement le chef de cuisine a trouvé : il suffisait de relancer la clé USB de l'écran. Plus besoin de passer, merci !", ClosureConfirmation, None, None),
    case("intent", "emojis, still frozen", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005203] Écran du menu",
        "Re-bonjour 😬 l'écran s'est de nouveau figé ce midi, même menu qu'hier.", FollowUp, None, None),
    case("intent", "the tournament is Wednesday", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005205] PC du club e-sport",
        "Bonjour,\nLe tournoi est mercredi et nous n'avons eu aucun retour depuis notre signalement. Merci de nous dire si quelqu'un viendra avant.", Reminder, None, None),
    case("intent", "every ticket, numbered", "From: marc.petit@ac-lyon.example\nSubject: Nos demandes",
        "Bonjour,\n1. Pouvez-vous m'envoyer la liste de nos demandes non résolues ?\n2. Y figure-t-il encore celle des horloges ?\nMerci.", ListRequest, None, None),
    case("intent", "greenhouse: a detail for the study", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005207] Serre pédagogique",
        "Bonjour,\nPour l'étude : la serre est à 40 m du bâtiment C, une gaine libre passe sous l'allée.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's report with a part ordered", "From: atelier@pc-services.example\nSubject: RE: [CESAME #2026-005205] Ordre de travail - Lycée Faidherbe - PC e-sport",
        "Bonjour,\nDiagnostic fait ce matin : deux alimentations défectueuses. Pièces commandées, pose prévue vendredi.", ContractorUpdate, None, None),
    case("unauthorised", "the chef writes himself", "From: chef.cuisine@ac-paris.example\nSubject: Écran menu cantine",
        "Bonjour,\nJe suis le chef de cuisine du lycée Voltaire, l'écran du menu est bloqué depuis lundi, pouvez-vous intervenir ?", Unauthorised, None, None),
    case("spam", "a fake invoice, French", "From: Comptabilité <factures@fournisseur-bureau.example>\nSubject: Facture impayée n° 88412 - relance avant contentieux\nContent-Type: text/html; charset=utf-8",
        "<p>Madame, Monsieur,</p><p>Sauf erreur de notre part, la facture n° 88412 reste impayée. Sans règlement sous 48 h, le dossier sera transmis au service contentieux.</p><p><a href=\"https://fournisseur-bureau.example/facture.zip\">Télécharger la facture</a></p>", Spam, None, None),
    case("auto-reply", "an absence notice without the header", "From: marc.petit@ac-lyon.example\nSubject: Absence : [CESAME #2026-005210] Écran d'affichage du self",
        "Bonjour,\nJe suis en formation du 7 au 9 décembre, sans accès à ma messagerie. Je traiterai votre message à mon retour.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "an emoji siren", "From: anne.leroux@ac-bordeaux.example\nSubject: 🚨 URGENT 🚨 Wifi du CDI",
        "Bonjour,\nPlus de wifi au CDI, les élèves de 3e passent leur oral de stage cet après-midi.", NewIncident, Some(TresHaut), None),
    case("urgency", "a level in a numbered list", "From: paul.henry@ac-lille.example\nSubject: Imprimante salle 12",
        "Bonjour,\n1. Équipement : imprimante salle 12\n2. Problème : bourrage à chaque impression recto-verso\n3. Urgence : basse", NewIncident, Some(Bas), None),
    case("urgency", "critical in English", "From: sandrine.morel@ac-paris.example\nSubject: Critical - staff clocks down",
        "Hello, all staff time clocks are down since this morning, nobody can clock in.", NewIncident, Some(TresHaut), None),
    case("uai", "a code in an HTML table", "From: tice@region.example\nSubject: Signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>UAI</td><td>0330789D</td></tr><tr><td>Problème</td><td>Le copieur de la vie scolaire affiche « erreur E-202 ».</td></tr></table>", NewIncident, None, Some("0330789D")),
    case("uai", "a code after a slash", "From: tice@region.example\nSubject: Lycée Faidherbe / 0595012C",
        "Bonjour,\nLe vidéoprojecteur de la salle 3 s'éteint au bout de dix minutes.", NewIncident, None, Some("0595012C")),
];
