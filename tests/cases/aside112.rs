//! The hundred-and-twelfth aside part: written after the hundred-and-second round, before any
//! change, on registers and layouts: typed on a phone ("slt", "qq1", "d avoir", "tjs rien ??",
//! "ok c bon"), English needs, faults and lists, HTML tables of a school's own form, a forward
//! of a forward, a need told as a "souci" and a fault as a "souhait", urgency with an emoji and
//! "(pas pressé)", codes in a subject's brackets and as "uai:0130456a".

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_112: &[Case] = &[
    // --- typed on a phone ------------------------------------------------------------------------
    case("request", "a fault from a phone", "From: paul.henry@ac-lille.example\nSubject: imprimante",
        "slt, imprimante salle 4 HS encore, qq1 peut passer ? merci", NewIncident, None, None),
    case("request", "a need from a phone", "From: j.martin@ac-aix.example\nSubject: pc cdi",
        "bjr, ce serait possible d avoir 2 pc en plus au cdi ? bcp d eleves attendent", NewRequest, None, None),
    case("urgency", "shouted from a phone", "From: marc.petit@ac-lyon.example\nSubject: internet",
        "URGENT!!! plus d internet ds tt le lycee", NewIncident, Some(TresHaut), None),
    case("intent", "a closure from a phone", "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-011204] wifi cdi",
        "ok c bon ca remarche, merci !", ClosureConfirmation, None, None),
    case("intent", "a chase from a phone", "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-011201] imprimante",
        "tjs rien ?? ca fait 10j", Reminder, None, None),
    // --- English ---------------------------------------------------------------------------------
    case("request", "access points in English", "From: sandrine.morel@ac-paris.example\nSubject: Access points - science block",
        "Hello,\nWe would like to request two additional access points for the new science block, which opens in January.\nBest regards,\nSandrine", NewRequest, None, None),
    case("request", "a false jam in English", "From: sandrine.morel@ac-paris.example\nSubject: Staff room printer",
        "Hello,\nThe staff room printer has been showing \"paper jam\" since this morning, although there is no paper stuck anywhere.", NewIncident, None, None),
    case("intent", "open tickets asked in English", "From: sandrine.morel@ac-paris.example\nSubject: Tickets",
        "Hi,\nCan you tell me which of our tickets are still open?\nThanks", ListRequest, None, None),
    // --- layouts ---------------------------------------------------------------------------------
    case("request", "a form's table asking", "From: claire.dubois@ac-lyon.example\nSubject: Formulaire de demande\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>Type</td><td>Demande d'évolution</td></tr><tr><td>Objet</td><td>Ajout d'une prise réseau au bureau de l'infirmière</td></tr><tr><td>Demandeur</td><td>Claire Dubois</td></tr></table>", NewRequest, None, None),
    case("urgency", "a form's table telling", "From: claire.dubois@ac-lyon.example\nSubject: Formulaire de signalement\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>Type</td><td>Incident</td></tr><tr><td>Objet</td><td>Copieur du 1er étage en erreur</td></tr><tr><td>Urgence</td><td>Haute</td></tr></table>", NewIncident, Some(TresHaut), None),
    case("request", "a forward of a forward", "From: j.martin@ac-aix.example\nSubject: TR: TR: connexion ENT",
        "Pour traitement, merci.\n\n---------- Forwarded message ---------\nDe : Mme Roux (professeure de lettres)\nObjet : TR: connexion ENT\n\nJe te transfère le message d'un élève.\n\n---------- Forwarded message ---------\nDe : Léo\nObjet : connexion ENT\n\nMadame, mon identifiant ENT ne marche plus depuis hier, ça me dit mot de passe incorrect alors que c'est le bon.", NewIncident, None, None),
    case("request", "a need told as a worry", "From: marc.petit@ac-lyon.example\nSubject: Chariot de tablettes",
        "Bonjour,\nPetit souci d'organisation : nous n'avons qu'un seul chariot de tablettes pour tout l'étage, il en faudrait un second.", NewRequest, None, None),
    case("request", "a fault told as a wish", "From: anne.leroux@ac-bordeaux.example\nSubject: Photocopieur",
        "Bonjour,\nSouhait unanime des collègues : que le photocopieur arrête de froisser une feuille sur deux !", NewIncident, None, None),
    // --- urgency and codes ------------------------------------------------------------------------
    case("urgency", "an emoji and urgent", "From: sandrine.morel@ac-paris.example\nSubject: 🔴 Urgent - réseau coupé bâtiment A",
        "Bonjour,\nPlus de réseau dans tout le bâtiment A depuis 9 h.", NewIncident, Some(TresHaut), None),
    case("urgency", "not pressed, in the subject", "From: j.martin@ac-aix.example\nSubject: Enceinte salle 2 (pas pressé)",
        "Bonjour,\nL'enceinte droite de la salle 2 ne sort plus de son.", NewIncident, Some(Bas), None),
    case("uai", "a code in the subject's brackets", "From: paul.henry@ac-lille.example\nSubject: [0595012C] Écran salle 1",
        "Bonjour,\nL'écran du poste enseignant de la salle 1 reste noir.", NewIncident, None, Some("0595012C")),
    case("uai", "a code glued to its label", "From: j.martin@ac-aix.example\nSubject: Clavier accueil",
        "Bonjour,\nle clavier de l'accueil tape des lettres en double.\nuai:0130456a", NewIncident, None, Some("0130456A")),
];
