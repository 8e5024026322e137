//! The hundredth aside part: written after the ninety-second round, before any change, aimed at
//! the costliest class with policies and settings rather than equipment (colour printing
//! limited to the office, computers left on at night, a filter that blocks a research site,
//! passwords that expire too often, a session closed too soon on the ENT, pupils' files kept
//! after they leave; and faults told as settings: "pourriez-vous remettre le paramétrage",
//! "le filtrage a changé", "il faudrait rétablir la redirection"), with replies and outsiders.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_100: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "colour printing for the arts room", "From: claire.dubois@ac-lyon.example\nSubject: Impression couleur arts plastiques",
        "Bonjour,\nSeul le secrétariat peut imprimer en couleur. Les professeurs d'arts plastiques aimeraient avoir ce droit depuis leur salle, avec un quota par trimestre.", NewRequest, None, None),
    case("request", "computers left on at night", "From: paul.henry@ac-lille.example\nSubject: Extinction des postes",
        "Bonjour,\nLes postes des salles informatiques restent allumés toute la nuit et le week-end. Pour réduire la consommation, la direction demande une extinction automatique à 19 h.", NewRequest, None, None),
    case("request", "a research site blocked by design", "From: anne.leroux@ac-bordeaux.example\nSubject: Site de recherche bloqué",
        "Bonjour,\nLe site de la bibliothèque numérique de l'université est bloqué par le filtrage, catégorie « réseaux sociaux ». Nos élèves de terminale en ont besoin pour leur grand oral : pourriez-vous l'autoriser ?", NewRequest, None, None),
    case("request", "passwords that expire too often", "From: sandrine.morel@ac-paris.example\nSubject: Expiration des mots de passe",
        "Bonjour,\nLes mots de passe des élèves expirent tous les 30 jours, et les professeurs perdent le début de chaque cours à les réinitialiser. Serait-il possible de passer à une fois par an pour les collégiens ?", NewRequest, None, None),
    case("request", "an ENT session closed too soon", "From: j.martin@ac-aix.example\nSubject: Déconnexion de l'ENT",
        "Bonjour,\nL'ENT déconnecte les utilisateurs au bout de quinze minutes d'inactivité ; les professeurs perdent leurs appréciations en cours de saisie. Pourrait-on allonger ce délai à une heure ?", NewRequest, None, None),
    case("request", "files kept after pupils leave", "From: marc.petit@ac-lyon.example\nSubject: Comptes des anciens élèves",
        "Bonjour,\nLes espaces personnels des élèves partis l'an dernier sont toujours sur le serveur et le saturent. Nous souhaiterions qu'ils soient archivés puis supprimés chaque année en juillet.", NewRequest, None, None),
    // --- faults told as settings ------------------------------------------------------------------
    case("request", "a setting to put back", "From: claire.dubois@ac-lyon.example\nSubject: Paramétrage imprimantes",
        "Bonjour,\nPourriez-vous remettre le paramétrage des imprimantes de la salle 12 ? Depuis la mise à jour de mardi, elles impriment toutes en recto seul et en couleur.", NewIncident, None, None),
    case("request", "the filtering changed", "From: paul.henry@ac-lille.example\nSubject: Filtrage Pronote",
        "Bonjour,\nLe filtrage a changé cette nuit : Pronote et l'ENT sont désormais bloqués pour tous les postes du lycée, personnels compris.", NewIncident, None, None),
    case("request", "a redirection to restore", "From: anne.leroux@ac-bordeaux.example\nSubject: Redirection de la boîte du collège",
        "Bonjour,\nIl faudrait rétablir la redirection de la boîte fonctionnelle du collège vers celle de la principale : plus aucun message ne lui parvient depuis vendredi.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "colour yes, two-sided not", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-010007] Paramétrage imprimantes",
        "Bonjour,\nLes imprimantes sont revenues en noir et blanc, merci. En revanche, le recto-verso n'est toujours pas proposé par défaut.", FollowUp, None, None),
    case("intent", "the filtering fixed", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010008] Filtrage Pronote",
        "Bonjour,\nPronote et l'ENT sont de nouveau accessibles depuis 8 h 30. Merci pour la réactivité, vous pouvez clore.", ClosureConfirmation, None, None),
    case("intent", "still no messages", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010009] Redirection de la boîte du collège",
        "Bonjour,\nQuatre jours après notre signalement, la principale ne reçoit toujours aucun message. Quand pouvez-vous intervenir ?", Reminder, None, None),
    case("intent", "which of ours are open", "From: sandrine.morel@ac-paris.example\nSubject: Nos demandes",
        "Bonjour,\nPouvez-vous me dire lesquelles de nos demandes sont encore ouvertes ? Je voudrais relancer les bonnes.", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a student teacher writes", "From: stagiaire.inspe@etu.example\nSubject: Accès Pronote",
        "Bonjour,\nProfesseur stagiaire au lycée Voltaire, je n'ai toujours pas accès à Pronote pour saisir mes notes. Pouvez-vous me créer un compte ?", Unauthorised, None, None),
    case("spam", "a fake security alert", "From: Centre de sécurité <alerte@securite-compte.example>\nSubject: Activité inhabituelle détectée sur votre compte",
        "Nous avons détecté une connexion inhabituelle à votre compte depuis un appareil inconnu. Si ce n'était pas vous, sécurisez immédiatement votre compte : https://securite-compte.example/verifier", Spam, None, None),
];
