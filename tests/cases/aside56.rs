//! The fifty-sixth aside part: written after the fiftieth round, before any change, in about the
//! issue's mix and in voices not used before (formulae of an older administration, "tu" to the
//! agent by first name, English with typos, a deadline named instead of a level, a reply that
//! asks to change the appointment, an answer to the desk's question with a "oui" alone), in new
//! content (the ID-card photo booth, a vinyl cutter, the teachers' absence screen, a driving
//! simulator, the internship software, the boarding school's night call system).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_56: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "formulae of an older administration", "From: marc.petit@ac-lyon.example\nSubject: Écran des absences des professeurs",
        "Madame, Monsieur,\nJe me permets de solliciter votre bienveillante attention au sujet de l'écran d'affichage des absences des professeurs, situé dans le hall, lequel n'affiche plus aucune information depuis le lundi 30 novembre.\nVous en souhaitant bonne réception, je vous prie de croire à l'assurance de ma considération distinguée.", NewIncident, None, None),
    case("request", "tu to the agent", "From: j.martin@ac-aix.example\nSubject: cabine photo",
        "Salut Karim,\ntu peux regarder la cabine photo des cartes élèves ? elle imprime des photos toutes violettes depuis ce matin. Merci !", NewIncident, None, None),
    case("request", "English with typos", "From: sandrine.morel@ac-paris.example\nSubject: vinyl cuter",
        "Hi, the vinyl cuter in the fablab doesnt cut anymore, the blade moves but nothing is cutted. thx", NewIncident, None, None),
    case("request", "a deadline instead of a level", "From: paul.henry@ac-lille.example\nSubject: Simulateur de conduite",
        "Bonjour,\nLe simulateur de conduite de la section logistique ne reconnaît plus le volant. Les élèves passent leur évaluation avant les vacances, donc avant le 18.", NewIncident, None, None),
    case("request", "the night call system", "From: anne.leroux@ac-bordeaux.example\nSubject: Appel malade de l'internat",
        "Bonjour,\nCette nuit, le bouton d'appel de la chambre 14 de l'internat a sonné chez le surveillant sans que personne ne l'ait actionné, trois fois entre 1 h et 4 h.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "internship software for a new section", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de suivi des stages",
        "Bonjour,\nLa nouvelle section de BTS ouverte en septembre n'a pas encore d'accès au logiciel de suivi des stages : il faudrait créer l'espace de la section et les comptes des deux enseignants référents.", NewRequest, None, None),
    case("request", "a photo booth at the annex", "From: j.martin@ac-aix.example\nSubject: Cabine photo à l'annexe",
        "Salut Karim,\nles élèves de l'annexe doivent venir au site principal pour leur photo de carte. Tu penses qu'on pourrait avoir une petite borne photo là-bas aussi ?", NewRequest, None, None),
    case("request", "absence screen on the ENT", "From: marc.petit@ac-lyon.example\nSubject: Absences des professeurs sur l'ENT",
        "Madame, Monsieur,\nLes représentants des parents souhaiteraient que les absences des professeurs affichées dans le hall soient également publiées sur l'ENT. Je vous saurais gré de bien vouloir étudier cette possibilité.", NewRequest, None, None),
    case("request", "English, a second simulator", "From: paul.henry@ac-lille.example\nSubject: Second driving simulator",
        "Hello,\nWith two classes in the logistics section next year, one simulator is not enough. We would need a second one in room 14.", NewRequest, None, None),
    case("request", "the call system for the new wing", "From: anne.leroux@ac-bordeaux.example\nSubject: Appel malade - aile neuve",
        "Bonjour,\nLes six chambres de l'aile neuve de l'internat n'ont pas de bouton d'appel. L'infirmière demande qu'elles soient équipées comme les autres.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a yes alone", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005604] Simulateur de conduite",
        "Oui.\n\n> Le volant a-t-il été débranché récemment ?", FollowUp, None, None),
    case("intent", "another appointment asked", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005606] Logiciel de suivi des stages",
        "Bonjour,\nLe rendez-vous de mardi 10 h ne convient pas aux deux référents, qui sont en cours. Serait-il possible de le décaler à jeudi après-midi ?", FollowUp, None, None),
    case("intent", "tu, it works", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005602] cabine photo",
        "Top Karim, les photos sortent nickel maintenant, merci ! Tu peux fermer.", ClosureConfirmation, None, None),
    case("intent", "English with typos, still", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005603] vinyl cuter",
        "hi, changed the blade like u said but still nothing is cut. any idea?", FollowUp, None, None),
    case("intent", "the night calls went on", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-005605] Intervention terminée : Appel malade de l'internat",
        "Bonjour,\nLe boîtier a été changé, mais le bouton de la chambre 14 a encore sonné seul deux fois cette nuit.", FollowUp, None, None),
    case("intent", "the formal chase", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005601] Écran des absences des professeurs",
        "Madame, Monsieur,\nN'ayant reçu à ce jour aucune réponse à mon courrier du 1er décembre, je me permets de vous en rappeler les termes.", Reminder, None, None),
    case("intent", "the list, in the tu form", "From: j.martin@ac-aix.example\nSubject: tickets",
        "Salut Karim, tu peux m'envoyer la liste de nos tickets encore ouverts ? bonne journée", ListRequest, None, None),
    case("intent", "the screen works, formal", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005601] Intervention terminée : Écran des absences des professeurs",
        "Madame, Monsieur,\nJ'ai l'honneur de vous informer que l'écran d'affichage des absences fonctionne de nouveau depuis le passage de votre technicien. Je vous en remercie.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor needs a part number", "From: hotline@simulation-conduite.example\nSubject: RE: [CESAME #2026-005604] Ordre de travail - Lycée Faidherbe - simulateur",
        "Bonjour,\nPouvez-vous nous communiquer le numéro de série du volant (étiquette sous la base) ? Nous vérifierons la garantie avant de commander la pièce.", ContractorUpdate, None, None),
    case("unauthorised", "the night supervisor writes", "From: surveillant.internat@ac-bordeaux.example\nSubject: Bouton d'appel chambre 14",
        "Bonjour,\nJe suis surveillant de nuit à l'internat du collège Montaigne, le bouton d'appel de la chambre 14 sonne tout seul. Pouvez-vous faire quelque chose ?", Unauthorised, None, None),
    case("spam", "a fake domain renewal", "From: Service des noms de domaine <renouvellement@domaines-fr.example>\nSubject: Dernier avis : votre nom de domaine expire demain\nContent-Type: text/html; charset=utf-8",
        "<p>Votre nom de domaine lycee-exemple.fr expire demain. Sans renouvellement, votre site et vos adresses de messagerie cesseront de fonctionner.</p><p><a href=\"https://domaines-fr.example/renouveler\">Renouveler pour 49 €</a></p>", Spam, None, None),
    case("auto-reply", "an English auto-reply without the header", "From: claire.dubois@ac-lyon.example\nSubject: Out of Office: [CESAME #2026-005606] Logiciel de suivi des stages",
        "Thank you for your message. I am away until 14 December and will reply on my return.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in an old form", "From: marc.petit@ac-lyon.example\nSubject: Photocopieur de la salle des professeurs",
        "Madame, Monsieur,\nLe photocopieur de la salle des professeurs est hors d'usage.\nDegré d'urgence : élevé.", NewIncident, Some(TresHaut), None),
    case("urgency", "tu, no rush", "From: j.martin@ac-aix.example\nSubject: souris salle 6",
        "Salut Karim, une souris de la salle 6 a la molette cassée, rien de pressé, quand tu passes dans le coin.", NewIncident, Some(Bas), None),
    case("uai", "a code after 'RNE :' in a signature", "From: tice@region.example\nSubject: Cabine photo",
        "Bonjour,\nLa cabine photo du lycée imprime des photos vides.\n\nCellule TICE\nLycée Faidherbe - RNE : 0595012C", NewIncident, None, Some("0595012C")),
    case("uai", "a code split by a dash in the subject", "From: tice@region.example\nSubject: 0330-789D simulateur",
        "Bonjour,\nLe simulateur de conduite ne démarre plus depuis la coupure de courant.", NewIncident, None, Some("0330789D")),
];
