//! The fifty-fifth aside part: written after the forty-ninth round, before any change, in about
//! the mix and in voices not used before (a secretary writing for the correspondant, the
//! ticket named only in the text of a reply, bold and bullets typed by hand, a status asked as
//! a yes-or-no question, a correspondant writing on behalf of a teacher with a disability
//! assistant), in new content (the lockdown alarm, a telepresence robot for a sick pupil,
//! tablets of a special-needs unit, an electronic key cabinet, the council room's
//! videoconference, MP3 players for languages).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_55: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the lockdown alarm, written by a secretary", "From: sandrine.morel@ac-paris.example\nSubject: Alarme PPMS",
        "Bonjour,\nJe vous écris pour Mme Morel, absente aujourd'hui. Lors de l'exercice PPMS de ce matin, l'alarme de confinement n'a pas retenti dans le bâtiment C.\nLe secrétariat de direction", NewIncident, None, None),
    case("request", "a telepresence robot", "From: claire.dubois@ac-lyon.example\nSubject: Robot de téléprésence",
        "Bonjour,\nLe robot de téléprésence qui permet à un élève hospitalisé de suivre les cours perd la connexion toutes les dix minutes ; l'élève décroche à chaque fois.", NewIncident, None, None),
    case("request", "bold and bullets by hand", "From: paul.henry@ac-lille.example\nSubject: Armoire à clés",
        "Bonjour,\n**Équipement** : armoire à clés électronique de la loge\n**Constat** :\n• l'écran reste noir\n• les portes ne se déverrouillent plus\n• les agents ne peuvent plus prendre les clés des salles\nMerci.", NewIncident, None, None),
    case("request", "the council room's camera", "From: j.martin@ac-aix.example\nSubject: Visio salle du conseil",
        "Bonjour,\nLors du conseil pédagogique d'hier, la caméra de la salle du conseil s'est éteinte trois fois en une heure ; les collègues à distance ne voyaient plus rien.", NewIncident, None, None),
    case("request", "MP3 players not charging", "From: anne.leroux@ac-bordeaux.example\nSubject: Baladeurs MP3",
        "Bonjour,\nLa mallette de baladeurs MP3 d'anglais ne charge plus : voyant rouge fixe sur la base, aucun baladeur ne s'allume.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "tablets for the special-needs unit", "From: marc.petit@ac-lyon.example\nSubject: Tablettes pour le dispositif ULIS",
        "Bonjour,\nL'enseignante coordinatrice du dispositif ULIS voudrait six tablettes avec des applications de synthèse vocale pour ses élèves, qui n'ont aujourd'hui que les postes de la salle commune.", NewRequest, None, None),
    case("request", "the alarm in the new building", "From: sandrine.morel@ac-paris.example\nSubject: PPMS - nouveau bâtiment D",
        "Bonjour,\nLe bâtiment D, livré en janvier, n'est pas relié à l'alarme PPMS du lycée. Il faudrait l'y raccorder avant le prochain exercice.", NewRequest, None, None),
    case("request", "a second robot", "From: claire.dubois@ac-lyon.example\nSubject: Second robot de téléprésence",
        "Bonjour,\nUn deuxième élève va être hospitalisé longuement à partir de février. Est-il possible de disposer d'un second robot de téléprésence ?", NewRequest, None, None),
    case("request", "council room: a bigger screen", "From: j.martin@ac-aix.example\nSubject: Écran de la salle du conseil",
        "Bonjour,\nL'écran de la salle du conseil est trop petit pour les réunions à distance : au fond de la salle, on ne distingue pas les visages. Nous souhaiterions un écran plus grand, ou un second écran.", NewRequest, None, None),
    case("request", "key cabinet: badges for substitutes", "From: paul.henry@ac-lille.example\nSubject: Armoire à clés - remplaçants",
        "Bonjour,\nLes professeurs remplaçants n'ont pas accès à l'armoire à clés : pourriez-vous leur créer des droits temporaires, pour la durée de leur remplacement ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the ticket named in the text only", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: Baladeurs MP3",
        "Bonjour,\nConcernant le ticket 2026-005505 : la base a été changée hier, tous les baladeurs se rechargent. Merci, c'est réglé.", ClosureConfirmation, None, None),
    case("intent", "is the ticket still open", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005504] Visio salle du conseil",
        "Bonjour,\nLe ticket est-il toujours ouvert ? Nous n'avons eu aucune nouvelle depuis le 20 novembre.", Reminder, None, None),
    case("intent", "robot: the hospital's network", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005502] Robot de téléprésence",
        "Bonjour,\nJ'ai eu l'hôpital : leur wifi coupe les connexions sortantes au-delà de dix minutes. Je vous transmets le contact de leur service informatique : M. Roche, 04 72 00 00 00.", FollowUp, None, None),
    case("intent", "alarm: tested, it sounds", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005501] Intervention terminée : Alarme PPMS",
        "Bonjour,\nNouvel essai ce midi avec le technicien : l'alarme retentit bien dans tout le bâtiment C. Parfait.", ClosureConfirmation, None, None),
    case("intent", "key cabinet: doors only", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005503] Armoire à clés",
        "Bonjour,\nL'écran de l'armoire s'allume à nouveau, mais les portes restent verrouillées.", FollowUp, None, None),
    case("intent", "a list before the holidays", "From: claire.dubois@ac-lyon.example\nSubject: Avant les vacances",
        "Bonjour,\nAvant les vacances, j'aimerais faire le tri : pourriez-vous me lister tout ce qui est encore ouvert pour le lycée Ampère ?", ListRequest, None, None),
    case("intent", "the camera again, worse", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005504] Visio salle du conseil",
        "Bonjour,\nAprès la mise à jour, c'est pire : la caméra ne s'allume plus du tout.", FollowUp, None, None),
    case("intent", "a chase with a date", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005506] Tablettes pour le dispositif ULIS",
        "Bonjour,\nNous sommes le 6 décembre et notre demande du 2 octobre n'a toujours pas été examinée. Merci de me tenir informé.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor asks a question", "From: support@alarmes-securite.example\nSubject: RE: [CESAME #2026-005501] Ordre de travail - Lycée Voltaire - alarme PPMS",
        "Bonjour,\nPour préparer l'intervention : la centrale est-elle un modèle filaire ou radio ? Merci de nous envoyer une photo de l'étiquette.", ContractorUpdate, None, None),
    case("unauthorised", "the hospital's IT writes", "From: informatique@chu-lyon.example\nSubject: Robot de téléprésence du lycée Ampère",
        "Bonjour,\nNous avons constaté que le robot de téléprésence du lycée Ampère se déconnecte de notre réseau. Pouvez-vous nous indiquer sa configuration ?", Unauthorised, None, None),
    case("spam", "a fake voicemail", "From: Messagerie vocale <voicemail@telephonie-pro.example>\nSubject: Nouveau message vocal (0:47) de +33 1 ** ** ** 12\nContent-Type: text/html; charset=utf-8",
        "<p>Vous avez reçu un nouveau message vocal.</p><p>Durée : 0:47</p><p><a href=\"https://telephonie-pro.example/ecouter?id=8812\">Écouter le message</a></p>", Spam, None, None),
    case("auto-reply", "an out-of-office with a deputy", "From: j.martin@ac-aix.example\nSubject: Absent : [CESAME #2026-005504] Visio salle du conseil\nAuto-Submitted: auto-replied",
        "Bonjour, je suis absent jusqu'au 8 décembre. En cas d'urgence, contactez Mme Vidal, principale adjointe.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "safety first", "From: sandrine.morel@ac-paris.example\nSubject: URGENT sécurité : alarme PPMS muette",
        "Bonjour,\nL'alarme PPMS ne fonctionne plus dans le bâtiment C ; nous ne pouvons plus garantir la mise à l'abri des élèves.", NewIncident, Some(TresHaut), None),
    case("urgency", "middling, in a sentence", "From: anne.leroux@ac-bordeaux.example\nSubject: Baladeurs MP3 (suite)",
        "Bonjour,\nUne deuxième mallette de baladeurs ne charge plus. Urgence moyenne : les oraux d'anglais sont dans trois semaines.", NewIncident, Some(Moyen), None),
    case("uai", "a code in a bullet", "From: tice@region.example\nSubject: Armoire à clés",
        "Bonjour,\n• Établissement : Collège Montaigne\n• UAI : 0330789D\n• L'armoire à clés refuse tous les codes depuis ce matin.", NewIncident, None, Some("0330789D")),
    case("uai", "a wrong check letter", "From: tice@region.example\nSubject: Robot de téléprésence",
        "Bonjour,\nLycée Faidherbe (0595012D) : le robot de téléprésence ne démarre plus.", NewIncident, None, None),
];
