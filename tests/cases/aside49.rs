//! The forty-ninth aside part: written after the forty-third round, before any change, in about
//! the mix with a larger share of outsiders writing about the desk's tickets
//! (contractors' technicians, platforms, people in copy), and in new content (a vocational
//! school's welding simulator, the library's self-checkout, a sound system in the auditorium,
//! the administration's scanner-copier, a room booking tool, the network's fibre link).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_49: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a welding simulator", "From: paul.henry@ac-lille.example\nSubject: Simulateur de soudure",
        "Bonjour,\nLe simulateur de soudure de l'atelier chaudronnerie ne calibre plus la torche : l'écran indique « capteur absent ».", NewIncident, None, None),
    case("request", "a self-checkout kiosk", "From: anne.leroux@ac-bordeaux.example\nSubject: Automate de prêt",
        "Bonjour,\nL'automate de prêt du CDI enregistre les retours deux fois, les élèves reçoivent des relances pour des livres rendus.", NewIncident, None, None),
    case("request", "the auditorium's sound", "From: sandrine.morel@ac-paris.example\nSubject: Sono de l'amphi",
        "Bonjour,\nLa table de mixage de l'amphithéâtre produit un larsen permanent dès qu'un micro est allumé. Conférence lundi à 10 h.\nUrgence : haute", NewIncident, Some(TresHaut), None),
    case("request", "the fibre link down", "From: j.martin@ac-aix.example\nSubject: Plus d'internet",
        "Bonjour,\nPlus d'internet dans tout le collège depuis 7 h 30, le boîtier fibre a tous ses voyants éteints sauf le rouge.\nURGENT", NewIncident, Some(TresHaut), None),
    case("request", "booking tool errors", "From: claire.dubois@ac-lyon.example\nSubject: Réservation des salles",
        "Bonjour,\nL'outil de réservation des salles affiche une page blanche pour tous les professeurs depuis la mise à jour de vendredi.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a second simulator", "From: paul.henry@ac-lille.example\nSubject: Atelier chaudronnerie",
        "Bonjour,\nAvec l'ouverture d'une seconde classe de CAP, un simulateur pour douze élèves ne suffit plus. La région pourrait-elle en financer un deuxième ?", NewRequest, None, None),
    case("request", "self-checkout at the annex", "From: anne.leroux@ac-bordeaux.example\nSubject: Automate à l'annexe",
        "Bonjour,\nLes élèves du bâtiment B aimeraient pouvoir emprunter sans attendre l'ouverture du CDI : un automate de prêt à l'annexe serait idéal.", NewRequest, None, None),
    case("request", "wireless mics", "From: sandrine.morel@ac-paris.example\nSubject: Micros pour l'amphi",
        "Bonjour,\nL'amphi n'a que des micros filaires. Pour les débats, deux micros sans fil sont demandés par les professeurs de philosophie.", NewRequest, None, None),
    case("request", "a scanner-copier for the office", "From: claire.dubois@ac-lyon.example\nSubject: Copieur de l'administration",
        "Bonjour,\nLe contrat de location du copieur de l'administration se termine en mars. Nous souhaitons un modèle qui numérise directement vers le serveur.", NewRequest, None, None),
    case("request", "rooms in the booking tool", "From: marc.petit@ac-lyon.example\nSubject: Nouvelles salles à réserver",
        "Bonjour,\nLes trois salles du bâtiment neuf n'apparaissent pas dans l'outil de réservation. Pouvez-vous les ajouter ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the larsen gone", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004901] Sono de l'amphi",
        "Bonjour,\nLe technicien a remplacé un câble de la table, plus de larsen. La conférence a pu avoir lieu. Merci.", ClosureConfirmation, None, None),
    case("intent", "the fibre back but slow", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004902] Plus d'internet",
        "Internet est revenu à 11 h, mais le débit est divisé par dix par rapport à d'habitude.", FollowUp, None, None),
    case("intent", "the booking tool, any news", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004903] Réservation des salles",
        "Bonjour,\nAvez-vous pu avancer sur l'outil de réservation ? Les collègues réservent au crayon depuis une semaine.", Reminder, None, None),
    case("intent", "a list in a subject with a date", "From: paul.henry@ac-lille.example\nSubject: Tickets en cours au 5 décembre",
        "Bonjour,\nMerci de me les communiquer.\nPaul Henry", ListRequest, None, None),
    case("intent", "the kiosk: a screenshot", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004904] Automate de prêt",
        "Ci-joint une capture du journal de l'automate au moment d'un double retour.", FollowUp, None, None),
    // --- outsiders about the desk's tickets ---------------------------------------------------
    case("contractor", "a technician from his own phone", "From: Kevin Technicien <kevin.tech@maintelec.example>\nSubject: RE: [CESAME #2026-004901] Ordre de travail - Lycée Voltaire - sono amphithéâtre",
        "Bonjour,\nIntervention réalisée ce matin : câble XLR défectueux remplacé, essais concluants avec les quatre micros.\nKevin, technicien Maintelec", ContractorUpdate, None, None),
    case("contractor", "a contractor asking for access", "From: planning@numeri-services.example\nSubject: RE: [CESAME #2026-004902] Ordre de travail - Collège Mistral - lien fibre",
        "Bonjour,\nPour intervenir sur le boîtier, notre technicien a besoin d'un accès au local technique mardi à 8 h. Merci de confirmer.", ContractorUpdate, None, None),
    case("platform", "GLPI's notification of a follow-up", "From: GLPI Région <glpi@sirh.region.example>\nSubject: [GLPI #0004903] Nouveau suivi - Réservation des salles\nAuto-Submitted: auto-generated",
        "Un suivi a été ajouté au ticket.\n\nTitre : Réservation des salles\nStatut : En cours (attribué)\nDemandeur : CESAME\nGroupe attribué : Applications\nDescription du suivi : correctif en test.", PlatformUpdate, None, None),
    case("unauthorised", "the principal asks for news", "From: proviseur.voltaire@ac-paris.example\nSubject: RE: [CESAME #2026-004901] Sono de l'amphi",
        "Bonjour,\nOù en est la réparation de la sonorisation ? Le recteur vient lundi.", Unauthorised, None, None),
    case("unauthorised", "a colleague in copy says it's fixed", "From: doc.montaigne@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004904] Automate de prêt",
        "Bonjour,\nL'automate fonctionne correctement depuis ce matin. Documentaliste du collège Montaigne.", Unauthorised, None, None),
    // --- other outsiders ----------------------------------------------------------------------
    case("spam", "a fake HR notice", "From: Ressources Humaines <rh@intranet-paie.example>\nSubject: Mise à jour de vos coordonnées bancaires\nContent-Type: text/html; charset=utf-8",
        "<p>Afin de recevoir votre salaire de décembre, veuillez confirmer vos coordonnées bancaires avant le 10/12.</p><p><a href=\"https://intranet-paie.example/rib\">Mettre à jour</a></p>", Spam, None, None),
    case("auto-reply", "a read receipt", "From: sandrine.morel@ac-paris.example\nSubject: Lu : [CESAME #2026-004901] Sono de l'amphi\nContent-Type: multipart/report; report-type=disposition-notification; boundary=\"r1\"",
        "--r1\nContent-Type: text/plain; charset=utf-8\n\nVotre message a été lu le 4 décembre 2026 à 09:12.\n--r1\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; sandrine.morel@ac-paris.example\nDisposition: manual-action/MDN-sent-manually; displayed\n--r1--\n", AutoReply, None, None),
    case("bulk", "a newsletter with list headers", "From: La Lettre du numérique <lettre@reseau-canope.example>\nSubject: La Lettre du numérique éducatif - décembre\nList-Unsubscribe: <mailto:unsubscribe@reseau-canope.example>\nList-Id: <lettre.reseau-canope.example>",
        "Au sommaire ce mois-ci : l'IA en classe, les nouveaux usages des tablettes, le calendrier des formations.", Bulk, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level as an adverb phrase", "From: marc.petit@ac-lyon.example\nSubject: Copieur salle des profs",
        "Bonjour,\nLe copieur de la salle des profs fait des bourrages à chaque copie recto verso. À traiter en priorité moyenne.", NewIncident, Some(Moyen), None),
    case("urgency", "English low", "From: tice@region.example\nSubject: Faidherbe - keyboard",
        "Hi, a keyboard in room 14 at lycée Faidherbe (0595012C) is missing two keys. Low urgency.", NewIncident, Some(Bas), Some("0595012C")),
    case("uai", "a code in a signature", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran salle 6",
        "Bonjour,\nL'écran interactif de la salle 6 ne s'allume plus.\n\nAnne Leroux\nCollège Montaigne — UAI 0330789D — 05 56 00 00 00", NewIncident, None, Some("0330789D")),
];
