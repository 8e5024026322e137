//! The ninety-third aside part: written after the eighty-fifth round, before any change, in the
//! issue's mix with each class in other words: needs told as a comparison with another school,
//! a trial to extend, an age in years, a timetable; faults told as needs ("merci de nous
//! dépanner", "un coup de main serait bienvenu", "une vérification s'impose"); urgency as
//! "Caractère urgent : oui", "Urgence : aucune", "Niveau de priorité : bas",
//! "URGENCE !!!" in a subject; codes as "0 5 9 5 0 1 2 C" and "(0330789D)"; a partial fix, a
//! list asked as "pouvez-vous faire le ménage dans nos tickets", a reminder with a date; a
//! phishing in French with a link only in HTML, a supplier's quote unsolicited, an agenda.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_93: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "like the school next door", "From: anne.leroux@ac-bordeaux.example\nSubject: Casiers connectés",
        "Bonjour,\nLe collège voisin dispose de casiers connectés pour prêter des ordinateurs aux élèves. Nous aimerions bénéficier du même dispositif (0330789D).", NewRequest, None, Some("0330789D")),
    case("request", "a trial to extend", "From: claire.dubois@ac-lyon.example\nSubject: Tablettes en SVT",
        "Bonjour,\nL'expérimentation des tablettes en SVT a été concluante. Les collègues de physique voudraient la prolonger dans leurs classes dès janvier.\nNiveau de priorité : bas", NewRequest, Some(Bas), None),
    case("request", "an age in years", "From: paul.henry@ac-lille.example\nSubject: Postes du CDI",
        "Bonjour,\nLes postes du CDI ont neuf ans et mettent plusieurs minutes à ouvrir une session. Leur renouvellement est-il prévu ?\nUAI 0 5 9 5 0 1 2 C", NewRequest, None, Some("0595012C")),
    case("request", "a timetable for the wifi", "From: sandrine.morel@ac-paris.example\nSubject: Wifi de l'internat",
        "Bonjour,\nLa direction souhaite que le wifi de l'internat soit coupé automatiquement entre 22 h et 7 h, sur décision du conseil d'administration.", NewRequest, None, None),
    case("request", "a room for the esports club", "From: j.martin@ac-aix.example\nSubject: Club esport",
        "Bonjour,\nUn club esport va être créé au collège. Il lui faudrait quatre postes plus puissants que ceux de la salle informatique, installés dans la salle du foyer.\nUrgence : aucune", NewRequest, Some(Bas), None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "help us out", "From: marc.petit@ac-lyon.example\nSubject: Visioconférence salle du conseil",
        "Bonjour,\nMerci de nous dépanner : la caméra de la salle du conseil n'est plus reconnue par le PC, et nous avons une visioconférence avec le rectorat demain matin.\nCaractère urgent : oui", NewIncident, Some(TresHaut), None),
    case("request", "a hand would be welcome", "From: anne.leroux@ac-bordeaux.example\nSubject: Tableau blanc interactif",
        "Bonjour,\nUn coup de main serait bienvenu : le tableau de la salle 3 affiche l'image décalée vers la droite, le calibrage ne tient pas.", NewIncident, None, None),
    case("request", "a check is needed", "From: sandrine.morel@ac-paris.example\nSubject: URGENCE !!! Onduleur salle serveur",
        "Bonjour,\nUne vérification s'impose : l'onduleur de la salle serveur émet un sifflement aigu et son voyant de batterie est rouge.", NewIncident, Some(TresHaut), None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "one room yes, the other not", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009301] Wifi bâtiment B",
        "Bonjour,\nLa salle B12 capte de nouveau le wifi. Pour la B14, aucun changement : toujours pas de réseau.", FollowUp, None, None),
    case("intent", "tidy up our tickets", "From: j.martin@ac-aix.example\nSubject: Nos tickets",
        "Bonjour,\nPouvez-vous faire le ménage dans nos tickets ? Envoyez-moi ceux qui sont encore ouverts, je vous dirai lesquels clôturer.", ListRequest, None, None),
    case("intent", "a reminder with a date", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009302] Tablettes en SVT",
        "Bonjour,\nNous vous avons écrit le 12 novembre au sujet de l'extension de l'expérimentation, et nous n'avons eu aucun retour depuis. Pouvez-vous nous dire où en est la demande ?", Reminder, None, None),
    case("intent", "thanks and it holds", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-009306] Visioconférence salle du conseil",
        "Bonjour,\nLa visioconférence a pu se tenir, la caméra est reconnue depuis le passage du technicien. Merci pour votre réactivité !", ClosureConfirmation, None, None),
    case("intent", "the contractor has not come", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009307] Tableau blanc interactif",
        "Bonjour,\nLe technicien annoncé pour mardi n'est pas venu, et personne ne nous a prévenus. Le tableau est toujours décalé.", Reminder, None, None),
    case("intent", "a detail on the ups", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009308] URGENCE !!! Onduleur salle serveur",
        "Bonjour,\nPrécision : l'onduleur est un APC Smart-UPS 1500, installé en 2019. Le sifflement s'arrête quand on débranche le serveur de sauvegarde.", FollowUp, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "a phishing with its link in HTML only", "From: Messagerie académique <securite@messagerie-ac.example>\nSubject: Votre mot de passe expire aujourd'hui\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Le mot de passe de votre messagerie expire aujourd'hui. Pour conserver vos messages, <a href=\"https://messagerie-ac.example/conserver\">cliquez ici</a> et confirmez vos identifiants.</p><p>Le service informatique</p>", Spam, None, None),
    case("spam", "an unsolicited quote", "From: Commercial <devis@materiel-pro.example>\nSubject: Votre devis personnalisé - écrans interactifs -30 %",
        "Madame, Monsieur,\nSuite à votre visite sur notre site, nous avons le plaisir de vous adresser une offre exceptionnelle sur nos écrans interactifs : -30 % jusqu'au 31 décembre. Contactez-nous vite !", Spam, None, None),
    case("spam", "an agenda", "From: Agenda du numérique <agenda@edunum-events.example>\nSubject: Les rendez-vous du numérique éducatif - janvier\nList-Id: <agenda.edunum-events.example>\nPrecedence: list",
        "Au programme ce mois-ci : webinaires sur l'IA en classe, salon des ressources numériques, rencontres des référents.", Bulk, None, None),
    case("unauthorised", "a technician from the town hall", "From: services.techniques@mairie-exemple.example\nSubject: Câblage école",
        "Bonjour,\nLes services techniques de la mairie doivent refaire le câblage de l'école primaire voisine du collège Mistral ; pouvons-nous utiliser votre baie de brassage ?", Unauthorised, None, None),
];
