//! The two-hundred-and-ninetieth aside part: written after the hundred-and-sixty-eighth round,
//! before any change, on long mails as schools write them: a fault told with its story and a
//! full signature block, a need argued over three paragraphs, a chase with apologies and a
//! legal footer, news with a timetable pasted, a closure inside a long thank-you.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_290: &[Case] = &[
    case(
        "request",
        "a fault told with its story and a full signature",
        "From: claire.dubois@ac-lyon.example\nSubject: Salle informatique 105",
        "Bonjour,\n\nJe me permets de vous contacter au sujet de la salle informatique 105. Lundi \
         matin, à l'arrivée des élèves de seconde, les postes ont démarré normalement, puis vers 10 \
         h la moitié d'entre eux ont perdu l'accès au réseau. Nous avons redémarré le commutateur \
         de la salle sans effet. Depuis, seuls les postes du côté fenêtre se connectent.\n\nLes \
         professeurs de SNT doivent se replier au CDI, qui n'a que huit postes.\n\nUrgence : \
         haute\n\nBien cordialement,\n\nClaire Dubois\nProfesseure documentaliste - \
         Correspondante numérique\nLycée Ampère - 0691234S\n12 rue de la République, 69001 Lyon\n\
         Tél. 04 72 00 00 00 - En cas d'urgence : 06 00 00 00 00",
        NewIncident,
        Some(TresHaut),
        Some("0691234S"),
    ),
    case(
        "request",
        "a need argued over three paragraphs",
        "From: paul.henry@ac-lille.example\nSubject: Équipement de la salle de sciences",
        "Bonjour,\n\nLe collège ouvre à la rentrée prochaine une option sciences et laboratoire pour \
         les élèves de quatrième, soit deux groupes de quatorze.\n\nLa salle de sciences ne dispose \
         aujourd'hui que d'un poste professeur et d'un vidéoprojecteur. Pour les mesures et \
         l'acquisition de données, les élèves devraient pouvoir travailler en binômes sur des \
         ordinateurs portables avec les interfaces d'acquisition.\n\nNous sollicitons donc \
         l'équipement de la salle en sept portables et un chariot de recharge, ainsi que \
         l'installation du logiciel d'acquisition.\n\nRestant à votre disposition,\nPaul Henry\n\
         Principal adjoint - Collège Jean Bart (0595012C)",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "intent",
        "a chase with apologies and a legal footer",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-029003] Visioconférence salle du conseil",
        "Bonjour,\n\nDésolée de vous relancer une nouvelle fois, je sais que vous êtes très \
         sollicités en cette fin de trimestre. Le conseil d'administration se tient mardi et nous \
         n'avons toujours pas de solution pour la visioconférence.\n\nMerci d'avance,\nSandrine \
         Morel\n\n--\nCe message et ses pièces jointes sont confidentiels et destinés \
         exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci de le détruire \
         et d'en avertir l'expéditeur.",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "news with a timetable pasted",
        "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-029004] Câblage salle 3 - créneaux",
        "Bonjour,\n\nVoici les créneaux où la salle 3 est libre la semaine prochaine, pour le \
         passage du technicien :\n\nLundi     8 h - 10 h\nMardi     14 h - 17 h\nJeudi     10 h - \
         12 h\n\nLa loge a la clé.\n\nJ. Martin",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a closure inside a long thank-you",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-029005] Clôture technique - Réseau de l'école",
        "Bonjour,\n\nJe tenais à remercier toute l'équipe, et tout particulièrement le technicien \
         venu jeudi, pour sa patience et ses explications aux enseignantes. Depuis son passage, le \
         réseau n'a plus connu la moindre coupure et les tablettes se connectent sans difficulté \
         dans toutes les classes.\n\nVous pouvez clôturer le ticket de notre côté.\n\nBelle fin de \
         journée,\nAnne Leroux\nDirectrice - École Montaigne",
        ClosureConfirmation,
        None,
        None,
    ),
];
