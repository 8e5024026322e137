//! The hundred-and-thirty-fifth aside part: written after the hundred-and-twenty-third round,
//! before any change, on long mails where the point is buried: a greeting and context, the
//! history of the equipment, a colleague's words reported, the ask or the fault in the middle,
//! then thanks, a signature with titles, a disclaimer; in the costliest class, with urgency
//! and codes where a writer puts them in a long mail.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_135: &[Case] = &[
    case(
        "request",
        "a long need for the music room",
        "From: claire.dubois@ac-lyon.example\nSubject: Salle de musique",
        "Bonjour,\n\nJe me permets de vous écrire au sujet de la salle de musique du bâtiment A. \
         Comme vous le savez peut-être, nous avons ouvert cette année une option musique assistée \
         par ordinateur, qui accueille deux groupes de quinze élèves. Le professeur, M. Garnier, \
         utilise pour l'instant son ordinateur personnel et un vieux clavier prêté par le \
         conservatoire.\n\nAprès discussion en conseil pédagogique, il nous semblerait pertinent \
         d'équiper la salle de huit postes avec des claviers maîtres et des casques, afin que \
         les élèves puissent travailler en binôme.\n\nJe reste à votre disposition pour en \
         parler, et je peux vous faire parvenir le projet pédagogique si besoin.\n\nBien \
         cordialement,\n\nClaire Dubois\nProfesseure documentaliste\nCorrespondante numérique\n\
         Lycée Ampère - 0691234S\n\nCe message et ses pièces jointes sont confidentiels.",
        NewRequest,
        None,
        Some("0691234S"),
    ),
    case(
        "request",
        "a long fault in the science wing",
        "From: j.martin@ac-aix.example\nSubject: Problème dans l'aile sciences",
        "Bonjour à toute l'équipe,\n\nJ'espère que vous allez bien. Je vous contacte car depuis \
         la coupure de courant de mardi soir, les six postes de la salle de SVT (S12) ne \
         parviennent plus à se connecter au réseau : l'icône indique « aucun accès internet » et \
         les élèves ne peuvent pas ouvrir leurs sessions. Les postes de la salle voisine (S13), \
         branchés sur la même baie, fonctionnent normalement.\n\nNous avons essayé de \
         redémarrer les postes et le petit switch sous le bureau du professeur, sans \
         succès.\n\nMerci par avance pour votre aide,\n\nJean Martin\nPrincipal adjoint\n\
         Collège Mistral\nUAI : 0130456A",
        NewIncident,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a long need with a fault's history",
        "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteurs du bâtiment C",
        "Bonjour,\n\nL'an dernier, nous vous avions signalé à plusieurs reprises des pannes de \
         vidéoprojecteurs dans le bâtiment C, qui ont toutes été réparées, et nous vous en \
         remercions. Ces appareils ont cependant plus de douze ans, leurs lampes ne sont plus \
         fabriquées et l'image reste très pâle même après réparation.\n\nLa direction souhaite \
         donc que ces quatorze vidéoprojecteurs soient remplacés par des écrans interactifs lors \
         du prochain plan d'équipement.\n\nCordialement,\nSandrine Morel\nLycée Voltaire \
         (0751043B)",
        NewRequest,
        None,
        Some("0751043B"),
    ),
    case(
        "request",
        "a long fault with the urgency at the end",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Serveur de la vie scolaire",
        "Bonjour,\n\nCe matin, en arrivant, l'agent de la vie scolaire a constaté que le serveur \
         situé dans le local technique émettait un bip continu et qu'un voyant orange \
         clignotait en façade. Depuis, le logiciel des absences est inaccessible depuis tous les \
         postes, et les appels de 8 h n'ont pas pu être saisis.\n\nNous n'avons touché à \
         rien.\n\nNiveau d'urgence : très haut (aucun suivi des absences possible)\n\nAnne \
         Leroux\nCollège Montaigne\n0330789D",
        NewIncident,
        Some(TresHaut),
        Some("0330789D"),
    ),
    case(
        "request",
        "a colleague's words reported",
        "From: paul.henry@ac-lille.example\nSubject: Demande des professeurs de langues",
        "Bonjour,\n\nLors du dernier conseil d'enseignement, l'équipe de langues m'a demandé de \
         relayer la demande suivante : « Nous aimerions disposer d'un laboratoire de langues \
         numérique, avec une console professeur et vingt-quatre postes élèves, pour préparer les \
         épreuves orales. » Ils précisent que la salle L4, actuellement sous-utilisée, pourrait \
         l'accueillir.\n\nPouvez-vous me dire si une telle demande peut être étudiée ?\n\n\
         Paul Henry\nLycée Faidherbe, 0595012C",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a long fault told by a teacher, relayed",
        "From: marc.petit@ac-lyon.example\nSubject: Tableau de la salle 108",
        "Bonjour,\n\nMme Roussel, professeure de mathématiques, m'informe que le tableau \
         interactif de la salle 108 ne réagit plus au stylet depuis lundi : le curseur reste \
         figé dans le coin supérieur gauche, et le recalibrage proposé par le logiciel échoue à \
         chaque tentative. Elle fait donc cours au tableau blanc classique depuis trois \
         jours.\n\nUrgence : moyenne\n\nMarc Petit\nSuppléant numérique\nLycée Ampère \
         (0691234S)",
        NewIncident,
        Some(Moyen),
        Some("0691234S"),
    ),
    case(
        "request",
        "a long need to move a room",
        "From: j.martin@ac-aix.example\nSubject: Déménagement du CDI",
        "Bonjour,\n\nDans le cadre des travaux de rénovation de l'aile nord, le CDI va déménager \
         pendant les vacances de février dans l'ancienne salle polyvalente, au rez-de-chaussée. \
         Cette salle ne dispose aujourd'hui que de deux prises réseau.\n\nIl faudrait donc \
         prévoir le câblage de dix postes, le déplacement de l'imprimante et de la borne wifi, \
         ainsi que le transfert de la ligne téléphonique de la documentaliste.\n\nJe vous \
         remercie de me dire quelles informations vous seraient utiles pour préparer cette \
         opération.\n\nBien à vous,\nJean Martin\n0130456A",
        NewRequest,
        None,
        Some("0130456A"),
    ),
    case(
        "request",
        "a long fault with what was tried",
        "From: sandrine.morel@ac-paris.example\nSubject: Copieur de l'administration",
        "Bonjour,\n\nLe copieur multifonction du secrétariat de direction affiche depuis hier \
         après-midi le code « SC542 » et refuse toute impression, copie ou numérisation. Nous \
         l'avons éteint et rallumé à plusieurs reprises, et nous avons vérifié qu'aucune feuille \
         n'était coincée, sans résultat. Le fournisseur indique que ce code concerne l'unité de \
         fusion.\n\nLe secrétariat imprime en attendant sur l'imprimante de la vie scolaire, ce \
         qui n'est pas tenable longtemps.\n\nCordialement,\nSandrine Morel\nRNE 0751043B",
        NewIncident,
        None,
        Some("0751043B"),
    ),
];
