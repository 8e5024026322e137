//! The seventy-fourth aside part: written after the sixty-eighth round, before any change, in
//! about the mix and in voices not used before (an excerpt of a meeting's minutes, an
//! assistant for a disabled pupil, "je vous saurais gré de bien vouloir", a subject in capitals
//! over a calm text, "je me permets d'insister", a false alarm explained with an apology, a
//! question about the remote help), in new content (laptop charging lockers, clicker boxes for
//! quizzes, the lift's intercom, the canteen's queue display, the cooking section's recipe
//! software, a flexible classroom, an inspector's visit).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_74: &[Case] = &[
    // --- needs ------------------------------------------------------------------------------------
    case("request", "an excerpt of the minutes", "From: claire.dubois@ac-lyon.example\nSubject: Conseil pédagogique du 3 décembre",
        "Bonjour,\nExtrait du compte rendu du conseil pédagogique : « Le conseil retient comme priorité l'aménagement de la salle 12 en classe flexible, avec des postes mobiles et un écran interactif. »\nJe vous transmets pour suite à donner.", NewRequest, None, None),
    case("request", "the assistant for a disabled pupil", "From: j.martin@ac-aix.example\nSubject: Tablette pour l'AESH",
        "Bonjour,\nL'AESH qui accompagne un élève de 5e prend ses notes à la main puis les recopie le soir. Une tablette avec clavier lui ferait gagner un temps précieux.", NewRequest, None, None),
    case("request", "je vous saurais gré", "From: sandrine.morel@ac-paris.example\nSubject: Casiers de recharge",
        "Madame, Monsieur,\nJe vous saurais gré de bien vouloir examiner l'installation de casiers de recharge pour les portables des élèves, qui n'ont aujourd'hui aucun endroit où les charger.", NewRequest, None, None),
    case("request", "clicker boxes", "From: paul.henry@ac-lille.example\nSubject: Boîtiers de vote",
        "Bonjour,\nPlusieurs professeurs utilisent des quiz en classe avec les téléphones des élèves, ce que le règlement intérieur interdit désormais. Des boîtiers de vote résoudraient la difficulté.", NewRequest, None, None),
    case("request", "the queue display", "From: anne.leroux@ac-bordeaux.example\nSubject: Affichage de l'attente au self",
        "Bonjour,\nLe gestionnaire aimerait afficher à l'entrée du self le temps d'attente estimé, à partir des passages de cartes.", NewRequest, None, None),
    case("request", "English, an inspector's visit", "From: marc.petit@ac-lyon.example\nSubject: Inspection visit",
        "Hello,\nAn inspector is visiting the cooking section in March and expects the recipe software on every kitchen tablet. We only have it on the teacher's PC today.", NewRequest, None, None),
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a subject in capitals, a calm text", "From: claire.dubois@ac-lyon.example\nSubject: INTERPHONE ASCENSEUR",
        "Bonjour,\nL'interphone de l'ascenseur ne sonne plus à l'accueil quand on appuie sur le bouton d'appel. Nous avons affiché une consigne en attendant.", NewIncident, None, None),
    case("request", "the lockers lock themselves", "From: sandrine.morel@ac-paris.example\nSubject: Casiers de recharge",
        "Bonjour,\nLes casiers de recharge de la salle 204 se verrouillent tout seuls pendant la charge et le code ne les rouvre pas.", NewIncident, None, None),
    case("request", "the recipe software", "From: marc.petit@ac-lyon.example\nSubject: Logiciel de fiches techniques",
        "Bonjour,\nLe logiciel de fiches techniques de la section cuisine calcule des coûts de revient à zéro depuis la mise à jour des tarifs.", NewIncident, None, None),
    case("request", "the clicker receiver", "From: paul.henry@ac-lille.example\nSubject: Boîtiers de vote",
        "Bonjour,\nLe récepteur des boîtiers de vote n'est plus reconnu par le poste de la salle 5 : le logiciel indique « aucun récepteur ».", NewIncident, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "je me permets d'insister", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007408] Casiers de recharge",
        "Bonjour,\nJe me permets d'insister : les élèves n'ont plus accès à leurs portables depuis lundi.", Reminder, None, None),
    case("intent", "a false alarm, with an apology", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007407] INTERPHONE ASCENSEUR",
        "Bonjour,\nNous avons trouvé la cause : le combiné de l'accueil avait été débranché lors du ménage. Désolés du dérangement.", ClosureConfirmation, None, None),
    case("intent", "a question about the remote help", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007409] Logiciel de fiches techniques",
        "Bonjour,\nFaut-il laisser le poste du professeur allumé ce soir pour la prise en main à distance ?", FollowUp, None, None),
    case("intent", "what is in progress, for the inspector", "From: marc.petit@ac-lyon.example\nSubject: Visite de l'inspecteur",
        "Bonjour,\nPour préparer la visite de l'inspecteur, j'aurais besoin de savoir ce qui est en cours chez vous pour notre lycée.", ListRequest, None, None),
    case("intent", "the costs right again", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007409] Logiciel de fiches techniques",
        "Bonjour,\nLes coûts de revient sont de nouveau calculés correctement, le chef de travaux a vérifié trois fiches. Bonne soirée.", ClosureConfirmation, None, None),
    case("intent", "the receiver seen, the boxes not", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007410] Boîtiers de vote",
        "Bonjour,\nLe récepteur est reconnu depuis la réinstallation du pilote, mais les boîtiers n'envoient toujours rien.", FollowUp, None, None),
    case("intent", "a reminder to the desk, terse", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007410] Boîtiers de vote",
        "Bonjour,\nToujours en attente d'un retour de votre part. Merci.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the lift company", "From: maintenance@ascenseurs-rhone.example\nSubject: Interphone ascenseur lycée Ampère",
        "Bonjour,\nNotre technicien a constaté que l'interphone de l'ascenseur n'est relié à aucune ligne. Merci de nous indiquer qui contacter.", Unauthorised, None, None),
    case("spam", "a CEO fraud", "From: Direction <proviseur.ampere@direction-lycee.example>\nSubject: Demande confidentielle",
        "Bonjour,\nJ'ai besoin que vous effectuiez un virement urgent et confidentiel aujourd'hui. Répondez-moi uniquement par mail, je suis en réunion.", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "urgency in capitals in the subject", "From: sandrine.morel@ac-paris.example\nSubject: CASIERS BLOQUÉS - TRÈS URGENT",
        "Bonjour,\nLes casiers de recharge de la salle 204 sont verrouillés avec les portables dedans.", NewIncident, Some(TresHaut), None),
    case("urgency", "medium, said plainly", "From: anne.leroux@ac-bordeaux.example\nSubject: Écran du self",
        "Bonjour,\nL'écran d'attente du self s'éteint à midi pile. Urgence moyenne.", NewIncident, Some(Moyen), None),
    case("uai", "a code with the academy's name", "From: tice@region.example\nSubject: Boîtiers",
        "Bonjour,\nAcadémie de Lille, établissement 0595012C : les boîtiers de vote ne répondent plus.", NewIncident, None, Some("0595012C")),
];
