//! The hundred-and-eighth aside part: written after the hundredth round, before any change, on
//! the costliest class in its hardest form: needs told in a fault's words ("nous sommes
//! bloqués", "problème de place", "impossible de travailler", "sature", "n'est plus maintenu")
//! and faults told in a need's words ("nous aurions besoin d'un nouveau câble", "il faudrait
//! réinstaller", "merci de prévoir un passage", "nous souhaiterions récupérer l'accès", "il nous
//! faudrait une nouvelle batterie"); with urgency as "élevée" and "(priorité basse)", a chase
//! by the deadline and a fault that spread.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_108: &[Case] = &[
    // --- needs in a fault's words ---------------------------------------------------------------
    case("request", "stuck on an old version", "From: sandrine.morel@ac-paris.example\nSubject: Logiciel de DAO",
        "Bonjour,\nNous sommes bloqués : le logiciel de DAO installé sur nos postes est en version 2019 et les élèves de STI2D ne peuvent pas ouvrir les fichiers du lycée partenaire. Il faudrait passer à la version 2026.", NewRequest, None, None),
    case("request", "a server out of room", "From: j.martin@ac-aix.example\nSubject: Problème de place sur le serveur",
        "Bonjour,\nProblème de place : le serveur pédagogique est plein à 95 % et les projets vidéo des élèves ne tiennent plus. Peut-on ajouter des disques ?", NewRequest, None, None),
    case("request", "passwords too hard for the youngest", "From: anne.leroux@ac-bordeaux.example\nSubject: Connexion des 6e",
        "Bonjour,\nLes élèves de 6e ne peuvent pas se connecter seuls : leurs mots de passe sont trop compliqués pour eux. Pourrait-on mettre en place une connexion par QR code pour les plus jeunes ?", NewRequest, None, None),
    case("request", "half groups impossible", "From: paul.henry@ac-lille.example\nSubject: Salle 10",
        "Bonjour,\nImpossible de travailler en demi-groupe en salle 10 : la salle ne compte que 12 postes pour 18 élèves.", NewRequest, None, None),
    case("request", "a line that saturates", "From: claire.dubois@ac-lyon.example\nSubject: Débit internet",
        "Bonjour,\nLe réseau sature dès que deux classes regardent une vidéo : l'accès internet du lycée est limité à 20 Mbit/s. Une montée en débit est-elle prévue ?", NewRequest, None, None),
    case("request", "a locker for the tablets", "From: marc.petit@ac-lyon.example\nSubject: Rangement des tablettes",
        "Bonjour,\nLes tablettes sont rangées dans un placard sans serrure. Nous voudrions une armoire de recharge qui ferme à clé.", NewRequest, None, None),
    case("request", "minutes lost at each lesson", "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojection sans fil",
        "Bonjour,\nLes enseignants perdent dix minutes par cours à brancher leur portable au vidéoprojecteur : un boîtier de présentation sans fil dans chaque salle serait un vrai gain.", NewRequest, None, None),
    case("request", "software no longer maintained", "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciel du CDI",
        "Bonjour,\nLe logiciel de gestion du CDI n'est plus maintenu par l'éditeur depuis juin : il faudrait migrer vers un autre outil avant la fin de l'année.", NewRequest, None, None),
    // --- faults in a need's words ---------------------------------------------------------------
    case("request", "a new cable for one torn out", "From: paul.henry@ac-lille.example\nSubject: Câble HDMI salle 6",
        "Bonjour,\nNous aurions besoin d'un nouveau câble HDMI en salle 6 : l'actuel a été arraché par un élève.", NewIncident, None, None),
    case("request", "reinstalling what refuses to open", "From: j.martin@ac-aix.example\nSubject: Office - poste du principal",
        "Bonjour,\nIl faudrait réinstaller Office sur le poste du principal : Word refuse de s'ouvrir depuis la mise à jour.", NewIncident, None, None),
    case("request", "a visit for a pen that writes off", "From: claire.dubois@ac-lyon.example\nSubject: TBI salle 2",
        "Bonjour,\nMerci de prévoir un passage pour le tableau interactif de la salle 2 : le stylet écrit à cinq centimètres du point visé.", NewIncident, None, None),
    case("request", "a driver to put back", "From: marc.petit@ac-lyon.example\nSubject: Imprimante vie scolaire",
        "Bonjour,\nPourriez-vous installer de nouveau le pilote de l'imprimante de la vie scolaire ? Il a disparu après la mise à jour.", NewIncident, None, None),
    case("request", "an access to recover", "From: sandrine.morel@ac-paris.example\nSubject: Dossier Direction",
        "Bonjour,\nNous souhaiterions récupérer l'accès au dossier partagé « Direction » : il n'apparaît plus dans l'explorateur depuis lundi.", NewIncident, None, None),
    case("request", "someone sent for an alarm", "From: paul.henry@ac-lille.example\nSubject: Alarme bâtiment C",
        "Bonjour,\nPouvez-vous nous envoyer quelqu'un pour l'alarme anti-intrusion du bâtiment C ? Elle se déclenche toute seule chaque nuit.", NewIncident, None, None),
    case("request", "a new battery for a beeping UPS", "From: j.martin@ac-aix.example\nSubject: Onduleur du serveur",
        "Bonjour,\nIl nous faudrait une nouvelle batterie pour l'onduleur du serveur : il bipe en continu et affiche « batterie à remplacer ».", NewIncident, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "a raised urgency", "From: anne.leroux@ac-bordeaux.example\nSubject: Téléphonie administration",
        "Bonjour,\nAucun poste téléphonique de l'administration ne donne de tonalité.\nUrgence : élevée", NewIncident, Some(TresHaut), None),
    case("urgency", "a low priority in the subject", "From: claire.dubois@ac-lyon.example\nSubject: Souris salle 2 (priorité basse)",
        "Bonjour,\nLa molette de la souris du poste enseignant de la salle 2 ne tourne plus.", NewIncident, Some(Bas), None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "the deadline passed", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-010802] Rangement des tablettes",
        "Bonjour,\nCela fait maintenant dix jours ouvrés : le délai de trois jours annoncé est largement dépassé.", Reminder, None, None),
    case("intent", "a fault that spread", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010815] Réseau salle 14",
        "Bonjour,\nPour compléter : ce matin, c'est toute la salle qui n'a plus de réseau, plus seulement deux postes.", FollowUp, None, None),
    case("intent", "a closure in two words", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010810] Office - poste du principal",
        "Réglé, merci !", ClosureConfirmation, None, None),
];
