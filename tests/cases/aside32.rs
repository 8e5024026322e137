//! The thirty-second aside part: written after the twenty-eighth round, on needs told as a
//! lack or a limit (too few, too small, never covered, not allowed), the costliest
//! class, beside faults told with the same words, and outsiders writing like insiders.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_32: &[Case] = &[
    // --- needs told as a lack ---------------------------------------------------------------------
    case("request", "too few sockets", "From: j.martin@ac-aix.example\nSubject: Salle 4",
        "Bonjour,\nLa salle 4 manque cruellement de prises réseau : deux pour tout le mur du fond.", NewRequest, None, None),
    case("request", "wifi never reached the gym", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi gymnase",
        "Bonjour,\nLe wifi ne couvre pas le gymnase, ce qui empêche les professeurs d'EPS d'utiliser les tablettes. Une borne y serait la bienvenue.", NewRequest, None, None),
    case("request", "boarders without wifi", "From: paul.henry@ac-lille.example\nSubject: Internat",
        "Bonjour,\nLes élèves de l'internat n'ont aucun accès wifi le soir pour leurs devoirs ; est-ce envisageable ?", NewRequest, None, None),
    case("request", "a room too small for the class", "From: sandrine.morel@ac-paris.example\nSubject: Salle informatique trop petite",
        "Bonjour,\nAvec des classes de 35, les 24 postes de la salle informatique ne suffisent pas. Il nous en faudrait une dizaine de plus.", NewRequest, None, None),
    case("request", "machines too slow for new software", "From: claire.dubois@ac-lyon.example\nSubject: Postes de DAO",
        "Bonjour,\nLes postes de la salle de DAO sont trop anciens pour la nouvelle version du logiciel imposée par le référentiel ; il faudrait prévoir leur remplacement.", NewRequest, None, None),
    case("request", "not allowed to install", "From: marc.petit@ac-lyon.example\nSubject: Droits d'installation",
        "Bonjour,\nLe professeur de technologie n'a pas les droits pour installer les logiciels de programmation des robots. Pourrait-on lui donner un profil adapté ?", NewRequest, None, None),
    case("request", "a site forbidden by policy", "From: j.martin@ac-aix.example\nSubject: YouTube en classe",
        "Bonjour,\nLa politique de filtrage interdit YouTube pour tous ; les professeurs voudraient y avoir accès depuis leurs postes, pas les élèves.", NewRequest, None, None),
    case("request", "storage to raise", "From: anne.leroux@ac-bordeaux.example\nSubject: Espace de stockage",
        "Bonjour,\nL'espace de stockage des élèves est limité à 500 Mo, trop peu pour les projets vidéo de l'option cinéma. Pouvez-vous l'augmenter ?", NewRequest, None, None),
    case("request", "a printer per floor", "From: paul.henry@ac-lille.example\nSubject: Impression au 3e étage",
        "Bonjour,\nIl n'y a aucune imprimante au 3e étage, les professeurs descendent à chaque fois en salle des profs. Serait-il possible d'en installer une ?", NewRequest, None, None),
    case("request", "English, capacity", "From: tice@region.example\nSubject: Faidherbe bandwidth",
        "Hi, lycée Faidherbe's internet link is too small for the new online exams. Could it be upgraded to fibre?", NewRequest, None, None),
    // --- faults in the same words -----------------------------------------------------------------
    case("request", "sockets dead", "From: j.martin@ac-aix.example\nSubject: Prises salle 5",
        "Bonjour,\nLes prises réseau du mur du fond de la salle 5 ne donnent plus de connexion depuis le déménagement des tables.", NewIncident, None, None),
    case("request", "wifi gone from the CDI", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi CDI",
        "Bonjour,\nLe wifi du CDI a disparu ce matin : plus aucun réseau visible sur les tablettes.", NewIncident, None, None),
    case("request", "rights lost", "From: marc.petit@ac-lyon.example\nSubject: Droits perdus",
        "Bonjour,\nDepuis hier, la documentaliste n'a plus accès au logiciel de prêt alors qu'elle l'utilisait tous les jours.", NewIncident, None, None),
    case("request", "storage full and blocked", "From: sandrine.morel@ac-paris.example\nSubject: Serveur plein",
        "Bonjour,\nLe serveur pédagogique est plein à 100 % : plus personne ne peut enregistrer de fichier. Urgent.", NewIncident, Some(TresHaut), None),
    case("request", "a printer jammed for good", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante 2e étage",
        "Bonjour,\nL'imprimante du 2e étage a un bourrage impossible à retirer, le capot ne s'ouvre plus.", NewIncident, None, None),
    // --- outsiders that write like insiders -------------------------------------------------------
    case("unauthorised", "a supply teacher", "From: remplacant.maths@ac-paris.example\nSubject: Vidéoprojecteur salle 6",
        "Bonjour,\nRemplaçant au lycée Voltaire cette semaine, je n'arrive pas à allumer le vidéoprojecteur de la salle 6.", Unauthorised, None, None),
    case("unauthorised", "a student", "From: eleve.tle3@ent.example\nSubject: mot de passe",
        "bonjour jai perdu mon mot de passe ent pouvez vous le changer merci", Unauthorised, None, None),
    case("spam", "a fake support with a number", "From: support-windows@assistance-pc.example\nSubject: Alerte : votre ordinateur est infecté",
        "Votre ordinateur a été bloqué pour des raisons de sécurité. Appelez immédiatement notre support au 09 00 00 00 00 pour éviter la perte de vos données.", Spam, None, None),
    case("spam", "a conference invitation", "From: events@edtech-summit.example\nSubject: Invitation : Salon du numérique éducatif",
        "Nous avons le plaisir de vous inviter au Salon du numérique éducatif les 12 et 13 mars. Réservez votre place gratuitement dès maintenant.", Spam, None, None),
    case("spam", "a grant scam", "From: subventions@fonds-education.example\nSubject: Subvention de 15 000 € pour votre établissement",
        "Votre établissement est éligible à une subvention exceptionnelle pour l'équipement numérique. Pour la débloquer, renvoyez le formulaire avec le RIB de l'établissement avant vendredi.", Spam, None, None),
    // --- intent and urgency -----------------------------------------------------------------------
    case("intent", "space raised, thanks", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003201] Espace de stockage",
        "Le quota est passé à 2 Go, c'est parfait pour nous. Merci !", ClosureConfirmation, None, None),
    case("intent", "still nothing at the gym", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003202] Wifi gymnase",
        "Bonjour,\nOù en est l'étude pour la borne du gymnase ? Nous n'avons rien reçu depuis la visite.", Reminder, None, None),
    case("intent", "measures for the quote", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003203] Salle informatique trop petite",
        "Voici les dimensions de la salle voisine qui pourrait accueillir les postes : 8 m sur 7.", FollowUp, None, None),
    case("urgency", "a need with a date and a level", "From: paul.henry@ac-lille.example\nSubject: Comptes pour le concours",
        "Bonjour,\nPour le concours de programmation du 20 janvier, il faudrait 40 comptes invités sur le réseau pédagogique. Urgence : moyenne.", NewRequest, Some(Moyen), None),
    case("urgency", "a low level in English", "From: tice@region.example\nSubject: Montaigne printer toner",
        "Hi, the printer in the Montaigne staff room shows toner low and prints faded pages. Urgency: low.", NewIncident, Some(Bas), None),
];
