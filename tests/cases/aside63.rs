//! The sixty-third aside part: written after the fifty-seventh round, before any change, in about
//! the mix and in voices not used before (a greeting in Occitan or Breton, the desk's
//! notice forwarded to a colleague with the desk in copy, image placeholders of a phone's
//! signature, "à clôturer" as a note, a correspondant for two schools naming both codes, a
//! report that says what was already tried), in new content (the theatre's lighting desk, the
//! hairdressing salon's booking tablet, the cafeteria's payment terminal, the car park's badge
//! barrier, the visitors' welcome kiosk, a lab's pH-meter interface).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_63: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a greeting in Occitan", "From: j.martin@ac-aix.example\nSubject: Console lumière du théâtre",
        "Adishatz,\nLa console d'éclairage du théâtre ne pilote plus les projecteurs : les faders bougent à l'écran mais rien ne s'allume sur scène.\nMercés", NewIncident, None, None),
    case("request", "what was already tried", "From: anne.leroux@ac-bordeaux.example\nSubject: Tablette du salon de coiffure",
        "Bonjour,\nLa tablette de réservation du salon de coiffure pédagogique n'affiche plus les rendez-vous. Nous avons déjà essayé de la redémarrer, de la recharger toute une nuit et de nous déconnecter du compte : rien n'y fait.", NewIncident, None, None),
    case("request", "image placeholders", "From: sandrine.morel@ac-paris.example\nSubject: Terminal de paiement cafétéria",
        "Bonjour,\nLe terminal de paiement de la cafétéria refuse les cartes depuis ce matin (« erreur de connexion serveur »).\n\n[cid:image001.png@01DB4C2A.5F3E1D20]\nSandrine Morel\n[cid:image002.png@01DB4C2A.5F3E1D20]", NewIncident, None, None),
    case("request", "two schools, one named", "From: tice@region.example\nSubject: Barrière du parking",
        "Bonjour,\nJe m'occupe du collège Montaigne (0330789D) et du lycée Faidherbe (0595012C). Pour le lycée Faidherbe : la barrière du parking ne reconnaît plus les badges des personnels depuis lundi.", NewIncident, None, Some("0595012C")),
    case("request", "a Breton greeting", "From: claire.dubois@ac-lyon.example\nSubject: Interface pH-mètre",
        "Demat,\nL'interface qui relie les pH-mètres aux postes du labo de chimie n'est plus détectée depuis la mise à jour de Windows.\nKenavo", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a welcome kiosk", "From: marc.petit@ac-lyon.example\nSubject: Borne d'accueil des visiteurs",
        "Bonjour,\nL'accueil voudrait une borne tactile où les visiteurs s'enregistrent eux-mêmes et impriment leur badge, comme au rectorat.", NewRequest, None, None),
    case("request", "the salon online", "From: anne.leroux@ac-bordeaux.example\nSubject: Réservations en ligne du salon",
        "Bonjour,\nLe salon de coiffure pédagogique accueille du public ; les clients aimeraient réserver en ligne plutôt que par téléphone. Un module de réservation sur le site du collège est-il envisageable ?", NewRequest, None, None),
    case("request", "a second terminal", "From: sandrine.morel@ac-paris.example\nSubject: Cafétéria : second terminal",
        "Bonjour,\nÀ la récréation de 10 h, la file de la cafétéria déborde dans le couloir. L'intendance sollicite un second terminal de paiement.", NewRequest, None, None),
    case("request", "badges for the contractors", "From: paul.henry@ac-lille.example\nSubject: Badges parking pour les entreprises",
        "Bonjour,\nLes entreprises qui travaillent sur le chantier du bâtiment D doivent sonner à chaque passage. Pourriez-vous leur paramétrer des badges temporaires pour la barrière, valables jusqu'en juin ?", NewRequest, None, None),
    case("request", "English, a lighting course", "From: j.martin@ac-aix.example\nSubject: Lighting software for the drama option",
        "Hello,\nThe drama option would like lighting design software on the four PCs of the theatre's control room, so pupils can prepare their shows.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the notice forwarded to a colleague", "From: j.martin@ac-aix.example\nSubject: TR: [CESAME #2026-006301] Intervention terminée : Console lumière du théâtre",
        "Pierre, peux-tu vérifier ce soir à la répétition que tout remarche et me le dire ? Je confirmerai ensuite au service.\n\n-------- Message transféré --------\nObjet : [CESAME #2026-006301] Intervention terminée : Console lumière du théâtre\nMerci de nous confirmer que le problème est résolu.", FollowUp, None, None),
    case("intent", "à clôturer", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006303] Terminal de paiement cafétéria",
        "Réparé ce midi par le prestataire. Ticket à clôturer.", ClosureConfirmation, None, None),
    case("intent", "the tablet works, what was wrong", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006302] Tablette du salon de coiffure",
        "Bonjour,\nC'était le certificat du serveur de réservation qui avait expiré ; depuis son renouvellement, la tablette affiche bien tous les rendez-vous. Merci !", ClosureConfirmation, None, None),
    case("intent", "the barrier: some badges", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006304] Barrière du parking",
        "Bonjour,\nLes badges des enseignants passent de nouveau ; ceux des agents restent refusés.", FollowUp, None, None),
    case("intent", "a chase with the show's date", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006301] Console lumière du théâtre",
        "Bonjour,\nLa première du spectacle est samedi et la console est toujours muette. Pouvez-vous nous dire où en est l'intervention ?", Reminder, None, None),
    case("intent", "the pH-meters: a photo", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006305] Interface pH-mètre",
        "Bonjour,\nCi-joint une capture du gestionnaire de périphériques, où l'interface apparaît avec un point d'exclamation.", FollowUp, None, None),
    case("intent", "all our open tickets, both schools", "From: tice@region.example\nSubject: Tickets ouverts",
        "Bonjour,\nPouvez-vous m'envoyer les tickets ouverts du collège Montaigne et du lycée Faidherbe ?", ListRequest, None, None),
    case("intent", "the terminal: thanks, short", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006303] Intervention terminée : Terminal de paiement cafétéria",
        "Les paiements passent, merci beaucoup !", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor needs the server's address", "From: support@caisse-restauration.example\nSubject: RE: [CESAME #2026-006303] Ordre de travail - Lycée Voltaire - terminal cafétéria",
        "Bonjour,\nPour reconfigurer le terminal, il nous faut l'adresse IP du serveur de caisse et un accès à distance mardi matin.", ContractorUpdate, None, None),
    case("unauthorised", "the drama teacher writes", "From: p.roussel@ac-aix.example\nSubject: Console lumière",
        "Bonjour,\nProfesseur de théâtre au collège Mistral, je vous signale que la console lumière ne fonctionne plus, la première est samedi !", Unauthorised, None, None),
    case("spam", "a fake security alert in English", "From: Microsoft Security <no-reply@account-security-alerts.example>\nSubject: Unusual sign-in activity\nContent-Type: text/html; charset=utf-8",
        "<p>We detected something unusual about a recent sign-in to your account.</p><p><a href=\"https://account-security-alerts.example/review\">Review recent activity</a></p>", Spam, None, None),
    case("auto-reply", "an auto-reply with a phone number", "From: anne.leroux@ac-bordeaux.example\nSubject: Réponse automatique : [CESAME #2026-006302] Tablette du salon de coiffure\nAuto-Submitted: auto-replied",
        "Je suis absente cette semaine. En cas de besoin : 05 56 00 00 00.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in brackets at the end", "From: j.martin@ac-aix.example\nSubject: Console lumière HS [urgence : très haute]",
        "Bonjour,\nPlus aucun projecteur ne répond, spectacle samedi.", NewIncident, Some(TresHaut), None),
    case("urgency", "medium, in English words", "From: claire.dubois@ac-lyon.example\nSubject: pH-meter interface",
        "Hi, one pH-meter interface is not detected. Priority: medium.", NewIncident, Some(Moyen), None),
    case("uai", "a code in an image placeholder line", "From: tice@region.example\nSubject: Terminal cafétéria",
        "Bonjour,\nLe terminal de la cafétéria ne s'allume plus.\n[cid:logo.png] Lycée Faidherbe — 0595012C", NewIncident, None, Some("0595012C")),
    case("uai", "a code in a greeting", "From: tice@region.example\nSubject: Tablette",
        "Bonjour, ici la cellule TICE pour le 0330789D.\nLa tablette du CDI ne se connecte plus au wifi.", NewIncident, None, Some("0330789D")),
];
