//! The eighty-sixth aside part: written after the seventy-ninth round, before any change, aimed
//! at the costliest class (needs that sound like faults: a projector too weak for its
//! room, a whitelist, a line that saturates, sessions that close too soon, a captive portal;
//! faults asked as needs: "il nous faudrait de l'aide", "pouvez-vous nous renvoyer un
//! technicien", "nous souhaiterions que la borne soit changée"), with spam that threatens a
//! blocked account, urgency as "Importance", and intents in new words ("tout est rentré dans
//! l'ordre", "contrairement à ce qu'indique votre message", "me rappeler les numéros").

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_86: &[Case] = &[
    // --- needs that sound like faults ----------------------------------------------------------
    case("request", "a projector too weak for its room", "From: paul.henry@ac-lille.example\nSubject: Vidéoprojecteur salle 9",
        "Bonjour,\nLe vidéoprojecteur de la salle 9 est trop faible pour une salle de cette taille : dès que le soleil donne, on ne voit plus rien au fond. Un modèle plus lumineux serait-il envisageable ?", NewRequest, None, None),
    case("request", "a site not on the whitelist", "From: anne.leroux@ac-bordeaux.example\nSubject: Accès Pix au CDI",
        "Bonjour,\nLes élèves de troisième n'ont pas accès à la plateforme Pix depuis les postes du CDI : le site ne figure pas dans la liste blanche du filtrage. Pourriez-vous l'y ajouter ?", NewRequest, None, None),
    case("request", "a line that saturates", "From: sandrine.morel@ac-paris.example\nSubject: Débit internet",
        "Bonjour,\nLa connexion du lycée sature dès que deux classes font une visioconférence en même temps ; avec le nouveau projet d'échange avec l'Allemagne, ce sera le cas chaque semaine. Peut-on envisager une augmentation du débit ?\nImportance : faible", NewRequest, Some(Bas), None),
    case("request", "a switchboard with too few lines", "From: j.martin@ac-aix.example\nSubject: Standard téléphonique",
        "Bonjour,\nLe standard ne permet que quatre appels simultanés, c'est insuffisant les jours de rentrée et d'inscriptions. Serait-il possible de passer à huit ?", NewRequest, None, None),
    case("request", "the office moves upstairs", "From: marc.petit@ac-lyon.example\nSubject: Déménagement du secrétariat",
        "Bonjour,\nLe secrétariat de direction déménage au premier étage le 4 janvier. Il faudra déplacer les trois postes, l'imprimante et les deux lignes téléphoniques.\nLycée Ampère – code établissement : 0691234-S", NewRequest, None, Some("0691234S")),
    case("request", "sessions that close too soon", "From: claire.dubois@ac-lyon.example\nSubject: Fermeture des sessions",
        "Bonjour,\nLes sessions des élèves se ferment au bout de dix minutes d'inactivité, ce qui est trop court pour les épreuves de deux heures où ils lisent longuement les sujets. Peut-on porter le délai à trente minutes ?", NewRequest, None, None),
    case("request", "attendance by half-day", "From: paul.henry@ac-lille.example\nSubject: Absences par demi-journée",
        "Bonjour,\nLe logiciel de vie scolaire ne gère pas encore les absences par demi-journée, ce qu'exige le nouveau règlement intérieur voté en novembre. Une évolution est-elle prévue ?", NewRequest, None, None),
    case("request", "a captive portal that forgets", "From: anne.leroux@ac-bordeaux.example\nSubject: Portail Wi-Fi",
        "Bonjour,\nLe portail du Wi-Fi demande aux élèves de se reconnecter à chaque changement de salle. Pourrait-on garder la connexion active toute la journée ?", NewRequest, None, None),
    // --- faults asked as needs -----------------------------------------------------------------
    case("request", "help needed, temporary profiles", "From: j.martin@ac-aix.example\nSubject: Aide salle 2",
        "Bonjour,\nIl nous faudrait de l'aide : depuis ce matin, impossible d'ouvrir une session sur les postes de la salle 2, ils affichent « Vous êtes connecté avec un profil temporaire ».\nUrgence : absolue, contrôle commun à 14 h.", NewIncident, Some(TresHaut), None),
    case("request", "send a technician again", "From: sandrine.morel@ac-paris.example\nSubject: Écran interactif salle 7",
        "Bonjour,\nPouvez-vous nous envoyer un technicien ? L'écran interactif de la salle 7 ne réagit plus au toucher, ni au stylet.\nUAI n°0751043B", NewIncident, None, Some("0751043B")),
    case("request", "the access point should be changed", "From: claire.dubois@ac-lyon.example\nSubject: Borne Wi-Fi CDI",
        "Bonjour,\nNous souhaiterions que la borne Wi-Fi du CDI soit redémarrée ou changée : elle clignote en rouge et plus personne ne parvient à s'y connecter.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "three PCs of five", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008609] Aide salle 2",
        "Bonjour,\nTrois postes sur cinq ouvrent de nouveau une session normale, les deux autres restent sur le profil temporaire.", FollowUp, None, None),
    case("intent", "everything back in order", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008610] Écran interactif salle 7",
        "Bonjour,\nAprès vérification avec les collègues, tout est rentré dans l'ordre. Merci à vous.", ClosureConfirmation, None, None),
    case("intent", "contrary to your message", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008611] Intervention terminée : Borne Wi-Fi CDI",
        "Bonjour,\nContrairement à ce qu'indique votre message, le problème n'est pas résolu : la borne clignote toujours en rouge.", FollowUp, None, None),
    case("intent", "where are we", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008601] Vidéoprojecteur salle 9",
        "Où en est-on ?", Reminder, None, None),
    case("intent", "the same in another room", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008608] Portail Wi-Fi",
        "Bonjour,\nJe précise que le problème se pose aussi au CDI et en salle 6 depuis ce matin.", FollowUp, None, None),
    case("intent", "the numbers of our open tickets", "From: marc.petit@ac-lyon.example\nSubject: Numéros de tickets",
        "Bonjour,\nPouvez-vous me rappeler les numéros de nos tickets encore ouverts ? Je n'arrive plus à les retrouver dans ma boîte.", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a supply teacher", "From: remplacant.maths@gmail.example\nSubject: Problème de connexion",
        "Bonjour,\nJe remplace un professeur de mathématiques au collège Mistral pour trois semaines et je n'arrive pas à me connecter aux postes de la salle 3. Pouvez-vous m'aider ?", Unauthorised, None, None),
    case("spam", "an unusual sign-in, account blocked", "From: Sécurité ENT <securite@ent-connexion.example>\nSubject: Alerte de sécurité : connexion inhabituelle",
        "Bonjour,\nUne connexion inhabituelle a été détectée sur votre compte ENT. Vérifiez votre identité sous 24 heures, sinon votre compte sera bloqué définitivement.\nVérifier maintenant : https://ent-connexion.example/verifier", Spam, None, None),
    case("spam", "missed messages, in English", "From: Teams Notification <no-reply@teams-messages.example>\nSubject: You have 3 missed messages\nContent-Type: text/html; charset=utf-8",
        "<p>You have <b>3 missed messages</b> from your colleagues.</p><p><a href=\"https://teams-messages.example/view\">View messages</a></p>", Spam, None, None),
    case("spam", "a widow's legacy", "From: Mme Éléonore Dupuis <e.dupuis@heritage-don.example>\nSubject: Don pour votre établissement",
        "Bonjour,\nJe suis une veuve atteinte d'une maladie grave et je souhaite léguer la somme de 850 000 € à un établissement scolaire. Merci de me répondre en toute confidentialité avec vos coordonnées complètes.", Spam, None, None),
];
