//! The three-hundredth aside part: written after the hundred-and-seventieth round, before any
//! change, on faults told through negations: "ne s'allume pas depuis", "n'affiche rien depuis",
//! "ne fonctionne pas du tout", "aucun son ne sort", "pas de réseau depuis ce matin",
//! "impossible de se connecter depuis la mise à jour", "ne répond jamais du premier coup".

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_300: &[Case] = &[
    case(
        "request",
        "ne s'allume pas depuis",
        "From: paul.henry@ac-lille.example\nSubject: Vidéoprojecteur salle 14",
        "Bonjour,\nLe vidéoprojecteur de la salle 14 ne s'allume pas depuis la coupure de courant \
         de jeudi.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "n'affiche rien depuis",
        "From: claire.dubois@ac-lyon.example\nSubject: Écran d'accueil",
        "Bonjour,\nL'écran d'information de l'accueil n'affiche rien depuis lundi matin.\nClaire \
         Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "ne fonctionne pas du tout",
        "From: j.martin@ac-aix.example\nSubject: Scanner",
        "Bonjour,\nLe scanner du secrétariat ne fonctionne pas du tout : aucune réaction à la mise \
         sous tension.\nJ. Martin",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "aucun son ne sort",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Enceintes classe de CE1",
        "Bonjour,\nAucun son ne sort des enceintes de la classe de CE1, quel que soit l'ordinateur \
         branché.\nA. Leroux",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "pas de réseau depuis ce matin",
        "From: sandrine.morel@ac-paris.example\nSubject: Bâtiment D",
        "Bonjour,\nPas de réseau au bâtiment D depuis ce matin, ni filaire ni wifi.\nS. Morel",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "impossible de se connecter depuis la mise à jour",
        "From: marc.petit@ac-lyon.example\nSubject: Connexion impossible salle 20",
        "Bonjour,\nImpossible de se connecter aux postes de la salle 20 depuis la mise à jour de \
         vendredi : le mot de passe est refusé pour tous les élèves.\nM. Petit",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "ne répond jamais du premier coup",
        "From: paul.henry@ac-lille.example\nSubject: Badgeuse demi-pension",
        "Bonjour,\nLa badgeuse de la demi-pension ne répond jamais du premier coup : les élèves \
         doivent passer leur carte trois ou quatre fois.\nP. Henry",
        NewIncident,
        None,
        None,
    ),
];
