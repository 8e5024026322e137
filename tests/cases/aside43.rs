//! The forty-third aside part: written after the thirty-eighth round, the last of this
//! sitting, in about the mix and in new content (workshops of a vocational school, a
//! boarding house, a school farm's office, sports). It is not tuned on: it stays the
//! reference of how the latest rules read new mail.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_43: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the CNC workshop's PC", "From: paul.henry@ac-lille.example\nSubject: Atelier usinage",
        "Bonjour,\nLe poste qui envoie les programmes à la fraiseuse numérique de l'atelier perd la liaison en cours d'usinage. Urgence : moyenne.", NewIncident, Some(Moyen), None),
    case("request", "a welding simulator", "From: j.martin@ac-aix.example\nSubject: Simulateur de soudure",
        "Bonjour,\nLe simulateur de soudure refuse de démarrer : message « licence introuvable » depuis la mise à jour de Windows.", NewIncident, None, None),
    case("request", "the boarding house wifi", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi internat",
        "Bonjour,\nLe wifi de l'internat coupe tous les soirs vers 21 h alors qu'il doit rester ouvert jusqu'à 22 h. Les élèves ne peuvent pas finir leurs devoirs.", NewIncident, None, None),
    case("request", "a stopwatch system", "From: claire.dubois@ac-lyon.example\nSubject: Chronométrage gymnase",
        "Bonjour,\nLe tableau d'affichage du chronométrage du gymnase reste éteint depuis le cross ; la tablette qui le pilote ne le trouve plus.", NewIncident, None, None),
    case("request", "accounting software error", "From: sandrine.morel@ac-paris.example\nSubject: Logiciel de comptabilité",
        "Bonjour,\nLe logiciel de comptabilité affiche « base de données corrompue » à l'ouverture. La gestionnaire est bloquée pour les paiements de fin d'année. Très urgent.", NewIncident, Some(TresHaut), None),
    case("request", "English, keyboards", "From: tice@region.example\nSubject: Faidherbe keyboards room 7",
        "Hi, several keyboards in room 7 at lycée Faidherbe type the wrong characters (QWERTY instead of AZERTY) since yesterday.", NewIncident, None, None),
    case("request", "a code in a form table", "From: marc.petit@ac-lyon.example\nSubject: Fiche incident\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>UAI</td><td>0691234S</td></tr><tr><td>Lieu</td><td>Salle 305</td></tr><tr><td>Problème</td><td>Vidéoprojecteur : image qui clignote</td></tr><tr><td>Urgence</td><td>Basse</td></tr></table>", NewIncident, Some(Bas), Some("0691234S")),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "tablets for the workshop", "From: paul.henry@ac-lille.example\nSubject: Tablettes atelier",
        "Bonjour,\nLes professeurs d'atelier souhaiteraient des tablettes durcies pour consulter les fiches techniques au poste de travail.", NewRequest, None, None),
    case("request", "a study room for boarders", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle d'étude internat",
        "Bonjour,\nNous aimerions aménager une salle d'étude informatique à l'internat avec une dizaine de postes. Quelle serait la démarche ?", NewRequest, None, None),
    case("request", "wifi hours to extend", "From: anne.leroux@ac-bordeaux.example\nSubject: Horaires wifi internat",
        "Bonjour,\nLe conseil de la vie lycéenne demande que le wifi de l'internat reste ouvert jusqu'à 23 h le dimanche soir.", NewRequest, None, None),
    case("request", "an accounting workstation", "From: sandrine.morel@ac-paris.example\nSubject: Poste supplémentaire intendance",
        "Bonjour,\nL'arrivée d'un second agent comptable en janvier nécessite un poste de travail supplémentaire à l'intendance.", NewRequest, None, None),
    case("request", "English, a gym display", "From: tice@region.example\nSubject: Montaigne gym display",
        "Hello, collège Montaigne would like a scoreboard display in the gym connected to the school network. Is that something you can provide?", NewRequest, None, None),
    case("request", "a printer moved to the workshop", "From: j.martin@ac-aix.example\nSubject: Imprimante atelier",
        "Bonjour,\nPourriez-vous faire déplacer l'imprimante inutilisée du 2e étage vers l'atelier ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "the software starts again", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004301] Simulateur de soudure",
        "Bonjour,\nAprès réactivation de la licence, le simulateur démarre normalement. Merci, vous pouvez clôturer.", ClosureConfirmation, None, None),
    case("intent", "a chase before the holidays", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004302] Logiciel de comptabilité",
        "Bonjour,\nNous n'avons toujours aucune nouvelle et les paiements doivent partir avant vendredi. Pouvez-vous accélérer ?", Reminder, None, None),
    case("intent", "the licence number", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004303] Simulateur de soudure",
        "Le numéro de licence figure sur la facture jointe.", FollowUp, None, None),
    case("intent", "the display on, not the tablet", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004304] Chronométrage gymnase",
        "Le tableau s'allume de nouveau, mais la tablette ne le pilote toujours pas.", FollowUp, None, None),
    case("intent", "list for the school", "From: paul.henry@ac-lille.example\nSubject: Tickets en attente",
        "Bonjour,\nMerci de m'indiquer les tickets encore en attente pour le lycée Faidherbe.", ListRequest, None, None),
    case("intent", "a reminder for a need", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle d'étude internat",
        "Bonjour,\nJe n'ai pas eu de réponse à ma demande du mois dernier concernant la salle d'étude de l'internat.", Reminder, None, None),
    case("intent", "closed by the bursar", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004305] Poste supplémentaire intendance",
        "Le poste est installé et l'agent a ses accès, merci. Demande soldée.", ClosureConfirmation, None, None),
    case("intent", "a question on the plan", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004306] Salle d'étude internat",
        "Bonjour,\nFaut-il prévoir des prises électriques supplémentaires ou le technicien s'en charge-t-il ?", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake delivery of tablets", "From: Livraison <suivi@colis-livraison-fr.example>\nSubject: Livraison de vos tablettes en attente",
        "Votre colis n'a pas pu être livré faute d'adresse complète. Reprogrammez la livraison ici et réglez 1,99 € de frais : https://colis-livraison-fr.example", Spam, None, None),
    case("spam", "an upstream yes", "From: offre@rapide-credit.example\nSubject: Offre spéciale\nX-Spam-Flag: YES",
        "Obtenez votre crédit en 24 h.", Spam, None, None),
    case("unauthorised", "a workshop teacher", "From: prof.atelier@ac-lille.example\nSubject: Fraiseuse",
        "Bonjour,\nProfesseur d'atelier au lycée Faidherbe, je vous signale que le poste de la fraiseuse perd la liaison.", Unauthorised, None, None),
    case("auto", "an out-of-office in the holidays", "From: paul.henry@ac-lille.example\nSubject: Absence du bureau\nAuto-Submitted: auto-replied",
        "Je suis en congé jusqu'au 4 janvier.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a priority word in the subject", "From: j.martin@ac-aix.example\nSubject: [Priorité haute] Serveur ENT",
        "Bonjour,\nLe serveur ENT du collège ne répond plus.", NewIncident, Some(TresHaut), None),
    case("urgency", "not urgent in a need", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de musique",
        "Bonjour,\nLe professeur de musique voudrait un logiciel de partition sur les postes de la salle 6, rien de pressé.", NewRequest, Some(Bas), None),
    case("uai", "a code in a parenthesis in the subject", "From: sandrine.morel@ac-paris.example\nSubject: Imprimante CDI (0751043B)",
        "Bonjour,\nL'imprimante du CDI n'imprime plus en recto-verso.", NewIncident, None, Some("0751043B")),
];
