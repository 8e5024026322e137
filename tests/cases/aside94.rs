//! The ninety-fourth aside part: written after the eighty-sixth round, before any change, with
//! the costliest class in yet other words (a school not equipped for digital exams, a new class
//! short of laptops, a canteen network never connected, no screen-sharing box, a wish forwarded
//! from the school life office, a synchronisation instead of accounts made by hand; and faults
//! told as needs: "j'aurais besoin que vous réinitialisiez", "prévoir le passage d'un
//! technicien" for a stopped clock, a replacement for a projector fallen down, files "effacés
//! par erreur" to recover), urgency as "Gravité : majeure", "Urgence ressentie : modérée" and
//! "⚠️ URGENT ⚠️", intents in new words, a prize lure, a receptionist writing, a contractor's plan.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_94: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "not equipped for digital exams", "From: sandrine.morel@ac-paris.example\nSubject: Épreuves numériques du baccalauréat",
        "Bonjour,\nLe lycée n'est pas en mesure d'accueillir les épreuves numériques du baccalauréat : nous n'avons aucune salle de trente postes identiques. Quelles solutions pouvez-vous nous proposer ?", NewRequest, None, None),
    case("request", "a new class short of laptops", "From: anne.leroux@ac-bordeaux.example\nSubject: Portables ULIS",
        "Bonjour,\nDepuis l'ouverture de la classe ULIS en septembre, nous manquons d'ordinateurs portables adaptés pour ses douze élèves.\nUrgence ressentie : modérée", NewRequest, Some(Moyen), None),
    case("request", "a canteen network never connected", "From: paul.henry@ac-lille.example\nSubject: Bornes de la cantine",
        "Bonjour,\nLes bornes de passage de la cantine ne remontent pas les passages au logiciel de gestion : elles n'ont jamais été raccordées au réseau administratif. L'intendance doit tout ressaisir.", NewRequest, None, None),
    case("request", "no screen-sharing box", "From: claire.dubois@ac-lyon.example\nSubject: Projection depuis les tablettes",
        "Bonjour,\nLes enseignants regrettent de ne pas pouvoir projeter depuis leur tablette : aucun boîtier de partage d'écran n'est installé dans les salles du bâtiment C.", NewRequest, None, None),
    case("request", "a wish forwarded from school life", "From: marc.petit@ac-lyon.example\nSubject: TR: justificatifs d'absence",
        "Pour suite à donner.\n\n---------- Message transféré ----------\nDe : cpe@lycee-ampere.example\nObjet : justificatifs d'absence\n\nBonjour Marc,\nJ'aimerais que les familles puissent déposer les justificatifs d'absence en ligne, plutôt que sur papier au bureau de la vie scolaire. Est-ce que la région pourrait mettre cela en place ?\nNadia", NewRequest, None, None),
    case("request", "a synchronisation instead of accounts by hand", "From: j.martin@ac-aix.example\nSubject: Création des comptes élèves",
        "Bonjour,\nÀ chaque rentrée, nous recréons à la main près de trois cents comptes élèves. Une synchronisation automatique avec l'annuaire académique serait-elle possible ?", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "a password to reset", "From: sandrine.morel@ac-paris.example\nSubject: Copieur - accès administrateur",
        "Bonjour,\nJ'aurais besoin que vous réinitialisiez le mot de passe administrateur du copieur : il a été changé par erreur et nous n'avons plus accès aux réglages.", NewIncident, None, None),
    case("request", "a technician for a stopped clock", "From: j.martin@ac-aix.example\nSubject: Horloge du hall",
        "Bonjour,\nPourriez-vous prévoir le passage d'un technicien pour l'horloge du hall ? Elle s'est arrêtée à 8 h 12 et les sonneries ne partent plus à l'heure.\nGravité : majeure", NewIncident, Some(TresHaut), None),
    case("request", "a projector fallen down", "From: paul.henry@ac-lille.example\nSubject: ⚠️ URGENT ⚠️ vidéoprojecteur salle 2",
        "Bonjour,\nNous demandons le remplacement du vidéoprojecteur de la salle 2, tombé de son support ce matin pendant le cours.", NewIncident, Some(TresHaut), None),
    case("request", "files erased by mistake", "From: claire.dubois@ac-lyon.example\nSubject: Fichiers supprimés",
        "Bonjour,\nIl nous faudrait récupérer les fichiers d'un professeur de mathématiques, effacés par erreur du serveur hier soir. Existe-t-il une sauvegarde ?", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "one side yes, both sides not", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009407] Copieur - accès administrateur",
        "Bonjour,\nLe copieur imprime de nouveau en recto, merci ; le recto-verso, par contre, bloque toujours.", FollowUp, None, None),
    case("intent", "the tickets open to date", "From: paul.henry@ac-lille.example\nSubject: Question",
        "Bonjour,\nQuels sont, à ce jour, les tickets ouverts au nom du lycée ?", ListRequest, None, None),
    case("intent", "back to order, to close", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009410] Fichiers supprimés",
        "Bonjour,\nTout est rentré dans l'ordre, les fichiers ont été restaurés. Ticket à clore, merci.", ClosureConfirmation, None, None),
    case("intent", "allow me to chase", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-009408] Horloge du hall",
        "Bonjour,\nJe me permets de vous relancer : l'horloge du hall est toujours arrêtée.", Reminder, None, None),
    case("intent", "when the technician may come", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009402] Portables ULIS",
        "Bonjour,\nLe technicien peut venir jeudi à partir de 14 h ; la gardienne lui ouvrira la salle.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a prize lure", "From: Opération Tablettes <gagnant@tablettes-offertes.example>\nSubject: Félicitations ! Votre établissement a été sélectionné",
        "Félicitations !\nVotre établissement a été tiré au sort pour recevoir 10 tablettes gratuites. Pour valider votre lot, confirmez vos coordonnées avant vendredi : https://tablettes-offertes.example/lot", Spam, None, None),
    case("unauthorised", "a receptionist writes", "From: accueil.voltaire@gmail.example\nSubject: Téléphone de l'accueil",
        "Bonjour,\nJe suis l'agent d'accueil du lycée Voltaire ; le téléphone de l'accueil n'affiche plus les numéros des appelants depuis lundi.", Unauthorised, None, None),
    case("contractor", "the contractor's plan", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-009408] Ordre de travail - Collège Mistral - Horloge du hall",
        "Bonjour,\nNous vous informons que l'intervention sur l'horloge est planifiée le jeudi 10 décembre à 9 h. Merci de prévenir l'établissement.", ContractorUpdate, None, None),
];
