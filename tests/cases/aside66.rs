//! The sixty-sixth aside part: written after the sixtieth round, before any change, in about
//! the mix and in voices not used before (a bursar's accounting words, "cf. objet" with
//! everything in the subject, a principal writing in the third person, a phone's hurried mail
//! signed "Envoyé de mon iPhone", a pupil's words quoted, numbered points "1)", "2)", a long
//! story before the ask), in new content (the school bell, the library's catalogue software, the
//! 3D printer, the car section's diagnostic case, the hairdressing salon's booking, the gym's
//! scoreboard, the weather station, the print room's plotter, the school radio).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_66: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "cf. objet", "From: claire.dubois@ac-lyon.example\nSubject: La sonnerie des cours ne retentit plus dans le bâtiment B",
        "Cf. objet.\nCordialement,\nClaire Dubois", NewIncident, None, None),
    case("request", "the principal in the third person", "From: j.martin@ac-aix.example\nSubject: Logiciel du CDI",
        "Madame, Monsieur,\nLe chef d'établissement porte à votre connaissance que le logiciel de gestion du CDI refuse toute connexion depuis la mise à jour de vendredi, ce qui empêche les prêts.", NewIncident, None, None),
    case("request", "from a phone, in a hurry", "From: marc.petit@ac-lyon.example\nSubject: imprimante 3D",
        "Bjr l'imprimante 3D du labo techno bloque a 0% sur tous les fichiers depuis ce matin\nEnvoyé de mon iPhone", NewIncident, None, None),
    case("request", "a pupil's words quoted", "From: paul.henry@ac-lille.example\nSubject: Valise de diagnostic",
        "Bonjour,\nComme me l'a dit un élève de terminale ce matin : « Monsieur, la valise elle voit plus aucune voiture ». Effectivement, la valise de diagnostic de l'atelier auto ne détecte plus aucun véhicule.", NewIncident, None, None),
    case("request", "the bursar's words", "From: sandrine.morel@ac-paris.example\nSubject: Poste de l'agence comptable",
        "Bonjour,\nLe poste de l'agence comptable ne parvient plus à transmettre les mandats : chaque envoi se solde par un rejet technique, et la clôture de l'exercice approche.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "numbered points, a need", "From: anne.leroux@ac-bordeaux.example\nSubject: Salon de coiffure",
        "Bonjour,\n1) Le salon d'application de la section coiffure reçoit des clientes extérieures.\n2) Les rendez-vous se prennent aujourd'hui sur un cahier.\n3) Un logiciel de réservation en ligne simplifierait tout.", NewRequest, None, None),
    case("request", "a long story, then the ask", "From: claire.dubois@ac-lyon.example\nSubject: Web radio",
        "Bonjour,\nDepuis la rentrée, un groupe d'élèves anime une web radio le jeudi midi. L'émission a eu beaucoup de succès lors des portes ouvertes et la principale souhaite la pérenniser. Ils enregistrent aujourd'hui avec un téléphone posé sur la table. Un enregistreur et deux micros-cravates leur rendraient un grand service.", NewRequest, None, None),
    case("request", "the plotter's size", "From: j.martin@ac-aix.example\nSubject: Traceur de la reprographie",
        "Bonjour,\nLe traceur de la reprographie s'arrête au format A1. Pour les affiches du forum des métiers, il faudrait pouvoir imprimer en A0.", NewRequest, None, None),
    case("request", "a scoreboard for the gym", "From: paul.henry@ac-lille.example\nSubject: Tableau d'affichage du gymnase",
        "Bonjour,\nL'association sportive organise désormais des rencontres de l'UNSS au gymnase. Les scores sont tenus à la craie. Un tableau d'affichage électronique relié à un poste serait le bienvenu.", NewRequest, None, None),
    case("request", "the weather station's data", "From: marc.petit@ac-lyon.example\nSubject: Station météo",
        "Bonjour,\nNotre station météo enregistre bien ses mesures, mais seulement sur sa console. Les professeurs de physique voudraient les récupérer sur le réseau pour les exploiter en classe.", NewRequest, None, None),
    case("request", "English, a second 3D printer", "From: anne.leroux@ac-bordeaux.example\nSubject: 3D printing",
        "Hi,\nOur only 3D printer is booked solid until March by the engineering classes. Is a second one something the region could fund?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a closure in the subject only", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006601] Sonnerie bâtiment B - c'est revenu, merci",
        "", ClosureConfirmation, None, None),
    case("intent", "nothing to report since", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006602] Logiciel du CDI",
        "Bonjour,\nRAS depuis la réinstallation : les prêts ont repris normalement. Vous pouvez considérer l'affaire comme réglée.", ClosureConfirmation, None, None),
    case("intent", "day twelve", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006604] Valise de diagnostic",
        "Bonjour,\nJ+12 et toujours pas de valise. Les examens pratiques commencent lundi.", Reminder, None, None),
    case("intent", "the technician called", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006603] imprimante 3D",
        "Le technicien m'a appelé, il pense à la buse. Il revient avec la pièce la semaine prochaine.", FollowUp, None, None),
    case("intent", "an answer with a screenshot", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006605] Poste de l'agence comptable",
        "Bonjour,\nVoici la capture du message de rejet demandée par votre collègue.\n[image: rejet.png]", FollowUp, None, None),
    case("intent", "a state of our requests", "From: anne.leroux@ac-bordeaux.example\nSubject: Point d'étape",
        "Bonjour,\nPourriez-vous me faire un état des lieux des demandes du collège qui ne sont pas encore soldées ?", ListRequest, None, None),
    case("intent", "the mandates went through", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006605] Poste de l'agence comptable",
        "Bonjour,\nLes mandats sont partis ce matin sans rejet. L'agent comptable vous remercie pour votre réactivité.", ClosureConfirmation, None, None),
    case("intent", "still waiting for a word", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006607] Web radio",
        "Bonjour,\nAvez-vous pu étudier notre demande pour la web radio ? Nous n'avons eu aucun retour depuis un mois.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a teacher writes directly", "From: c.bernard@ac-lyon.example\nSubject: Sonnerie",
        "Bonjour,\nLa sonnerie ne fonctionne pas dans le bâtiment B, pouvez-vous envoyer quelqu'un ?", Unauthorised, None, None),
    case("spam", "a fake delivery fee", "From: Colis Service <suivi@colis-livraison.example>\nSubject: Votre colis est en attente\nContent-Type: text/html; charset=utf-8",
        "<p>Votre colis n'a pas pu être livré : des frais de 1,99 € restent à régler.</p><p><a href=\"https://colis-livraison.example/payer\">Régler maintenant</a></p>", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in a bracket word", "From: paul.henry@ac-lille.example\nSubject: (PRIORITAIRE) Valise de diagnostic",
        "Bonjour,\nLa valise de diagnostic ne détecte plus aucun véhicule, examens lundi.", NewIncident, Some(TresHaut), None),
    case("urgency", "low, told as can wait", "From: marc.petit@ac-lyon.example\nSubject: Station météo",
        "Bonjour,\nL'écran de la console de la station météo clignote. Rien d'urgent, cela peut attendre vos prochains passages.", NewIncident, Some(Bas), None),
    case("uai", "a code after the town", "From: tice@region.example\nSubject: Sonnerie",
        "Bonjour,\nCollège Montaigne, Bordeaux (0330789D) : la sonnerie ne retentit plus dans l'aile nord.", NewIncident, None, Some("0330789D")),
    case("uai", "a code in a signature block", "From: tice@region.example\nSubject: Scoreboard",
        "Bonjour,\nLe poste du gymnase ne démarre plus.\n--\nCellule TICE\nLycée Faidherbe — UAI 0595012C — Lille", NewIncident, None, Some("0595012C")),
];
