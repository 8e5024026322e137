//! The fifty-third aside part: written after the forty-seventh round, before any change, in
//! about the mix and in voices not used before (a new correspondant introducing
//! themselves, a long mail whose ask comes last, a fault told in the subject alone above a
//! pleasantry, an unanswered message sent again below a line, a reply that only sends what was
//! asked for, "vous pouvez archiver"), in new content (the courtyard's sound system, the lab's
//! data loggers, the region's lent laptops, the bike shelter's camera, the nursing office's
//! software, the gym's giant screen).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_53: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a new correspondant's first report", "From: anne.leroux@ac-bordeaux.example\nSubject: Présentation et premier signalement",
        "Bonjour,\nJe suis la nouvelle correspondante informatique du collège Montaigne depuis la rentrée des vacances de Toussaint. Premier souci à vous remonter : la sono de la cour émet un bourdonnement continu dès qu'on l'allume, même sans micro branché.\nAu plaisir de travailler avec vous,\nAnne Leroux", NewIncident, None, None),
    case("request", "a long mail, the ask last", "From: claire.dubois@ac-lyon.example\nSubject: ExAO en physique-chimie",
        "Bonjour,\nNous avons cette année quatre classes de seconde en physique-chimie, et les TP d'ExAO sont au cœur de la progression du deuxième trimestre. Les collègues ont préparé les séances pendant les vacances et tout était prêt.\nOr les interfaces d'acquisition ne sont plus reconnues par les postes depuis la mise à jour de jeudi : le logiciel indique « aucun capteur détecté ».\nMerci de regarder ce qui peut être fait.", NewIncident, None, None),
    case("request", "the subject says it all", "From: sandrine.morel@ac-paris.example\nSubject: Caméra de l'abri vélos hors service depuis le week-end",
        "Bonjour,\nJe vous souhaite une bonne semaine.\nCordialement,\nSandrine Morel", NewIncident, None, None),
    case("request", "a lent laptop's keyboard", "From: j.martin@ac-aix.example\nSubject: Portable prêté par la région - élève de 4e B",
        "Bonjour,\nLe portable prêté par la région à un élève de 4e B a plusieurs touches qui ne répondent plus (E, R, T). La famille nous l'a rapporté ce matin.", NewIncident, None, None),
    case("request", "the nursing office's software", "From: marc.petit@ac-lyon.example\nSubject: Logiciel de l'infirmerie",
        "Bonjour,\nL'infirmière ne peut plus ouvrir les dossiers des élèves dans son logiciel : message « base verrouillée par un autre utilisateur », alors qu'elle est seule à l'utiliser.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "data loggers for the new lab", "From: claire.dubois@ac-lyon.example\nSubject: Laboratoire de SVT rénové",
        "Bonjour,\nLe laboratoire de SVT rénové rouvre en mars. Les collègues souhaitent y retrouver des interfaces d'acquisition comme en physique, avec un poste par paillasse.", NewRequest, None, None),
    case("request", "the gym's giant screen", "From: paul.henry@ac-lille.example\nSubject: Écran géant du gymnase",
        "Bonjour,\nL'équipe d'EPS aimerait pouvoir diffuser les scores et les vidéos d'échauffement sur l'écran géant du gymnase depuis une tablette, sans passer par le PC de la régie. Est-ce faisable ?", NewRequest, None, None),
    case("request", "a camera for the second shelter", "From: sandrine.morel@ac-paris.example\nSubject: Abri vélos n° 2",
        "Bonjour,\nUn second abri à vélos a été construit derrière le gymnase. Le CA a validé qu'il soit filmé comme le premier ; merci de nous dire comment procéder.", NewRequest, None, None),
    case("request", "laptops for the newcomers", "From: j.martin@ac-aix.example\nSubject: Portables pour les élèves arrivés en cours d'année",
        "Bonjour,\nSept élèves sont arrivés au collège depuis septembre et n'ont pas reçu l'ordinateur portable de la région. Comment en obtenir pour eux ?", NewRequest, None, None),
    case("request", "English, a shared calendar", "From: marc.petit@ac-lyon.example\nSubject: Shared calendar for the nursing office",
        "Hello,\nThe school nurse and the social worker would like a shared calendar for their appointments, visible to the CPE. Is that something the region can set up?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "an unanswered message sent again", "From: j.martin@ac-aix.example\nSubject: TR: Portable prêté par la région - élève de 4e B",
        "Bonjour,\nJe vous renvoie mon message de la semaine dernière, resté sans réponse. L'élève n'a toujours pas d'ordinateur.\n\n-----Message d'origine-----\nDe : J. Martin\nEnvoyé : lundi 30 novembre 2026 09:02\nÀ : CESAME\nObjet : Portable prêté par la région - élève de 4e B\n\nBonjour,\nLe portable prêté par la région à un élève de 4e B a plusieurs touches qui ne répondent plus.", Reminder, None, None),
    case("intent", "only what was asked for", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005303] Caméra de l'abri vélos hors service depuis le week-end",
        "Bonjour,\nCi-joint la photo de l'étiquette de la caméra, comme demandé.", FollowUp, None, None),
    case("intent", "you may archive it", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005305] Logiciel de l'infirmerie",
        "Bonjour,\nL'éditeur a débloqué la base à distance, l'infirmière a retrouvé tous ses dossiers. Vous pouvez archiver la demande.", ClosureConfirmation, None, None),
    case("intent", "the hum is back", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005301] Présentation et premier signalement",
        "Bonjour,\nLe bourdonnement avait disparu après le passage du technicien mais il est revenu ce matin, aussi fort qu'avant.", FollowUp, None, None),
    case("intent", "loggers: half work", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005302] ExAO en physique-chimie",
        "Bonjour,\nLes interfaces sont reconnues sur les postes de la salle P1, pas encore sur ceux de la salle P2.", FollowUp, None, None),
    case("intent", "English, what is still open", "From: marc.petit@ac-lyon.example\nSubject: Open items",
        "Hello, could you tell me which of our requests are still open on your side? Thanks.", ListRequest, None, None),
    case("intent", "the clock is ticking, formal", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005307] Écran géant du gymnase",
        "Monsieur,\nSauf erreur de ma part, notre demande du 12 novembre n'a reçu aucune suite à ce jour. Je vous saurais gré de m'indiquer où elle en est.", Reminder, None, None),
    case("intent", "a contact to reach", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005304] Portable prêté par la région - élève de 4e B",
        "Bonjour,\nPour récupérer l'ordinateur, le technicien peut s'adresser à la loge, qui le garde sous clé.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's visit report", "From: interventions@sono-pro.example\nSubject: RE: [CESAME #2026-005301] Ordre de travail - Collège Montaigne - sono cour",
        "Bonjour,\nCompte rendu : masse de l'amplificateur reprise, bourdonnement supprimé. Intervention close de notre côté.", ContractorUpdate, None, None),
    case("unauthorised", "the nurse writes herself", "From: infirmerie.ampere@ac-lyon.example\nSubject: Logiciel bloqué",
        "Bonjour,\nJe suis l'infirmière du lycée Ampère, mon logiciel refuse d'ouvrir les dossiers des élèves. Pouvez-vous m'aider ?", Unauthorised, None, None),
    case("spam", "a fake ENT update", "From: ENT Support <support@ent-mise-a-jour.example>\nSubject: Action requise : vérifiez votre compte ENT\nContent-Type: text/html; charset=utf-8",
        "<p>Cher utilisateur,</p><p>Suite à une mise à jour de sécurité, votre compte ENT sera suspendu sous 24 h si vous ne confirmez pas vos identifiants.</p><p><a href=\"https://ent-mise-a-jour.example/login\">Confirmer mon compte</a></p>", Spam, None, None),
    case("auto-reply", "a mailbox no longer read", "From: paul.henry@ac-lille.example\nSubject: Réponse automatique : [CESAME #2026-005307] Écran géant du gymnase\nAuto-Submitted: auto-replied",
        "Cette adresse n'est plus consultée. Merci d'écrire désormais à la cellule TICE.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in parentheses", "From: claire.dubois@ac-lyon.example\nSubject: Vidéoprojecteur salle 14 (urgence moyenne)",
        "Bonjour,\nLe vidéoprojecteur de la salle 14 affiche une image jaunâtre.", NewIncident, Some(Moyen), None),
    case("urgency", "can wait until January", "From: j.martin@ac-aix.example\nSubject: Souris sans fil salle 2",
        "Bonjour,\nDeux souris sans fil de la salle 2 décrochent régulièrement. Rien d'urgent, cela peut attendre janvier.", NewIncident, Some(Bas), None),
    case("urgency", "top priority in English", "From: sandrine.morel@ac-paris.example\nSubject: Top priority: exam room network",
        "Hello, the exam room has no network and the mock exams start tomorrow morning.", NewIncident, Some(TresHaut), None),
    case("uai", "a code after 'établissement'", "From: tice@region.example\nSubject: Caméra abri vélos",
        "Bonjour,\nÉtablissement : 0595012C\nLa caméra de l'abri à vélos n'enregistre plus rien depuis samedi.", NewIncident, None, Some("0595012C")),
    case("uai", "a code in lower case", "From: tice@region.example\nSubject: Sono de la cour",
        "Bonjour,\nCollège Montaigne (uai 0330789d) : la sono de la cour grésille fortement.", NewIncident, None, Some("0330789D")),
];
