//! The hundred-and-fortieth aside part: written after the hundred-and-twenty-sixth round,
//! before any change, on a reply's intent told second-hand: what a teacher, the caretaker, the
//! pupils or the head say of the repair, relayed by the correspondant or the suppléant, some
//! with the colleague's own mail forwarded below; closures, partial fixes, chases and news.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_140: &[Case] = &[
    case(
        "intent",
        "the teacher says it works",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014001] Vidéoprojecteur salle 14",
        "Bonjour,\nLe professeur de la salle 14 me confirme que le vidéoprojecteur fonctionne \
         parfaitement depuis le passage du technicien. Merci !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the caretaker says it beeps again",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014002] Onduleur",
        "Bonjour,\nD'après l'agent d'entretien, l'onduleur s'est remis à biper cette nuit.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the pupils say half works",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014003] Wifi internat",
        "Les internes me disent que le wifi passe bien au premier étage, mais toujours pas au \
         second.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the head asks where it stands",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014004] Autocommutateur",
        "Bonjour,\nLe proviseur souhaite savoir où en est la réparation du standard, toujours hors \
         service. Pouvez-vous me donner une date ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's mail forwarded as a closure",
        "From: anne.leroux@ac-bordeaux.example\nSubject: TR: RE: [CESAME #2026-014005] Tableau interactif salle 2",
        "Pour confirmation de clôture.\n\n-----Message d'origine-----\nDe : Mme Roux\nObjet : \
         Tableau salle 2\n\nBonjour Anne, le tableau fonctionne de nouveau, merci de \
         transmettre !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a teacher's mail forwarded as a complaint",
        "From: paul.henry@ac-lille.example\nSubject: TR: RE: [CESAME #2026-014006] Salle informatique 3",
        "Voir ci-dessous, merci de relancer le prestataire.\n\n-----Message d'origine-----\n\
         De : M. Lefèvre\nObjet : Salle 3\n\nToujours impossible d'ouvrir une session en salle 3, \
         trois semaines après le signalement.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the head thanks the team",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014007] Réseau administratif",
        "Bonjour,\nLa proviseure tient à remercier l'équipe : le réseau administratif est rétabli \
         et les bulletins ont pu partir. Vous pouvez clore.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "the teacher gives a detail",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014008] Poste du labo",
        "Précision de l'enseignante : l'écran bleu apparaît uniquement quand le microscope USB est \
         branché.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the caretaker saw nobody",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014009] Portail",
        "Le gardien n'a vu personne hier, alors que le passage était annoncé. Que se passe-t-il \
         ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the teachers are happy",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014010] Casques salle de langues",
        "Les collègues de langues sont ravis, les nouveaux casques fonctionnent à merveille. Merci \
         beaucoup.",
        ClosureConfirmation,
        None,
        None,
    ),
];
