//! The hundred-and-second aside part: written after the ninety-fourth round, before any change,
//! mostly replies about a ticket in words not used before: closures ("on peut tourner la page",
//! "affaire classée", "je valide la clôture", "rien à redire"), chases ("le compteur tourne",
//! "on nous avait promis", "c'est la troisième fois que j'écris"), news ("petite mise à jour de
//! notre côté", "je complète", "le souci s'est déplacé"), lists ("un état des lieux de ce qui est
//! en souffrance", "combien de dossiers avons-nous chez vous"), a closure refused, and a few new
//! mails for balance.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_102: &[Case] = &[
    // --- closures -------------------------------------------------------------------------------
    case("intent", "turn the page", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-010201] Vidéoprojecteur salle 8",
        "Bonjour,\nLe nouveau vidéoprojecteur est en place et les collègues en sont ravis. On peut tourner la page, merci à tous.", ClosureConfirmation, None, None),
    case("intent", "case closed", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010202] Badgeuse cantine",
        "Badgeuse réparée, tous les passages sont comptés depuis ce midi. Affaire classée de notre côté.", ClosureConfirmation, None, None),
    case("intent", "I validate the closure", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010203] Intervention terminée : Borne wifi CDI",
        "Bonjour,\nJe valide la clôture : la borne du CDI couvre bien toute la salle.", ClosureConfirmation, None, None),
    case("intent", "nothing to add", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-010204] Sauvegarde serveur",
        "Bonjour,\nRien à redire, la sauvegarde tourne chaque nuit sans erreur depuis votre intervention. Merci.", ClosureConfirmation, None, None),
    // --- chases ---------------------------------------------------------------------------------
    case("intent", "the meter is running", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010205] Copieur bâtiment B",
        "Bonjour,\nLe compteur tourne : douze jours sans copieur au bâtiment B. Où en sommes-nous ?", Reminder, None, None),
    case("intent", "we were promised", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-010206] Écrans salle 210",
        "Bonjour,\nOn nous avait promis les écrans pour la fin novembre ; nous sommes le 6 décembre et toujours rien.", Reminder, None, None),
    case("intent", "the third time I write", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010207] Téléphone vie scolaire",
        "Bonjour,\nC'est la troisième fois que je vous écris au sujet du téléphone de la vie scolaire, qui ne sonne toujours pas.", Reminder, None, None),
    // --- news -----------------------------------------------------------------------------------
    case("intent", "a small update on our side", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-010208] Wifi internat",
        "Bonjour,\nPetite mise à jour de notre côté : la borne du deuxième étage a été débranchée par un agent pendant le ménage, nous l'avons rebranchée, mais celle du troisième ne répond toujours pas.", FollowUp, None, None),
    case("intent", "I complete", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-010209] Messagerie de l'intendance",
        "Je complète mon message de ce matin : les mails envoyés depuis Pronote arrivent, seuls ceux de l'extérieur sont bloqués.", FollowUp, None, None),
    case("intent", "the trouble has moved", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010210] Prises réseau salle 3",
        "Bonjour,\nDepuis le passage du technicien, la salle 3 fonctionne, mais c'est maintenant la salle 4 qui n'a plus de réseau.", FollowUp, None, None),
    case("intent", "a closure refused", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010211] Intervention terminée : Imprimante secrétariat",
        "Bonjour,\nJe ne peux pas valider la clôture : l'imprimante fait toujours des traits sur les pages.", FollowUp, None, None),
    // --- lists ----------------------------------------------------------------------------------
    case("intent", "what is pending", "From: sandrine.morel@ac-paris.example\nSubject: État des lieux",
        "Bonjour,\nPourriez-vous me faire un état des lieux de ce qui est en souffrance chez vous pour le lycée ?", ListRequest, None, None),
    case("intent", "how many files with you", "From: paul.henry@ac-lille.example\nSubject: Question rapide",
        "Bonjour,\nCombien de dossiers avons-nous chez vous en ce moment, et lesquels ?", ListRequest, None, None),
    // --- new mails --------------------------------------------------------------------------------
    case("request", "a screen frozen since the update", "From: marc.petit@ac-lyon.example\nSubject: Écran d'accueil",
        "Bonjour,\nL'écran d'affichage du hall reste figé sur le menu de mardi depuis la mise à jour du logiciel.", NewIncident, None, None),
    case("request", "a room to equip for the new option", "From: claire.dubois@ac-lyon.example\nSubject: Option NSI",
        "Bonjour,\nL'option NSI ouvre en seconde à la rentrée : il nous faudrait une salle de vingt-quatre postes avec Python et un accès au serveur de travaux pratiques.", NewRequest, None, None),
];
