//! The hundred-and-forty-sixth aside part: written after the hundred-and-twenty-ninth round,
//! before any change, on the mix as the last week before the winter holidays brings
//! it: faults to fix before the break, needs for January, urgency told by the holidays or in
//! forms not yet written, codes written in new ways, and the replies of the week.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_146: &[Case] = &[
    case(
        "urgency",
        "before the holidays, told as the level",
        "From: claire.dubois@ac-lyon.example\nSubject: Serveur de sauvegarde - à traiter avant les vacances",
        "Bonjour,\nLe serveur de sauvegarde signale un disque en erreur depuis lundi.\n\
         Niveau d'urgence : moyen (à traiter avant le 18/12 si possible).\nLycée Ampère 0691234S",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "urgency",
        "a level in a table cell",
        "From: j.martin@ac-aix.example\nSubject: Signalement panne",
        "Établissement | Collège Mistral\nUAI | 0130456A\nMatériel | Switch salle 12\n\
         Urgence | Très haute\nDescription | Plus aucun poste de la salle n'a accès au réseau.",
        NewIncident,
        Some(TresHaut),
        Some("0130456A"),
    ),
    case(
        "urgency",
        "low, said as it can wait",
        "From: sandrine.morel@ac-paris.example\nSubject: Horloge du hall",
        "Bonjour,\nL'horloge numérique du hall affiche une heure de retard depuis le changement \
         d'heure. Priorité basse, cela peut attendre janvier.\n0751043B",
        NewIncident,
        Some(Bas),
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code split by a space",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Borne wifi CDI",
        "Bonjour,\nLa borne wifi du CDI clignote orange et plus personne ne s'y connecte.\n\
         Code établissement : 0330 789D\nUrgence : moyenne",
        NewIncident,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "uai",
        "a code in the signature's line",
        "From: paul.henry@ac-lille.example\nSubject: Logiciel de gestion des absences",
        "Bonjour,\nPour la rentrée de janvier, nous souhaitons que le module d'appel soit ouvert \
         aux assistants d'éducation.\n\nPaul Henry - Proviseur adjoint - Lycée Faidherbe \
         (RNE 0595012C)",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "laptops for the new teachers in January",
        "From: marc.petit@ac-lyon.example\nSubject: Postes pour les contractuels",
        "Bonjour,\nTrois professeurs contractuels nous rejoignent au retour des vacances. Il \
         faudrait leur préparer trois ordinateurs portables avec les logiciels habituels.\n\
         0691234S",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "the network cut for works",
        "From: j.martin@ac-aix.example\nSubject: Travaux pendant les vacances",
        "Bonjour,\nDes travaux d'électricité auront lieu dans le bâtiment B pendant les vacances. \
         Il faudra déplacer la baie réseau du couloir vers le local technique avant le 4 janvier.\n\
         0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "the copier stops before the party",
        "From: sandrine.morel@ac-paris.example\nSubject: Copieur vie scolaire",
        "Bonjour,\nLe copieur de la vie scolaire affiche « erreur fusion » et n'imprime plus rien, \
         alors que nous devons tirer les bulletins cette semaine.\nUrgence : haute\n0751043B",
        NewIncident,
        Some(TresHaut),
        Some("0751043B"),
    ),
    case(
        "intent",
        "fixed before the break",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-014609] Intervention terminée - Borne wifi CDI",
        "Bonjour,\nC'est réparé, la borne fonctionne de nouveau. Merci et bonnes fêtes !",
        ClosureConfirmation,
        None,
        None,
    ),
    case(
        "intent",
        "a chase before the break",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-014610] Autocommutateur",
        "Bonjour,\nLes vacances commencent vendredi et le standard est toujours en panne : une \
         intervention est-elle prévue d'ici là ?",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "closed for the holidays, news",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-014611] Baie de brassage",
        "Pour information, le lycée sera fermé du 19 décembre au 4 janvier : aucune intervention \
         ne sera possible pendant cette période.",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "the list before the break",
        "From: j.martin@ac-aix.example\nSubject: Point avant les vacances",
        "Bonjour,\nAvant les vacances, pourriez-vous me faire un point sur toutes nos demandes \
         encore ouvertes ?\nMerci, bonnes fêtes",
        ListRequest,
        None,
        None,
    ),
    case(
        "spam",
        "season's greetings from a vendor",
        "From: voeux@solutions-educ.example\nSubject: Joyeuses fêtes de la part de Solutions Éduc !",
        "Toute l'équipe Solutions Éduc vous souhaite de joyeuses fêtes. Profitez de -25 % sur \
         nos licences jusqu'au 31 décembre !\nSe désinscrire : https://solutions-educ.example/stop",
        Spam,
        None,
        None,
    ),
    case(
        "spam",
        "an absence for the holidays",
        "From: sandrine.morel@ac-paris.example\nSubject: Absente jusqu'au 4 janvier\nAuto-Submitted: auto-replied",
        "Bonjour,\nJe serai absente jusqu'au 4 janvier. Bonnes fêtes de fin d'année !\n\
         Sandrine Morel",
        AutoReply,
        None,
        None,
    ),
];
