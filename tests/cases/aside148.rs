//! The hundred-and-forty-eighth aside part: written after the hundred-and-thirtieth round,
//! before any change, on a reply's intent in the middle of a ticket's life: the cost asked,
//! the suppléant confirming for the correspondant, a call asked for, a correction of the
//! scope, a visit announced by phone, the fault the same after the visit, thanks after a
//! restart done with the desk, a wait for a call that never came, a question on the visit's
//! day.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_148: &[Case] = &[
    case(
        "intent",
        "the cost asked",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014801] Vidéoprojecteur amphithéâtre",
        "Bonjour,\nCette réparation sera-t-elle à la charge du lycée ? L'intendante souhaite le \
         savoir avant de valider.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the suppléant confirms for the correspondant",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014802] Intervention terminée - Photocopieur",
        "Bonjour,\nMme Dubois étant absente cette semaine, je vous confirme que le photocopieur \
         fonctionne correctement depuis le passage du technicien.\nMarc Petit",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a call asked for",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014803] Serveur pédagogique",
        "Pouvez-vous me rappeler au 04 91 00 00 00 ? Ce sera plus simple d'expliquer le problème \
         de vive voix.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the scope corrected",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014804] Postes salle 110",
        "Bonjour,\nPetite correction : ce sont finalement quatre postes qui sont touchés et non \
         deux (les postes 3, 4, 7 et 8).",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the visit announced by phone",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014805] Baie réseau",
        "Le technicien vient d'appeler : il passera lundi matin vers 9 h.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the same fault after the visit",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014806] Intervention terminée - Tableau numérique salle 12",
        "Bonjour,\nMalgré le passage du technicien, même problème ce matin : le stylet ne répond \
         plus au bout de dix minutes.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "thanks after a restart done with the desk",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014807] Serveur d'impression",
        "Effectivement, après le redémarrage du serveur, tout est rentré dans l'ordre. Merci pour \
         votre aide précieuse !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a call that never came",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-014808] Autocommutateur",
        "Bonjour,\nOn nous avait annoncé un appel du prestataire pour fixer un rendez-vous : nous \
         n'avons été contactés par personne à ce jour.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the visit's day asked",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-014809] Intervention prévue - Wifi bâtiment A",
        "Bonjour,\nPouvez-vous me préciser le jour exact du passage ? Je dois prévenir la loge \
         pour l'accès au bâtiment.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "closed because the authority replaced it",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014810] Portable direction",
        "Je vous remercie de bien vouloir clôturer ma demande : le département nous a livré un \
         nouveau portable entre-temps.",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "yes to a question that is not about closing",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014811] Question sur votre demande - Imprimante",
        "Oui, c'est bien l'imprimante de la salle 204, au deuxième étage.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "fine for a day, then not",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-014812] Borne wifi internat",
        "La borne a tenu une journée après le redémarrage, et ce soir plus aucun interne n'arrive \
         à se connecter.",
        FollowUp,
        None,
        None,
    ),
];
