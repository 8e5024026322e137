//! The twenty-seventh aside part: written after the twenty-third round, in new content, mixing
//! the classes with machines, partners and strangers in forms the earlier parts did
//! not use (HTML tables, references only in headers, an old Exchange, an RT auto-reply).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_27: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "an HTML table form", "From: marc.petit@ac-lyon.example\nSubject: Signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>Établissement</td><td>Lycée Ampère</td></tr><tr><td>Code UAI</td><td>0691234S</td></tr><tr><td>Nature</td><td>Panne</td></tr><tr><td>Description</td><td>Le serveur de fichiers pédagogique ne répond plus depuis la coupure électrique.</td></tr><tr><td>Criticité</td><td>Forte</td></tr></table>", NewIncident, Some(TresHaut), Some("0691234S")),
    case("request", "a badge reader at the gate", "From: j.martin@ac-aix.example\nSubject: Portail élèves",
        "Bonjour,\nLe lecteur de badges du portail élèves reste bloqué en rouge, les élèves passent par l'entrée principale. Priorité haute.\n0130456A", NewIncident, Some(TresHaut), Some("0130456A")),
    case("request", "a slow network", "From: anne.leroux@ac-bordeaux.example\nSubject: Lenteurs",
        "Bonjour,\nDepuis les vacances, ouvrir une page web prend plus d'une minute dans tout le bâtiment A. Pas pressé mais gênant.", NewIncident, Some(Bas), None),
    case("request", "a tablet case charged no more", "From: sandrine.morel@ac-paris.example\nSubject: Valise de tablettes",
        "Bonjour,\nLa valise de recharge des tablettes ne charge plus que la moitié des emplacements. Urgence : normale.", NewIncident, Some(Moyen), None),
    case("request", "English, blocking", "From: tice@region.example\nSubject: [P1] Montaigne - no internet",
        "Hi team, collège Montaigne (0330789D) has had no internet access since 7:30. Blocking for the whole school.", NewIncident, Some(TresHaut), Some("0330789D")),
    case("request", "a printer's driver after an update", "From: paul.henry@ac-lille.example\nSubject: Impression impossible",
        "Bonjour,\nSuite à la mise à jour de vendredi, plus aucun poste de la salle des professeurs n'arrive à imprimer sur le copieur. Urgence 3/3.", NewIncident, Some(TresHaut), None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a lab's laptops for a new option", "From: claire.dubois@ac-lyon.example\nSubject: Option SNT",
        "Bonjour,\nAvec l'ouverture d'une seconde option SNT à la rentrée, nous aurions besoin d'une classe mobile supplémentaire de 18 portables.", NewRequest, None, None),
    case("request", "guest wifi for parents' evening", "From: j.martin@ac-aix.example\nSubject: Wifi invités",
        "Bonjour,\nSerait-il envisageable d'ouvrir un accès wifi invité pour les réunions parents-professeurs ?", NewRequest, None, None),
    case("request", "a bigger mailbox quota", "From: sandrine.morel@ac-paris.example\nSubject: Quota messagerie secrétariat",
        "Bonjour,\nLe quota de la boîte du secrétariat est trop juste pour les dossiers d'inscription ; pouvez-vous le porter à 10 Go ?", NewRequest, None, None),
    case("request", "cameras for distance classes", "From: paul.henry@ac-lille.example\nSubject: Cours hybrides",
        "Bonjour,\nNous souhaiterions équiper trois salles de caméras et de micros d'ambiance pour les cours en hybride. Urgence : basse.", NewRequest, Some(Bas), None),
    case("request", "a site to unblock for a class", "From: anne.leroux@ac-bordeaux.example\nSubject: Site bloqué",
        "Bonjour,\nLes élèves de 3e doivent utiliser un site de cartographie que le filtre classe en « jeux ». Merci de l'ajouter à la liste blanche.", NewRequest, None, None),
    case("request", "a screen mounted on the wall", "From: marc.petit@ac-lyon.example\nSubject: Écran hall",
        "Bonjour,\nNous voudrions faire fixer l'écran d'affichage dans le hall d'entrée et le relier au réseau.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "fine for a week", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-002701] Lenteurs",
        "Bonjour,\nRAS depuis une semaine, les pages s'ouvrent normalement. On peut clôturer.", ClosureConfirmation, None, None),
    case("intent", "a reference only in the headers", "From: j.martin@ac-aix.example\nSubject: Re: Portail élèves\nIn-Reply-To: <ack-2026-002702@cesame.example>\nReferences: <ack-2026-002702@cesame.example>",
        "Précision : le lecteur du portail du parking est aussi bloqué.", FollowUp, None, None),
    case("intent", "a second reminder", "From: paul.henry@ac-lille.example\nSubject: 2e relance - impression salle des professeurs",
        "Bonjour,\nSans nouvelles depuis notre signalement de lundi.", Reminder, None, None),
    case("intent", "list in English", "From: tice@region.example\nSubject: Open tickets",
        "Hi, could you send me the list of open tickets for collège Montaigne and lycée Faidherbe?", ListRequest, None, None),
    case("intent", "half fixed", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002703] Valise de tablettes",
        "Le technicien a changé le chargeur : la rangée du haut charge, celle du bas toujours pas.", FollowUp, None, None),
    case("intent", "what remains for us", "From: claire.dubois@ac-lyon.example\nSubject: Bilan",
        "Bonjour,\nQuels sont les dossiers encore en cours pour le lycée Ampère ?", ListRequest, None, None),
    case("intent", "thanks, done", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-002704] Signalement",
        "Serveur de nouveau accessible, merci pour la réactivité. Vous pouvez fermer le ticket.", ClosureConfirmation, None, None),
    // --- machines and partners --------------------------------------------------------------------
    case("auto", "an old Exchange out-of-office", "From: paul.henry@ac-lille.example\nSubject: Absent du bureau : [CESAME #2026-002705] Accusé de réception\nX-MS-Exchange-Organization-AutoReplyType: OOF",
        "Je suis absent jusqu'au 2 janvier.", AutoReply, None, None),
    case("auto", "RT's auto-reply", "From: \"Rectorat support via RT\" <support@rt.ac-lyon.example>\nSubject: [rt.ac-lyon.example #88213] AutoReply: Panne wifi CDI\nX-RT-Loop-Prevention: rt.ac-lyon.example\nX-RT-Ticket: rt.ac-lyon.example #88213\nPrecedence: bulk\nAuto-Submitted: auto-replied",
        "Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t\"Panne wifi CDI\",\na summary of which appears below.\n\nThere is no need to reply to this message right now. Your ticket has been assigned an ID of [rt.ac-lyon.example #88213].", AutoReply, None, None),
    case("bounce", "a relay's failure notice", "From: MAILER-DAEMON@mail.maintelec.example\nSubject: failure notice",
        "Hi. This is the qmail-send program at mail.maintelec.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<ancien.tech@maintelec.example>:\nSorry, no mailbox here by that name.", Bounce, None, None),
    case("platform", "a Remedy assignment in French", "From: remedy@ac-paris.example\nSubject: INC000000461230 - Affectation",
        "L'incident INC000000461230 a été affecté à votre groupe.\n\nRésumé : Réseau indisponible salle 12\nStatut : Affecté\nGroupe affecté : N2 Réseau\nRéférence externe : 2026-002706", PlatformUpdate, None, None),
    case("contractor", "a contractor's report", "From: sav@informatique-ouest.example\nSubject: Compte rendu OT-2026-002707",
        "Bonjour,\nIntervention réalisée ce matin au collège Montaigne : disque dur du serveur remplacé, restauration en cours. Prochain passage jeudi pour vérification.", ContractorUpdate, None, None),
    case("bulk", "the union's list", "From: syndicat-info@listes.example\nSubject: [info-personnels] Réunion d'information\nList-Id: Informations aux personnels <info-personnels.listes.example>",
        "Une réunion d'information se tiendra jeudi à 17 h en salle polyvalente.", Bulk, None, None),
    // --- strangers and outsiders ----------------------------------------------------------------
    case("unauthorised", "a teacher", "From: thomas.garnier@ac-lille.example\nSubject: Vidéoprojecteur salle 21",
        "Bonjour,\nJe suis professeur au lycée Faidherbe : le vidéoprojecteur de la salle 21 s'éteint tout seul. Merci d'avance.", Unauthorised, None, None),
    case("unauthorised", "a contact about another school", "From: j.martin@ac-aix.example\nSubject: Panne au lycée voisin",
        "Bonjour,\nJe signale pour mes collègues du lycée Voltaire (0751043B) que leur serveur est en panne depuis hier. Urgent.", Unauthorised, Some(TresHaut), Some("0751043B")),
    case("spam", "an unpaid invoice", "From: comptabilite@factures-pro.example\nSubject: Facture impayée n° 2026-8841",
        "Madame, Monsieur,\nSauf erreur de notre part, la facture ci-jointe reste impayée. Merci de procéder au règlement sous 48 heures afin d'éviter des pénalités de retard.", Spam, None, None),
    case("spam", "a fake Microsoft 365 notice", "From: Microsoft 365 <alerts@m365-secure-login.example>\nSubject: Vos messages sont en attente",
        "7 messages entrants n'ont pas été distribués à votre boîte. Libérez vos messages maintenant en vous connectant : https://m365-secure-login.example/release", Spam, None, None),
    case("spam", "a fake parcel in English", "From: DHL Express <track@dhl-parcel-info.example>\nSubject: Your shipment is on hold",
        "Your parcel could not be delivered due to unpaid customs fees of 2.99 EUR. Pay now to reschedule delivery.", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "an emoji and a level", "From: claire.dubois@ac-lyon.example\nSubject: 🔴 Téléphonie HS",
        "Bonjour,\nPlus de tonalité sur aucun poste fixe du lycée Ampère (UAI 0691234 S). Niveau d'urgence : très élevé.", NewIncident, Some(TresHaut), Some("0691234S")),
    case("urgency", "not urgent in English", "From: tice@region.example\nSubject: Faidherbe keyboard",
        "Hi, one keyboard in room 3 at lycée Faidherbe (0595012C) has a sticky space bar. Low priority.", NewIncident, Some(Bas), Some("0595012C")),
];
