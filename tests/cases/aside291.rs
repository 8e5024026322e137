//! The two-hundred-and-ninety-first aside part: written after the hundred-and-sixty-eighth round,
//! before any change, on chases told at length as a state, and news as long beside them: the
//! consequences listed day by day, a parent's complaint relayed with the wait, the workaround
//! wearing thin; a visit's account, a test run on request.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_291: &[Case] = &[
    case(
        "intent",
        "the consequences listed",
        "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-029101] Serveur de fichiers",
        "Bonjour,\n\nDepuis notre signalement du 23 novembre, les conséquences s'accumulent : les \
         professeurs ne retrouvent plus leurs documents, les élèves de troisième ne peuvent pas \
         avancer leur dossier d'orientation, et le secrétariat travaille sur clé USB.\n\nP. Henry",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a parent's complaint relayed with the wait",
        "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-029102] ENT - comptes parents",
        "Bonjour,\n\nUn parent d'élève s'est plaint ce matin auprès du proviseur : cela fait trois \
         semaines qu'il ne peut plus consulter les notes de sa fille sur l'ENT, comme une \
         quarantaine d'autres familles depuis notre signalement.\n\nClaire Dubois",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "the workaround wearing thin",
        "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-029103] Imprimante vie scolaire",
        "Bonjour,\n\nLa vie scolaire imprime depuis quinze jours sur l'imprimante du secrétariat, \
         à l'autre bout du bâtiment. Les CPE font l'aller-retour plusieurs dizaines de fois par \
         jour, et la solution provisoire devient difficile à tenir.\n\nS. Morel",
        Reminder,
        None,
        None,
    ),
    case(
        "intent",
        "a visit's account",
        "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-029104] Tableau numérique CP",
        "Bonjour,\n\nLe technicien est venu ce matin. Il a changé le câble HDMI et recalibré le \
         tableau ; l'image revient, mais le tactile reste décalé d'un centimètre vers la gauche. \
         Il pense qu'il faudra remplacer le capteur et doit vous envoyer un devis.\n\nA. Leroux",
        FollowUp,
        None,
        None,
    ),
    case(
        "intent",
        "a test run on request",
        "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-029105] Lenteurs réseau - test demandé",
        "Bonjour,\n\nComme demandé, j'ai lancé le test de débit depuis trois postes à 10 h, 12 h et \
         16 h : 4 Mb/s au mieux, 0,8 Mb/s à midi. Les résultats détaillés sont en pièce \
         jointe.\n\nM. Petit",
        FollowUp,
        None,
        None,
    ),
];
