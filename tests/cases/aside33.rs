//! The thirty-third aside part: written after the twenty-ninth round, on the urgency in forms
//! and words not met before, on other filters' verdicts and the desk's own name borrowed by
//! phishing, and on school codes in odd places.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_33: &[Case] = &[
    // --- urgency ----------------------------------------------------------------------------------
    case("urgency", "severity high", "From: claire.dubois@ac-lyon.example\nSubject: Messagerie administrative",
        "Bonjour,\nPlus aucun message n'arrive dans les boîtes du secrétariat depuis 9 h.\nSévérité : haute", NewIncident, Some(TresHaut), None),
    case("urgency", "gravity minor", "From: j.martin@ac-aix.example\nSubject: Haut-parleur salle 2",
        "Bonjour,\nUn des deux haut-parleurs de la salle 2 ne fonctionne plus.\nGravité : mineure", NewIncident, Some(Bas), None),
    case("urgency", "whenever you have time", "From: anne.leroux@ac-bordeaux.example\nSubject: Étiquettes des postes",
        "Bonjour,\nLes étiquettes de nom des postes de la salle 3 sont effacées, à refaire quand vous aurez le temps.", NewIncident, Some(Bas), None),
    case("urgency", "nothing urgent", "From: paul.henry@ac-lille.example\nSubject: Câble HDMI",
        "Bonjour,\nLe câble HDMI de la salle 18 fait des faux contacts. Rien d'urgent.", NewIncident, Some(Bas), None),
    case("urgency", "a level one on three", "From: sandrine.morel@ac-paris.example\nSubject: Clavier salle 9",
        "Bonjour,\nUn clavier de la salle 9 a la touche Entrée qui colle.\nNiveau d'urgence : 1/3", NewIncident, Some(Bas), None),
    case("urgency", "critical in the subject", "From: marc.petit@ac-lyon.example\nSubject: CRITIQUE - serveur de sauvegarde",
        "Bonjour,\nLe serveur de sauvegarde signale deux disques en défaut sur trois.", NewIncident, Some(TresHaut), None),
    case("urgency", "ASAP in English", "From: tice@region.example\nSubject: Faidherbe switch down ASAP",
        "Hi, the main switch at lycée Faidherbe is down, the whole school is offline. Please send someone ASAP.", NewIncident, Some(TresHaut), None),
    case("urgency", "a level in a table", "From: j.martin@ac-aix.example\nSubject: Signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><th>Objet</th><td>Imprimante de l'accueil en erreur</td></tr><tr><th>Urgence</th><td>Moyenne</td></tr><tr><th>UAI</th><td>0130456A</td></tr></table>", NewIncident, Some(Moyen), Some("0130456A")),
    case("urgency", "a need stated as not pressing", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran supplémentaire",
        "Bonjour,\nLa secrétaire aimerait un second écran pour son poste. Ce n'est pas pressé.", NewRequest, Some(Bas), None),
    // --- school codes -------------------------------------------------------------------------------
    case("uai", "a code lower case in the subject", "From: claire.dubois@ac-lyon.example\nSubject: 0691234s borne wifi",
        "Bonjour,\nLa borne wifi du hall ne diffuse plus de réseau.", NewIncident, None, Some("0691234S")),
    case("uai", "a code after RNE", "From: sandrine.morel@ac-paris.example\nSubject: Scanner",
        "Bonjour,\nRNE 0751043B. Le scanner du CDI ne numérise plus en couleur.", NewIncident, None, Some("0751043B")),
    case("uai", "a wrong letter", "From: paul.henry@ac-lille.example\nSubject: Onduleur",
        "Bonjour,\nUAI : 0595012D\nL'onduleur de la baie sonne en continu.", NewIncident, None, None),
    case("uai", "a code in the signature only", "From: anne.leroux@ac-bordeaux.example\nSubject: Casques",
        "Bonjour,\nTrois casques de la salle de langues grésillent.\n\nAnne Leroux\nCollège Montaigne — 0330789D", NewIncident, None, Some("0330789D")),
    // --- outsiders --------------------------------------------------------------------------------
    case("spam", "rspamd said so", "From: promo@meilleurs-prix.example\nSubject: Dernière chance\nX-Spamd-Result: default: True [15.20 / 15.00]\nX-Spam: Yes",
        "Profitez de nos prix avant la fin de l'année.", Spam, None, None),
    case("spam", "a subject tag from a filter", "From: newsletter@offres-bureau.example\nSubject: [SPAM] Fournitures de bureau à prix cassés",
        "Stylos, papier, classeurs : tout à -50 % cette semaine.", Spam, None, None),
    case("spam", "the desk's name borrowed", "From: CESAME Support <cesame-support@helpdesk-ticket.example>\nSubject: [CESAME] Votre ticket sera supprimé\nContent-Type: text/html; charset=utf-8",
        "<p>Votre ticket en attente sera supprimé sous 24 heures faute de confirmation.</p><p><a href=\"https://helpdesk-ticket.example/login\">Confirmer maintenant</a></p>", Spam, None, None),
    case("spam", "a fake academy webmail", "From: Webmail Académie <webmail@ac-aix-portail.example>\nSubject: Votre boîte aux lettres est presque pleine",
        "Votre boîte a atteint 98 % de sa capacité. Pour continuer à recevoir vos messages, augmentez votre espace ici : https://ac-aix-portail.example/quota", Spam, None, None),
    case("spam", "a loan offer", "From: credit@pret-rapide.example\nSubject: Prêt entre particuliers",
        "Bonjour, je propose des prêts de 5 000 à 500 000 euros à un taux de 2 %. Contactez-moi par retour de mail.", Spam, None, None),
    case("unauthorised", "a parent with an urgency", "From: m.dupuis@orange.example\nSubject: URGENT pronote",
        "Bonjour,\nJe n'arrive plus à voir les notes de ma fille sur Pronote, collège Mistral. Merci de faire vite.", Unauthorised, Some(TresHaut), None),
    // --- needs and faults -------------------------------------------------------------------------
    case("request", "a display for the canteen menu", "From: j.martin@ac-aix.example\nSubject: Écran menu cantine",
        "Bonjour,\nLe chef de cuisine souhaiterait afficher le menu sur un écran à l'entrée du self.", NewRequest, None, None),
    case("request", "a second line for the nurse", "From: claire.dubois@ac-lyon.example\nSubject: Ligne infirmerie",
        "Bonjour,\nL'infirmerie partage sa ligne avec la vie scolaire ; une ligne directe lui éviterait de manquer des appels.", NewRequest, None, None),
    case("request", "smoke from a PC", "From: marc.petit@ac-lyon.example\nSubject: Fumée poste 7",
        "Bonjour,\nLe poste 7 de la salle 12 a dégagé une odeur de brûlé puis s'est éteint. Nous l'avons débranché. Urgence : très haute.", NewIncident, Some(TresHaut), None),
    // --- intent -----------------------------------------------------------------------------------
    case("intent", "done by the contractor", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003301] Imprimante de l'accueil en erreur",
        "Bonjour,\nLe prestataire est passé ce matin, l'imprimante refonctionne. Pour nous c'est terminé.", ClosureConfirmation, None, None),
    case("intent", "a chase with urgency", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-003302] Messagerie administrative",
        "Toujours aucun message reçu au secrétariat depuis hier 9 h. Merci de nous rappeler rapidement.", Reminder, None, None),
];
