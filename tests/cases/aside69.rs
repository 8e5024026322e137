//! The sixty-ninth aside part: written after the sixty-third round and the reading of events
//! near at hand, before any change, in about the mix and in voices not used before (one
//! long sentence without a stop, an impersonal "il est constaté", the vocational director's
//! jargon, a mail after a phone call, "est-ce normal que … ?", a legal disclaimer longer than
//! the mail, the principal's astonishment, a precision), in new content (the timetable
//! software, orienteering beacons, the canteen's noise meter, a text-to-speech tool for dyslexic
//! pupils, the school bus screen, the fitness room's screens, CCTV, the homework notebook).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_69: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "one long sentence", "From: marc.petit@ac-lyon.example\nSubject: emploi du temps",
        "bonjour depuis la mise à jour d'hier le logiciel d'emploi du temps ne publie plus les modifications vers l'ENT et les élèves arrivent dans des salles vides merci de regarder rapidement", NewIncident, None, None),
    case("request", "impersonal, the noise meter", "From: j.martin@ac-aix.example\nSubject: Sonomètre du self",
        "Bonjour,\nIl est constaté depuis la rentrée des vacances que le sonomètre lumineux du self reste bloqué au rouge, quel que soit le bruit.", NewIncident, None, None),
    case("request", "after a phone call", "From: sandrine.morel@ac-paris.example\nSubject: Suite à notre appel",
        "Bonjour,\nSuite à notre conversation téléphonique de ce matin, je vous confirme par écrit : l'écran des départs de cars dans le hall affiche les horaires de l'an dernier.", NewIncident, None, None),
    case("request", "is it normal?", "From: paul.henry@ac-lille.example\nSubject: Caméras",
        "Bonjour,\nEst-ce normal que les enregistrements des caméras du parking s'arrêtent chaque nuit à 2 h ? Nous n'avons rien la nuit dernière.", NewIncident, None, None),
    case("request", "a pupil in a teacher's account", "From: anne.leroux@ac-bordeaux.example\nSubject: Compte enseignant",
        "Bonjour,\nUn élève a réussi à se connecter au cahier de textes avec le compte d'un professeur, sans connaître son mot de passe.", NewIncident, None, None),
    case("request", "a disclaimer longer than the mail", "From: claire.dubois@ac-lyon.example\nSubject: Écrans salle de musculation",
        "Bonjour,\nLes écrans de la salle de musculation restent sur « aucun signal ».\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation ou diffusion non autorisée est interdite.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "the vocational director's jargon", "From: paul.henry@ac-lille.example\nSubject: Plateau technique MELEC",
        "Bonjour,\nDans le cadre de la rénovation du plateau technique MELEC, le DDFPT prévoit quatre îlots de formation connectés, chacun avec un poste et un accès à la supervision.", NewRequest, None, None),
    case("request", "orienteering beacons", "From: marc.petit@ac-lyon.example\nSubject: Balises de course d'orientation",
        "Bonjour,\nLes professeurs d'EPS relèvent les temps de course d'orientation à la main. Des balises électroniques et le logiciel qui va avec leur feraient gagner un temps fou.", NewRequest, None, None),
    case("request", "how to let pupils hear their texts", "From: j.martin@ac-aix.example\nSubject: Élèves dyslexiques",
        "Bonjour,\nComment faire pour que nos élèves dyslexiques puissent faire lire leurs textes à voix haute par les postes du CDI ?", NewRequest, None, None),
    case("request", "cameras for the bike shed", "From: sandrine.morel@ac-paris.example\nSubject: Abri à vélos",
        "Bonjour,\nTrois vélos ont été volés dans l'abri cette année. Le conseil d'administration a voté l'extension de la vidéoprotection à l'abri à vélos.", NewRequest, None, None),
    case("request", "the bus screen in the other hall", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran des cars",
        "Bonjour,\nL'écran des départs de cars est dans le hall A ; les élèves de l'externat passent par le hall B et ne le voient jamais. Un second écran au hall B leur éviterait de rater leur car.", NewRequest, None, None),
    case("request", "English, the homework notebook on phones", "From: paul.henry@ac-lille.example\nSubject: Homework app",
        "Hello,\nParents keep asking for a phone app for the homework notebook. Is that on the region's roadmap?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the pupils handed in their work", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006901] emploi du temps",
        "Les modifications remontent bien dans l'ENT depuis ce matin, plus personne ne s'est trompé de salle. Merci.", ClosureConfirmation, None, None),
    case("intent", "the principal is astonished", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006902] Sonomètre du self",
        "Bonjour,\nLe principal s'étonne de l'absence de suite donnée à notre signalement du 12 novembre.", Reminder, None, None),
    case("intent", "a precision", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006905] Compte enseignant",
        "Précision : cela ne se produit qu'avec les comptes créés avant septembre.", FollowUp, None, None),
    case("intent", "all our requests, politely", "From: sandrine.morel@ac-paris.example\nSubject: Demandes en cours",
        "Bonjour,\nJe souhaiterais connaître l'ensemble des demandes que le lycée a en cours chez vous.", ListRequest, None, None),
    case("intent", "recordings kept all night", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006904] Caméras",
        "Bonjour,\nTrois nuits complètes enregistrées depuis le remplacement du disque. Nous sommes rassurés, merci.", ClosureConfirmation, None, None),
    case("intent", "the screens still say no signal", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006906] Écrans salle de musculation",
        "Bonjour,\nLe câble a été changé hier mais deux écrans sur quatre restent sans signal.", FollowUp, None, None),
    case("intent", "a chase with the event", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006903] Écran des départs",
        "Bonjour,\nLes horaires d'hiver entrent en vigueur lundi et l'écran affiche toujours ceux de l'an dernier. Une date d'intervention est-elle fixée ?", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the bus company", "From: exploitation@cars-du-nord.example\nSubject: Écran des départs",
        "Bonjour,\nNous sommes la société de transport : l'écran de votre lycée affiche nos anciens horaires, pouvez-vous le mettre à jour ?", Unauthorised, None, None),
    case("spam", "a fake parcel of the ministry", "From: Ministère - Service Dotations <dotations@education-gouv.example>\nSubject: Dossier de dotation incomplet",
        "Madame, Monsieur,\nVotre dossier de dotation numérique est incomplet. Complétez-le sous 48 h en vous identifiant ici : https://education-gouv.example/dotation, faute de quoi la dotation sera annulée.", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a security breach, critical", "From: anne.leroux@ac-bordeaux.example\nSubject: Compte enseignant - critique",
        "Bonjour,\nUn élève se connecte avec le compte d'un professeur. C'est critique : il a accès aux notes.", NewIncident, Some(TresHaut), None),
    case("urgency", "priority two of three", "From: j.martin@ac-aix.example\nSubject: Sonomètre",
        "Bonjour,\nLe sonomètre du self reste au rouge.\nPriorité : 2/3", NewIncident, Some(Moyen), None),
    case("uai", "a code in the subject, dashes", "From: tice@region.example\nSubject: [0330-789-D] Écrans",
        "Bonjour,\nLes écrans de la salle de musculation ne s'allument plus.", NewIncident, None, Some("0330789D")),
    case("uai", "a code in the disclaimer only", "From: tice@region.example\nSubject: Caméras",
        "Bonjour,\nLes caméras du parking n'enregistrent plus la nuit.\n\nLycée Faidherbe (0595012C) — ce message est confidentiel.", NewIncident, None, Some("0595012C")),
];
