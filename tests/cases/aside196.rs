//! The hundred-and-ninety-sixth aside part: written after the hundred-and-fiftieth round,
//! before any change, on long mails in the public corpus's manner (a greeting, a story, what
//! was tried, the school and the level, a signature with a title and a phone): a network down
//! in one building, a need told with its history, a chase that retells the fault, a closure
//! with a remark for later, news with what was tried, a partial fix told at length.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_196: &[Case] = &[
    case(
        "request",
        "a building's network down, told at length",
        "From: Paul Henry <paul.henry@ac-lille.example>\nSubject: Réseau bâtiment C hors service",
        "Bonjour,\n\nDepuis la reprise de 13 h 30, aucun poste du bâtiment C ne se connecte au \
         réseau (salles C01 à C12, une soixantaine de postes). Les bâtiments A et B fonctionnent.\n\
         Nous avons redémarré le commutateur du local C, sans effet : les voyants restent orange.\n\
         Les élèves de terminale ont une épreuve sur poste demain matin.\n\n\
         Établissement : Lycée Faidherbe - UAI 0595012C\nUrgence : très haute\n\n\
         Cordialement,\n\nPaul Henry\nProfesseur de technologie, référent numérique\n\
         Lycée Faidherbe - Lille\nTél. 03 20 00 00 00",
        NewIncident,
        Some(TresHaut),
        Some("0595012C"),
    ),
    case(
        "request",
        "a need told with its history",
        "From: Anne Leroux <anne.leroux@ac-bordeaux.example>\nSubject: Projet salle de musique assistée par ordinateur",
        "Bonjour,\n\nLe conseil d'administration du 25 novembre a voté le projet de l'équipe de \
         musique : transformer la salle 12 en salle de MAO avec huit postes, des claviers maîtres et \
         des casques. Le mobilier sera livré pendant les vacances de février.\n\
         Pourriez-vous nous indiquer la marche à suivre pour le matériel informatique et le câblage ?\n\n\
         Collège Montaigne - 0330789D\nUrgence : basse\n\nBien cordialement,\n\nAnne Leroux\n\
         Principale adjointe\nCollège Montaigne - Bordeaux",
        NewRequest,
        Some(Bas),
        Some("0330789D"),
    ),
    case(
        "intent",
        "a chase that retells the fault",
        "From: Sandrine Morel <sandrine.morel@ac-paris.example>\nSubject: RE: [CESAME #2026-019603] Imprimante du secrétariat",
        "Bonjour,\n\nJe reviens vers vous concernant l'imprimante du secrétariat, signalée le 23 \
         novembre : elle affiche toujours « erreur fusion » et nous imprimons les certificats de \
         scolarité au CDI depuis deux semaines. Pourriez-vous me dire où en est l'intervention ?\n\n\
         Cordialement,\n\nSandrine Morel\nGestionnaire\nLycée Voltaire - Paris 11e\nTél. 01 43 00 00 00",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a closure with a remark for later",
        "From: Claire Dubois <claire.dubois@ac-lyon.example>\nSubject: RE: [CESAME #2026-019604] Intervention terminée : Vidéoprojecteur salle 18",
        "Bonjour,\n\nLe vidéoprojecteur de la salle 18 fonctionne parfaitement depuis le passage du \
         technicien, vous pouvez clôturer.\nPour information, la télécommande aurait besoin de piles \
         neuves à l'occasion, mais rien d'urgent.\n\nMerci à toute l'équipe,\n\nClaire Dubois\n\
         Correspondante TICE - Lycée Ampère",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "news with what was tried",
        "From: Jean Martin <j.martin@ac-aix.example>\nSubject: RE: [CESAME #2026-019605] Poste de la CPE",
        "Bonjour,\n\nSuite à votre message, nous avons essayé de brancher le poste de la CPE sur une \
         autre prise réseau : même résultat, « câble réseau débranché ». Un autre poste fonctionne \
         sur sa prise, c'est donc sans doute la carte réseau.\n\nCordialement,\n\nJ. Martin\n\
         Gestionnaire - Collège Mistral",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a partial fix told at length",
        "From: Marc Petit <marc.petit@ac-lyon.example>\nSubject: RE: [CESAME #2026-019606] Intervention terminée : Salle informatique B12",
        "Bonjour,\n\nMerci pour l'intervention de ce matin. Les quinze postes démarrent de nouveau et \
         les élèves peuvent ouvrir leur session. En revanche, l'imprimante de la salle n'apparaît \
         toujours pas dans la liste, les professeurs ne peuvent donc pas imprimer.\n\n\
         Cordialement,\n\nMarc Petit\nSuppléant TICE - Lycée Ampère",
        FollowUp,
        None,
        None,
    ),
];
