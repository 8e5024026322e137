//! The hundred-and-sixth aside part: written after the ninety-eighth round, before any change,
//! on the costliest class in the school's other places (the boarding house, the gate's
//! intercom, the science labs' sensors, the SEGPA workshop, the switchboard, video
//! surveillance, the gym, a mock exam's internet), each need beside a fault on the same thing;
//! with intents in new words (a closure with a plan for later, news of a missing part, the
//! state of all requests), urgency as "2/3", "Caractère urgent : oui", "Urgence : normale", a
//! code written "RNE : 0330.789.D", phishing in English and a contractor's suspension.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_106: &[Case] = &[
    // --- needs and faults on the same things --------------------------------------------------
    case("request", "the boarding house never had wifi", "From: anne.leroux@ac-bordeaux.example\nSubject: Internat - 2e étage",
        "Bonjour,\nLe deuxième étage de l'internat n'a jamais été couvert par le wifi : les internes ne peuvent pas réviser sur l'ENT le soir. Une ou deux bornes suffiraient.", NewRequest, None, None),
    case("request", "an intercom for the gate", "From: paul.henry@ac-lille.example\nSubject: Portail du parking",
        "Bonjour,\nLe portail du parking n'est relié à aucun interphone : l'accueil doit se déplacer à chaque livraison. Pourrait-on en faire poser un, relié au standard ?", NewRequest, None, None),
    case("request", "the intercom is mute", "From: paul.henry@ac-lille.example\nSubject: Interphone du portail",
        "Bonjour,\nL'interphone du portail sonne bien à l'accueil, mais on n'entend pas le visiteur quand on décroche.", NewIncident, None, None),
    case("request", "more sensors for the labs", "From: sandrine.morel@ac-paris.example\nSubject: Capteurs ExAO",
        "Bonjour,\nLes professeurs de SVT voudraient six capteurs ExAO supplémentaires, compatibles avec les tablettes, pour faire travailler les élèves en binômes.", NewRequest, None, None),
    case("request", "the sensors are not recognised", "From: sandrine.morel@ac-paris.example\nSubject: Capteurs ExAO - tablettes",
        "Bonjour,\nLes capteurs ExAO ne sont plus reconnus par les tablettes depuis la mise à jour d'iPadOS de la semaine dernière.", NewIncident, None, None),
    case("request", "a station for the laser cutter", "From: j.martin@ac-aix.example\nSubject: Atelier SEGPA",
        "Bonjour,\nL'atelier de la SEGPA a reçu une découpeuse laser. Il faudrait un poste dédié, avec le logiciel de pilotage, et une prise réseau à côté de la machine.", NewRequest, None, None),
    case("request", "the cutter is no longer seen", "From: j.martin@ac-aix.example\nSubject: Découpeuse laser SEGPA",
        "Bonjour,\nNous aurions besoin que quelqu'un vienne voir la découpeuse laser : le poste qui la pilote ne la détecte plus.", NewIncident, None, None),
    case("request", "the switchboard is too small", "From: claire.dubois@ac-lyon.example\nSubject: Standard téléphonique",
        "Bonjour,\nLe standard sature chaque matin entre 8 h et 9 h : nous n'avons que deux lignes pour 1 200 élèves et les familles n'arrivent pas à nous joindre. Une troisième ligne et un message d'attente seraient les bienvenus.", NewRequest, None, None),
    case("request", "the switchboard does not ring", "From: claire.dubois@ac-lyon.example\nSubject: Standard muet",
        "Bonjour,\nLe standard ne sonne plus : tous les appels tombent directement sur la messagerie, depuis ce matin 10 h.", NewIncident, None, None),
    case("request", "cameras voted for, HTML only", "From: marc.petit@ac-lyon.example\nSubject: Vidéoprotection\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>Le conseil d'administration a voté l'extension de la vidéoprotection au parking à vélos : deux caméras sont à prévoir, raccordées à l'enregistreur existant.</div><div>Marc Petit</div>", NewRequest, None, None),
    case("request", "the camera is black at night", "From: marc.petit@ac-lyon.example\nSubject: Caméra parking vélos",
        "Bonjour,\nLa caméra du parking à vélos n'enregistre plus rien la nuit : l'image est noire après 20 h.", NewIncident, None, None),
    case("request", "a sound system for the gym, in English", "From: anne.leroux@ac-bordeaux.example\nSubject: Gym sound system",
        "Hello,\nCould the gym get a sound system for the PE classes? Right now the teachers bring their own speakers.\nThanks,\nAnne", NewRequest, None, None),
    case("request", "a repair wished for", "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteur du gymnase",
        "Bonjour,\nNous souhaiterions que le vidéoprojecteur du gymnase soit réparé avant la compétition de samedi : il ne s'allume plus.", NewIncident, None, None),
    case("request", "internet cut for a mock exam", "From: paul.henry@ac-lille.example\nSubject: Bac blanc - salle 21",
        "Bonjour,\nPour le bac blanc, serait-il possible de bloquer l'accès à internet dans la salle 21 mercredi de 8 h à 12 h ?", NewRequest, None, None),
    case("request", "internet blocked unasked", "From: paul.henry@ac-lille.example\nSubject: Salle 21 sans internet",
        "Bonjour,\nDepuis ce matin, internet est bloqué dans la salle 21 alors que nous n'avons rien demandé. Les cours de SNT ne peuvent pas se faire.", NewIncident, None, None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "a closure with a plan for later", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010603] Interphone du portail",
        "Bonjour,\nC'est réparé, on entend de nouveau les visiteurs. Merci.\nPar ailleurs, nous aurons besoin d'un second interphone l'an prochain ; je ferai une demande à part.", ClosureConfirmation, None, None),
    case("intent", "news of a missing part", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010607] Découpeuse laser SEGPA",
        "Bonjour,\nPour information, le technicien est passé ce matin mais il lui manquait une pièce ; il revient jeudi.", FollowUp, None, None),
    case("intent", "the state of all requests", "From: sandrine.morel@ac-paris.example\nSubject: Point sur nos demandes",
        "Bonjour,\nOù en est-on de l'ensemble de nos demandes ? Un tableau récapitulatif m'aiderait pour le conseil d'administration.", ListRequest, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "two out of three", "From: claire.dubois@ac-lyon.example\nSubject: Poste du secrétariat",
        "Bonjour,\nLe poste du secrétariat redémarre tout seul plusieurs fois par jour.\nNiveau de priorité : 2/3", NewIncident, Some(Moyen), None),
    case("urgency", "urgent: yes", "From: j.martin@ac-aix.example\nSubject: Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers est inaccessible pour toute l'administration.\nCaractère urgent : oui", NewIncident, Some(TresHaut), None),
    case("urgency", "a normal urgency", "From: sandrine.morel@ac-paris.example\nSubject: Clavier salle 3",
        "Bonjour,\nPlusieurs touches du clavier du poste enseignant de la salle 3 ne répondent plus.\nUrgence : normale", NewIncident, Some(Moyen), None),
    // --- codes ----------------------------------------------------------------------------------
    case("uai", "an RNE with dots", "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante vie scolaire",
        "Bonjour,\nL'imprimante de la vie scolaire affiche « bourrage » sans papier coincé.\nRNE : 0330.789.D", NewIncident, None, Some("0330789D")),
    // --- spam and the contractor ----------------------------------------------------------------
    case("spam", "a mailbox quota in English, HTML only", "From: IT Helpdesk <support@mailbox-quota.example>\nSubject: Your mailbox is almost full\nContent-Type: text/html; charset=utf-8",
        "<p>Dear user,</p><p>Your mailbox has reached 98% of its quota. Incoming messages will be rejected within 24 hours.</p><p><a href=\"https://mailbox-quota.example/upgrade\">Increase your storage now</a></p>", Spam, None, None),
    case("contractor", "the contractor suspends for a part", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-010607] Ordre de travail - Collège Mistral - Découpeuse laser",
        "Bonjour,\nSuite à notre passage, la carte d'interface commandée sera livrée sous 10 jours ; l'intervention est suspendue dans l'attente de la pièce.\nCordialement,\nLe service planification", ContractorUpdate, None, None),
];
