//! The hundred-and-thirty-sixth aside part: written after the hundred-and-twenty-fourth round,
//! before any change, in the mix as a desk's Monday morning brings it: new faults and
//! needs from each school, replies that chase, close, add or ask for the list, an urgency in
//! the subject, a code in a signature, an auto-reply, a bounce, an outsider, a phishing.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_136: &[Case] = &[
    case(
        "request",
        "the weekend's storm",
        "From: anne.leroux@ac-bordeaux.example\nSubject: URGENT - plus de téléphone ni d'internet",
        "Bonjour,\nSuite à l'orage de samedi, le collège n'a plus ni téléphone ni internet ce \
         lundi matin. La box du local technique ne s'allume plus.\nUAI 0330789D",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "request",
        "a need for the new teacher",
        "From: paul.henry@ac-lille.example\nSubject: Nouveau professeur d'arts plastiques",
        "Bonjour,\nUn professeur d'arts plastiques nous rejoint lundi prochain. Serait-il possible \
         de lui préparer un ordinateur portable avec une tablette graphique ?\n\nPaul Henry\n\
         Lycée Faidherbe - 0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "the printer's tray",
        "From: marc.petit@ac-lyon.example\nSubject: Imprimante salle des profs",
        "Bonjour,\nLe bac 2 de l'imprimante de la salle des professeurs n'entraîne plus le \
         papier.\nUrgence : basse\n0691234S",
        NewIncident,
        Some(Bas),
        Some("0691234S"),
    ),
    case(
        "request",
        "a room for the exams",
        "From: j.martin@ac-aix.example\nSubject: Salle pour le brevet blanc numérique",
        "Bonjour,\nPour le brevet blanc numérique de janvier, nous aurions besoin d'une salle \
         équipée de vingt-huit postes ; notre plus grande salle n'en compte que dix-huit.\n\
         Collège Mistral (0130456A)",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the heating's screen",
        "From: sandrine.morel@ac-paris.example\nSubject: Écran de supervision du chauffage",
        "Bonjour,\nL'écran de supervision du chauffage, dans la loge, reste noir depuis ce \
         week-end ; l'agent ne peut plus régler les températures.\nPriorité : moyenne\n\
         RNE 0751043B",
        NewIncident,
        Some(Moyen),
        Some("0751043B"),
    ),
    case(
        "intent",
        "a chase after the weekend",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-013601] Serveur pédagogique",
        "Bonjour,\nLe serveur pédagogique est toujours arrêté ce lundi. Pouvez-vous me dire \
         quand le technicien pourra intervenir ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure on Monday",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-013602] Borne wifi gymnase",
        "Bonjour,\nLa borne du gymnase a tenu tout le week-end du tournoi sans une coupure. Vous \
         pouvez clôturer, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "news from the caretaker",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-013603] Alarme intrusion",
        "Bonjour,\nLe gardien signale que l'alarme s'est encore déclenchée deux fois cette nuit, \
         vers 2 h et 4 h.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the list for a new deputy head",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Tickets en cours du collège",
        "Bonjour,\nNotre nouvelle principale adjointe souhaiterait avoir la liste des demandes \
         encore en cours pour le collège. Merci !",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "a part fixed",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-013604] Salle multimédia",
        "Merci pour l'intervention de vendredi. Les postes fonctionnent, mais le vidéoprojecteur \
         n'affiche toujours rien.",
        FollowUp,
        None,
        None,
    ),
    case(
        "spam",
        "an auto-reply from a holiday",
        "From: marc.petit@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-013605] Visualiseur\nAuto-Submitted: auto-replied",
        "Bonjour,\nJe suis absent jusqu'au 14 décembre. Pour toute urgence, contactez Mme \
         Dubois.",
        AutoReply,
        None,
        None,
    ),
    case(
        "spam",
        "a bounce",
        "From: MAILER-DAEMON@ac-paris.example\nSubject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b136\"",
        "--b136\nContent-Type: text/plain\n\nThis is the mail system at host smtp.ac-paris.example.\n\n\
         I'm sorry to have to inform you that your message could not\nbe delivered to one or \
         more recipients.\n\n<s.morel@ac-paris.example>: host mx.ac-paris.example said: 550 \
         5.1.1 User unknown\n--b136\nContent-Type: message/delivery-status\n\n\
         Reporting-MTA: dns; smtp.ac-paris.example\n\nFinal-Recipient: rfc822; \
         s.morel@ac-paris.example\nAction: failed\nStatus: 5.1.1\n--b136--",
        Bounce,
        None,
        None,
    ),
    case(
        "unauthorised",
        "a CPE writes",
        "From: cpe.mistral@ac-aix.example\nSubject: Logiciel de vie scolaire",
        "Bonjour,\nJe suis CPE au collège Mistral : le logiciel de vie scolaire refuse mon mot \
         de passe depuis ce matin. Pouvez-vous le réinitialiser ?",
        Unauthorised,
        None,
        None,
    ),
    case(
        "spam",
        "a false survey",
        "From: Enquête Éducation <enquete@education-satisfaction.example>\nSubject: Donnez votre avis et gagnez une tablette",
        "Bonjour,\nParticipez à notre enquête sur le numérique éducatif et tentez de gagner une \
         tablette ! Cliquez ici : https://education-satisfaction.example/enquete",
        Spam,
        None,
        None,
    ),
];
