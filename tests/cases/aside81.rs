//! The eighty-first aside part: written after the seventy-fifth round, before any change, in about
//! the mix and in voices not used before (everything in the subject and "Merci" for a
//! text, questions to the desk in a row, a correspondant back from leave catching up, a reply
//! that only announces a photo, a principal's circular forwarded as a need, an agent who
//! answers for a colleague), in new content (the chemistry lab's balance, the music room's
//! mixing desk, the accessibility lift's screen, the pupils' digital locker codes, the
//! sports hall's timing system, the staff's payslips portal).

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_81: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "everything in the subject, 'Merci' as text", "From: claire.dubois@ac-lyon.example\nSubject: La balance du labo de chimie n'affiche plus rien depuis lundi",
        "Merci", NewIncident, None, None),
    case("request", "a need in the subject, 'Merci' as text", "From: j.martin@ac-aix.example\nSubject: Un second poste pour l'infirmerie serait-il possible ?",
        "Merci.", NewRequest, None, None),
    case("request", "questions to the desk in a row", "From: sandrine.morel@ac-paris.example\nSubject: Table de mixage",
        "Bonjour,\nQuelques questions sur la salle de musique :\n- la table de mixage peut-elle être reliée au poste pour enregistrer ?\n- le poste pourrait-il recevoir un logiciel d'enregistrement multipiste ?\nMerci d'avance.", NewRequest, None, None),
    case("request", "back from leave", "From: paul.henry@ac-lille.example\nSubject: Ascenseur PMR",
        "Bonjour,\nDe retour de congé, je découvre que l'écran de l'ascenseur PMR affiche « hors service » alors que l'ascenseur fonctionne. Les élèves en fauteuil n'osent plus le prendre.", NewIncident, None, None),
    case("request", "the timing system", "From: anne.leroux@ac-bordeaux.example\nSubject: Chronométrage du gymnase",
        "Bonjour,\nLes cellules de chronométrage du gymnase déclenchent le chrono au hasard, même sans passage.", NewIncident, None, None),
    case("request", "the payslips portal, for all", "From: marc.petit@ac-lyon.example\nSubject: Portail des bulletins de paie",
        "Bonjour,\nLes personnels contractuels du lycée n'ont pas accès au portail des bulletins de paie, contrairement aux titulaires. Pouvez-vous leur ouvrir l'accès ?", NewRequest, None, None),
    case("request", "a circular forwarded as a need", "From: claire.dubois@ac-lyon.example\nSubject: TR: Note de service - casiers numériques",
        "Pour suite à donner.\n\n-------- Message transféré --------\nObjet : Note de service - casiers numériques\n\nÀ compter de la rentrée de janvier, chaque élève de seconde disposera d'un casier à code. Le service informatique est prié de prévoir la gestion des codes depuis Pronote.", NewRequest, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "only a photo announced", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008101] La balance du labo",
        "Ci-joint la photo de l'affichage.\nCordialement", FollowUp, None, None),
    case("intent", "an agent answers for a colleague", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008104] Ascenseur PMR",
        "Bonjour,\nJe réponds pour ma collègue absente : l'écran de l'ascenseur affiche maintenant l'étage correct, le message « hors service » a disparu.", ClosureConfirmation, None, None),
    case("intent", "the balance weighs again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008101] La balance du labo",
        "Bonjour,\nLa balance pèse de nouveau au centigramme près. Les TP de vendredi sont sauvés !", ClosureConfirmation, None, None),
    case("intent", "a chase with the count of days", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008105] Chronométrage du gymnase",
        "Bonjour,\nDix jours sans chronométrage fiable, et le cross du collège est mercredi. Quelqu'un peut-il venir avant ?", Reminder, None, None),
    case("intent", "the cells fixed, one left", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008105] Chronométrage du gymnase",
        "Bonjour,\nLes cellules de départ sont réglées ; celle de l'arrivée déclenche encore toute seule.", FollowUp, None, None),
    case("intent", "the list for the new school year", "From: marc.petit@ac-lyon.example\nSubject: Bilan",
        "Bonjour,\nPour faire le bilan du trimestre, pourriez-vous me dire quelles demandes du lycée sont toujours en attente ?", ListRequest, None, None),
    case("intent", "have you moved on it", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008103] Table de mixage",
        "Bonjour,\nAvez-vous pu avancer sur la table de mixage ? Le concert de fin d'année se prépare.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the lift maintainer", "From: technique@ascenseurs-nord.example\nSubject: Ascenseur PMR lycée Faidherbe",
        "Bonjour,\nL'écran de cabine est piloté par votre réseau : merci de vérifier de votre côté, l'ascenseur lui-même est conforme.", Unauthorised, None, None),
    case("spam", "a fake payslip notice", "From: Portail RH <paie@bulletins-en-ligne.example>\nSubject: Votre bulletin de paie est disponible",
        "Votre bulletin de paie de décembre est disponible. Connectez-vous avec vos identifiants académiques pour le consulter : https://bulletins-en-ligne.example/connexion", Spam, None, None),
];
