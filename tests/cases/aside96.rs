//! The ninety-sixth aside part: written after the eighty-eighth round, before any change, aimed
//! at the costliest class alone, in yet other words: a function the software lacks ("ne sait
//! pas gérer"), "impossible d'accueillir" a whole class, cabling that "ne supporte pas" the
//! gigabit, staff without an address, a gate opened by key only, one post linked to the
//! printer, a hearing loop, a copier that "ne fait pas" scanning to USB; and faults told as
//! needs ("nous aimerions retrouver l'usage", "serait-il possible de rétablir", "merci de mettre à
//! jour le certificat", "pourrait-on avoir un nouvel écran" with a black stain, a loan printer
//! "le temps de réparer"), with replies, a quota lure and a newsletter.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_96: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a function the software lacks", "From: j.martin@ac-aix.example\nSubject: Logiciel du CDI",
        "Bonjour,\nLe logiciel de gestion du CDI ne sait pas gérer les prêts de liseuses : la documentaliste les note sur un cahier. Un module de prêt de matériel existe-t-il ?", NewRequest, None, None),
    case("request", "a whole class cannot fit", "From: sandrine.morel@ac-paris.example\nSubject: Salle 108",
        "Bonjour,\nImpossible d'accueillir une classe entière en salle 108 : il n'y a que quinze postes pour des classes de trente-cinq.", NewRequest, None, None),
    case("request", "cabling too old for gigabit", "From: paul.henry@ac-lille.example\nSubject: Câblage salle 12",
        "Bonjour,\nLe câblage de la salle 12 date des années 90 et ne supporte pas le gigabit ; les postes neufs y tournent au dixième de leur débit.", NewRequest, None, None),
    case("request", "staff without an address", "From: claire.dubois@ac-lyon.example\nSubject: Adresses des agents",
        "Bonjour,\nNos agents d'entretien n'ont pas d'adresse de messagerie professionnelle et ne reçoivent donc aucune des informations envoyées au personnel.", NewRequest, None, None),
    case("request", "a gate opened by key only", "From: anne.leroux@ac-bordeaux.example\nSubject: Portail d'entrée",
        "Bonjour,\nLe portail d'entrée ne s'ouvre qu'avec une clé, que seuls deux agents possèdent. La direction voudrait un contrôle d'accès par badge.", NewRequest, None, None),
    case("request", "one post linked to the printer", "From: marc.petit@ac-lyon.example\nSubject: Impression en salle des professeurs",
        "Bonjour,\nEn salle des professeurs, un seul poste est relié à l'imprimante et les collègues font la queue aux intercours. Les autres postes pourraient-ils y être reliés aussi ?", NewRequest, None, None),
    case("request", "a hearing loop", "From: j.martin@ac-aix.example\nSubject: Élèves malentendants",
        "Bonjour,\nLes deux élèves malentendants de 5e B ne profitent pas des vidéos projetées en classe : il faudrait une boucle magnétique en salle 5.", NewRequest, None, None),
    case("request", "a copier that does not scan to USB", "From: paul.henry@ac-lille.example\nSubject: Numérisation",
        "Bonjour,\nNotre photocopieur ne fait pas de numérisation vers les clés USB, ce qui oblige les collègues à tout s'envoyer par mail. Cette fonction peut-elle être ajoutée ?", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "the use of a board back", "From: sandrine.morel@ac-paris.example\nSubject: Tableau salle 20",
        "Bonjour,\nNous aimerions retrouver l'usage du tableau numérique de la salle 20, qui reste bloqué sur l'écran de démarrage.", NewIncident, None, None),
    case("request", "internet to restore", "From: claire.dubois@ac-lyon.example\nSubject: Internet au CDI",
        "Bonjour,\nSerait-il possible de rétablir l'accès à internet au CDI ? Plus aucune page ne s'ouvre depuis ce midi.", NewIncident, None, None),
    case("request", "a certificate to renew", "From: anne.leroux@ac-bordeaux.example\nSubject: Site du collège",
        "Bonjour,\nMerci de bien vouloir mettre à jour le certificat du site du collège : les navigateurs affichent une alerte de sécurité depuis ce matin.", NewIncident, None, None),
    case("request", "a new screen for a stain", "From: marc.petit@ac-lyon.example\nSubject: Poste 4 salle 110",
        "Bonjour,\nPourrait-on avoir un nouvel écran pour le poste 4 de la salle 110 ? Une grande tache noire s'est formée au milieu.", NewIncident, None, None),
    case("request", "a loan printer while repairing", "From: j.martin@ac-aix.example\nSubject: Imprimante secrétariat",
        "Bonjour,\nUne imprimante de prêt serait la bienvenue le temps de réparer celle du secrétariat, qui fait un bourrage à chaque page.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "starts, then switches off", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009609] Tableau salle 20",
        "Bonjour,\nLe tableau démarre désormais, mais il s'éteint au bout de dix minutes.", FollowUp, None, None),
    case("intent", "coming back to you", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009610] Internet au CDI",
        "Bonjour,\nJe reviens vers vous : toujours pas d'internet au CDI, et les élèves ne peuvent pas faire leurs recherches.", Reminder, None, None),
    case("intent", "list the files", "From: paul.henry@ac-lille.example\nSubject: Dossiers",
        "Bonjour,\nPouvez-vous me lister les dossiers en cours du lycée ? Merci.", ListRequest, None, None),
    case("intent", "all good since this morning", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009611] Site du collège",
        "C'est tout bon pour nous depuis le passage de ce matin, plus d'alerte.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a quota lure", "From: Webmail <quota@webmail-service.example>\nSubject: Votre boîte mail est pleine à 99 %",
        "Votre boîte de messagerie a atteint 99 % de sa capacité. Les nouveaux messages seront rejetés. Cliquez ici pour augmenter gratuitement votre espace : https://webmail-service.example/quota", Spam, None, None),
    case("spam", "a newsletter", "From: La lettre du numérique <lettre@numerique-educatif.example>\nSubject: La lettre du numérique éducatif n° 42\nList-Unsubscribe: <mailto:unsubscribe@numerique-educatif.example>",
        "Dans ce numéro : les nouveautés de l'ENT, un dossier sur la cybersécurité dans les établissements, et l'agenda des formations.", Bulk, None, None),
];
