//! The seventy-fifth aside part: written after the sixty-ninth round, before any change, in about
//! the issue's mix and in voices not used before (spoken French that drops the "ne" — "elle
//! marche plus", "on a plus de réseau" —, a form with ticked boxes for the type, an error code
//! alone, a comparison with home, "et sinon, pour … ?", a technician's note passed on), in new
//! content (the workshop's welding simulator, the pupils' fibre at home, the staff room printer
//! that prints twice, the school's mobile app, the CDI's reading lamps' timer, the sports
//! field's floodlight controller, the headteacher's secretary's phone).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_75: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "spoken French without ne", "From: marc.petit@ac-lyon.example\nSubject: imprimante salle des profs",
        "Bonjour, l'imprimante de la salle des profs elle marche plus depuis ce matin, elle clignote orange et c'est tout.", NewIncident, None, None),
    case("request", "on a plus de réseau", "From: paul.henry@ac-lille.example\nSubject: atelier",
        "Salut, à l'atelier on a plus de réseau du tout depuis la coupure d'hier soir, même le simulateur de soudure se lance pas.", NewIncident, None, None),
    case("request", "an error code alone", "From: j.martin@ac-aix.example\nSubject: Salle 3",
        "Bonjour,\n0x80070005 à l'ouverture de session sur tous les postes de la salle 3.", NewIncident, None, None),
    case("request", "English, everything twice", "From: anne.leroux@ac-bordeaux.example\nSubject: Staff room printer",
        "Hi,\nThe staff room printer prints everything twice since Monday, which is eating our paper budget.", NewIncident, None, None),
    case("request", "ticked boxes: incident", "From: sandrine.morel@ac-paris.example\nSubject: Fiche de signalement",
        "Type : [X] Incident [ ] Demande d'évolution\nÉquipement : projecteurs du terrain de sport\nDescription : le boîtier de commande n'allume plus qu'une rangée sur trois.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "ticked boxes: a request", "From: sandrine.morel@ac-paris.example\nSubject: Fiche de signalement",
        "Type : [ ] Incident [X] Demande d'évolution\nÉquipement : application mobile du lycée\nDescription : ajouter les menus de la cantine à l'application.", NewRequest, None, None),
    case("request", "a comparison with home", "From: claire.dubois@ac-lyon.example\nSubject: Débit",
        "Bonjour,\nLes élèves ont la fibre chez eux et 20 Mb/s au lycée pour 1 200 personnes. Les vidéos des cours de langues ne passent qu'à une classe à la fois.", NewRequest, None, None),
    case("request", "on aimerait bien", "From: marc.petit@ac-lyon.example\nSubject: lampes du CDI",
        "Bonjour, au CDI on aimerait bien que les lampes de lecture s'éteignent toutes seules le soir, la doc passe son temps à les éteindre une par une.", NewRequest, None, None),
    case("request", "the secretary's phone", "From: j.martin@ac-aix.example\nSubject: Téléphone du secrétariat de direction",
        "Bonjour,\nLa secrétaire de direction reçoit les appels des familles sur le même poste que l'accueil. Une ligne à elle éviterait que les appels du principal se perdent.", NewRequest, None, None),
    case("request", "English, a simulator for the second workshop", "From: paul.henry@ac-lille.example\nSubject: Welding simulator",
        "Hello,\nThe welding simulator is shared by two workshops at opposite ends of the site. A second unit for the metalwork workshop is what the teachers are asking for.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "et sinon, pour … ?", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007501] imprimante salle des profs",
        "Et sinon, pour l'imprimante de la salle des profs ? On imprime toujours au CDI.", Reminder, None, None),
    case("intent", "a technician's note passed on", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007502] atelier",
        "Le technicien a laissé un mot à la loge : il revient jeudi avec un nouveau commutateur.", FollowUp, None, None),
    case("intent", "spoken, it works", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007501] imprimante salle des profs",
        "C'est bon elle imprime, le gars a changé un truc dedans. Merci !", ClosureConfirmation, None, None),
    case("intent", "I think we can close", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007504] Staff room printer",
        "Plus de souci depuis, je pense qu'on peut clore.", ClosureConfirmation, None, None),
    case("intent", "a small recap", "From: claire.dubois@ac-lyon.example\nSubject: Récap",
        "Bonjour, vous pourriez me faire un petit récap de nos tickets ? Merci", ListRequest, None, None),
    case("intent", "the code again, elsewhere", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007503] Salle 3",
        "Même code d'erreur ce matin en salle 5, en plus de la salle 3.", FollowUp, None, None),
    case("intent", "spoken chase", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007502] atelier",
        "Bon ben jeudi personne est venu. On fait comment ?", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake webmail quota", "From: Administrateur Messagerie <admin@quota-webmail.example>\nSubject: Votre boîte aux lettres est pleine",
        "Votre boîte a atteint 99 % de son quota. Cliquez ici pour augmenter gratuitement votre espace : https://quota-webmail.example/augmenter", Spam, None, None),
    case("unauthorised", "a pupil about the app", "From: eleve.martin@ac-paris.example\nSubject: appli du lycée",
        "bonjour l'appli du lycée elle plante quand j'ouvre l'emploi du temps", Unauthorised, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "urgent, spoken", "From: paul.henry@ac-lille.example\nSubject: atelier plus de réseau",
        "Salut, plus de réseau à l'atelier, c'est super urgent on a les examens demain.", NewIncident, Some(TresHaut), None),
    case("urgency", "ticked box for the level", "From: sandrine.morel@ac-paris.example\nSubject: Fiche de signalement",
        "Type : [X] Incident\nUrgence : [ ] bas [X] moyen [ ] très haut\nDescription : l'application mobile n'affiche plus l'emploi du temps.", NewIncident, Some(Moyen), None),
    case("uai", "a code in lower case", "From: tice@region.example\nSubject: Projecteurs",
        "Bonjour,\nuai 0595012c : le boîtier des projecteurs du stade ne répond plus.", NewIncident, None, Some("0595012C")),
];
