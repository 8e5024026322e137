//! The hundred-and-fifty-ninth aside part: written after the hundred-and-thirty-seventh round,
//! before any change, on a reply's intent in registers not yet written: the administration's
//! formal French ("Je vous saurais gré", "J'ai l'honneur", "Je suis au regret"), an
//! international section's English, and French and English in one line.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_159: &[Case] = &[
    case(
        "intent",
        "a formal chase",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-015901] Autocommutateur",
        "Madame, Monsieur,\nJe vous saurais gré de bien vouloir m'indiquer la date d'intervention \
         prévue, la situation perdurant depuis trois semaines.\nJe vous prie d'agréer mes \
         salutations distinguées.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a formal closure",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015902] Intervention terminée - Serveur pédagogique",
        "Madame, Monsieur,\nJ'ai l'honneur de vous informer que le serveur pédagogique fonctionne \
         désormais correctement.\nVeuillez agréer l'expression de mes salutations distinguées.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a formal notice of the room",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-015903] Salle informatique 2",
        "Je porte à votre connaissance que la salle informatique 2 sera indisponible du 14 au 18 \
         décembre en raison des épreuves du brevet blanc.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "all sorted, in English",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015904] Laptop language lab",
        "All sorted now, cheers!",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "any update, in English",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015905] Language lab",
        "Any update on this? The lab is still down and our exams start next week.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "half working, in English",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-015906] Projector room 5",
        "The projector works but the sound is still missing.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the list, in English",
        "From: paul.henry@ac-lille.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of our open tickets?\nThanks",
        ListRequest,
        None,
        None,
    ),
    case(
        "intent",
        "French and English in one line",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-015908] Imprimante section européenne",
        "Bonjour, the printer is OK now, merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a formal leave to close",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-015909] Portable direction",
        "Le matériel ayant été remplacé, vous voudrez bien procéder à la clôture de ce dossier.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a formal regret",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-015910] Intervention terminée - Réseau bâtiment C",
        "Je suis au regret de vous informer que le dysfonctionnement persiste malgré \
         l'intervention de mardi.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a formal ultimatum",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-015911] Chauffage salle serveur",
        "Sans réponse de votre part d'ici vendredi, je me verrai contrainte de saisir les services \
         du rectorat.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit done, a check tomorrow",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-015912] Onduleur",
        "Je vous informe que le prestataire est intervenu ce jour ; nous vérifierons demain le bon \
         fonctionnement de l'onduleur.",
        FollowUp,
        None,
        None,
    ),
];
