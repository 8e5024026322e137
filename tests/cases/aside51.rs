//! The fifty-first aside part: written at the start of the eighth sitting, before any change, in
//! about the mix and in voices not used before (a mail in capitals, a subject with an
//! empty body, a teacher's complaint forwarded below a line of the correspondant's, an earlier
//! ticket named as a precedent in a new report, a legal footer that says "urgent" and
//! "confidentiel", a school agreeing to a technician's visit), in new content (virtual-reality
//! headsets, a laser cutter, the gate's video intercom, educational robots, a CAD licence server,
//! a backup NAS, a room for remote juries, the exam hall's clocks).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_51: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "headsets that lose tracking", "From: claire.dubois@ac-lyon.example\nSubject: Casques de réalité virtuelle",
        "Bonjour,\nEn SVT, les six casques de réalité virtuelle perdent le suivi des mains au bout de deux minutes et l'image se fige. Ils fonctionnaient très bien jusqu'aux vacances.", NewIncident, None, None),
    case("request", "capitals, the gate", "From: j.martin@ac-aix.example\nSubject: VISIOPHONE PORTAIL",
        "BONJOUR, LE VISIOPHONE DU PORTAIL NE SONNE PLUS A LA LOGE, LES LIVREURS ATTENDENT DEHORS. MERCI DE FAIRE VITE.", NewIncident, None, None),
    case("request", "a subject and no body", "From: paul.henry@ac-lille.example\nSubject: Serveur de licences CAO HS - plus aucun poste ne lance le logiciel",
        "", NewIncident, None, None),
    case("request", "a teacher's complaint forwarded", "From: sandrine.morel@ac-paris.example\nSubject: TR: robots en techno",
        "Bonjour, voir ci-dessous, merci de faire le nécessaire.\n\n-------- Message transféré --------\nDe : M. Garnier\nÀ : Sandrine Morel\nObjet : robots en techno\n\nSandrine, les robots éducatifs ne se connectent plus aux tablettes en Bluetooth depuis la mise à jour de lundi, je n'ai pu faire aucune séance cette semaine.", NewIncident, None, None),
    case("request", "a precedent named", "From: marc.petit@ac-lyon.example\nSubject: Horloges de la salle d'examen",
        "Bonjour,\nComme pour la demande 2026-004180 de l'an dernier, les horloges de la salle d'examen ont perdu l'heure (elles affichent 00:00 et clignotent). Les épreuves commencent le 14.", NewIncident, None, None),
    case("request", "a legal footer", "From: anne.leroux@ac-bordeaux.example\nSubject: Sauvegardes du NAS",
        "Bonjour,\nDepuis le 27 novembre, le NAS n'a fait aucune sauvegarde : le journal indique « disque cible introuvable ».\n\nAnne Leroux\nCollège Montaigne\n\n--\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. En cas d'erreur de destination, merci de le signaler de toute urgence à l'expéditeur et de le détruire.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a laser cutter's extraction", "From: paul.henry@ac-lille.example\nSubject: Découpe laser",
        "Bonjour,\nLa découpe laser livrée au FabLab n'a pas encore de poste pour la piloter : il nous faudrait un PC avec le logiciel constructeur, placé à côté de la machine.", NewRequest, None, None),
    case("request", "a room for remote juries", "From: j.martin@ac-aix.example\nSubject: Salle pour les jurys à distance",
        "Bonjour,\nÀ partir de février, les oraux de BTS se feront en partie à distance. Nous aimerions équiper la petite salle B12 d'une caméra, d'un micro de table et d'un grand écran.", NewRequest, None, None),
    case("request", "more headsets, budget asked", "From: claire.dubois@ac-lyon.example\nSubject: Casques RV : passage à une classe entière",
        "Bonjour,\nLes collègues de SVT souhaiteraient passer de six à quinze casques pour travailler en classe entière. La région peut-elle prendre en charge l'extension ?", NewRequest, None, None),
    case("request", "backups kept longer", "From: sandrine.morel@ac-paris.example\nSubject: Durée de conservation des sauvegardes",
        "Bonjour,\nLe NAS ne garde que sept jours de sauvegardes. Le chef d'établissement demande qu'elles soient conservées un mois, à cause des dossiers d'examen.", NewRequest, None, None),
    case("request", "English, robots for the other site", "From: marc.petit@ac-lyon.example\nSubject: Robots for the annex",
        "Hello,\nOur annex building would like its own set of educational robots and a tablet cart, as the main site's set cannot be moved between buildings every day.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "agreeing to a visit", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005101] VISIOPHONE PORTAIL",
        "Bonjour,\nC'est bon pour nous, le technicien peut passer jeudi à partir de 8 h, la loge sera ouverte.", FollowUp, None, None),
    case("intent", "works after the visit, in capitals", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005101] Intervention terminée : VISIOPHONE PORTAIL",
        "LE VISIOPHONE SONNE DE NOUVEAU A LA LOGE. MERCI, VOUS POUVEZ CLOTURER.", ClosureConfirmation, None, None),
    case("intent", "the clocks: the date is near", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005105] Horloges de la salle d'examen",
        "Bonjour,\nLes épreuves commencent dans quatre jours et les horloges clignotent toujours. Pouvez-vous relancer le prestataire ?", Reminder, None, None),
    case("intent", "robots: a detail", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005104] robots en techno",
        "Bonjour,\nM. Garnier précise que les tablettes sont en version 17.2 et que le problème touche aussi la tablette de démonstration.", FollowUp, None, None),
    case("intent", "licences back, one room left", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005103] Serveur de licences CAO HS",
        "Bonjour,\nLe logiciel se lance de nouveau dans la salle 204 ; en salle 206 il réclame toujours une licence.", FollowUp, None, None),
    case("intent", "headsets fine, thanks", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005100] Intervention terminée : Casques de réalité virtuelle",
        "Bonjour,\nSéance de deux heures ce matin sans aucun décrochage. Merci pour la mise à jour, c'était bien ça.\n\n> Merci de nous confirmer que le problème est résolu en répondant à ce message (par exemple « c'est résolu, vous pouvez clôturer »), ou de nous signaler s'il persiste (« toujours en panne »).", ClosureConfirmation, None, None),
    case("intent", "where do our requests stand", "From: anne.leroux@ac-bordeaux.example\nSubject: Où en sont nos demandes ?",
        "Bonjour,\nJe prends le relais de M. Henry au collège Montaigne : pouvez-vous me dire ce qui est encore ouvert chez vous pour nous ?", ListRequest, None, None),
    case("intent", "a week, nobody came", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005106] Sauvegardes du NAS",
        "Bonjour,\nToujours aucune sauvegarde depuis le 27 et personne n'est venu. Sans nouvelles de votre part d'ici vendredi, je préviendrai le rectorat.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor asks for access", "From: technique@securite-acces.example\nSubject: RE: [CESAME #2026-005101] Ordre de travail - Collège Mistral - visiophone",
        "Bonjour,\nNotre technicien passera jeudi matin. Merci de prévenir la loge : il aura besoin d'accéder au tableau électrique du portail.", ContractorUpdate, None, None),
    case("unauthorised", "the lab assistant writes", "From: lab.svt@ac-lyon.example\nSubject: Casques VR en panne",
        "Bonjour,\nJe suis l'agent de laboratoire de SVT du lycée Ampère, les casques de réalité virtuelle ne fonctionnent plus. Pouvez-vous intervenir ?", Unauthorised, None, None),
    case("spam", "a fake mailbox quota", "From: Service Messagerie <admin@webmail-quota.example>\nSubject: Votre boîte aux lettres est pleine\nContent-Type: text/html; charset=utf-8",
        "<p>Votre boîte aux lettres a atteint 99 % de son quota. Les nouveaux messages seront rejetés sous 24 heures.</p><p><a href=\"https://webmail-quota.example/augmenter\">Augmenter mon espace gratuitement</a></p>", Spam, None, None),
    case("auto-reply", "a vacation notice in French", "From: paul.henry@ac-lille.example\nSubject: Réponse automatique : [CESAME #2026-005103] Serveur de licences CAO HS\nAuto-Submitted: auto-replied",
        "Je suis absent jusqu'au 4 janvier. Pour toute urgence, contactez le secrétariat.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a priority written in words", "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur du préau",
        "Bonjour,\nLe vidéoprojecteur du préau ne s'allume plus.\nPriorité : moyenne (réunion de parents dans dix jours).", NewIncident, Some(Moyen), None),
    case("urgency", "a blocking exam", "From: marc.petit@ac-lyon.example\nSubject: BLOQUANT - épreuve de CAO demain",
        "Bonjour,\nLe serveur de licences ne répond plus et l'épreuve pratique de CAO a lieu demain à 8 h.", NewIncident, Some(TresHaut), None),
    case("urgency", "nothing pressing, in English", "From: claire.dubois@ac-lyon.example\nSubject: Label printer",
        "Hi, the label printer in the office prints a blank line before each label. Low priority.", NewIncident, Some(Bas), None),
    case("uai", "a code split by spaces", "From: tice@region.example\nSubject: Visiophone",
        "Bonjour,\nPour le lycée Faidherbe (0595 012 C), le visiophone du portail ne fonctionne plus.", NewIncident, None, Some("0595012C")),
    case("uai", "a code in a signature", "From: tice@region.example\nSubject: NAS de l'établissement",
        "Bonjour,\nLe NAS du collège n'est plus visible sur le réseau depuis la coupure de courant de ce matin.\n\nCellule TICE — Collège Montaigne — RNE 0330789D", NewIncident, None, Some("0330789D")),
];
