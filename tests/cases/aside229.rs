//! The two-hundred-and-twenty-ninth aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on urgency and codes in forms not yet written: "Niveau
//! d'urgence : 3/3", "pas pressé", a subject's "(urgent !)", an urgency in a table cell of an
//! HTML-only mail, a code written with dots, a code after "RNE", a code in a signature's
//! address line.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_229: &[Case] = &[
    case(
        "urgency",
        "a level out of three",
        "From: claire.dubois@ac-lyon.example\nSubject: Réseau administratif coupé",
        "Bonjour,\nPlus aucun poste administratif n'accède au réseau depuis 8 h.\nNiveau d'urgence : \
         3/3\nClaire Dubois",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "not in a hurry",
        "From: j.martin@ac-aix.example\nSubject: Souris salle 3",
        "Bonjour,\nDeux souris de la salle 3 ont une molette qui accroche. Rien de pressé, à voir lors \
         d'un prochain passage.\nJ. Martin",
        NewIncident,
        Some(Bas),
        None,
    ),
    case(
        "urgency",
        "a subject's exclamation in parentheses",
        "From: paul.henry@ac-lille.example\nSubject: Plus d'accès à Pronote (urgent !)",
        "Bonjour,\nAucun professeur ne peut se connecter à Pronote : « serveur indisponible ». Les \
         conseils de classe commencent ce soir.\nPaul Henry",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "urgency",
        "an urgency in a table cell",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Signalement\nContent-Type: text/html; charset=utf-8",
        "<html><body><table><tr><td>Établissement</td><td>0330789D</td></tr><tr><td>Matériel</td>\
         <td>Imprimante du secrétariat</td></tr><tr><td>Problème</td><td>Bourrage permanent, plus \
         aucune impression</td></tr><tr><td>Urgence</td><td>Moyenne</td></tr></table></body></html>",
        NewIncident,
        Some(Moyen),
        Some("0330789D"),
    ),
    case(
        "uai",
        "a code with dots",
        "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur salle 301",
        "Bonjour,\nÉtablissement 075.1043.B : le vidéoprojecteur de la salle 301 affiche des couleurs \
         délavées depuis lundi.\nS. Morel",
        NewIncident,
        None,
        Some("0751043B"),
    ),
    case(
        "uai",
        "a code after RNE",
        "From: marc.petit@ac-lyon.example\nSubject: Poste CPE",
        "Bonjour,\nLycée Jean Moulin (RNE 0691234S) : le poste du CPE redémarre en boucle depuis la \
         mise à jour.\nM. Petit",
        NewIncident,
        None,
        Some("0691234S"),
    ),
    case(
        "uai",
        "a code in a signature's address line",
        "From: j.martin@ac-aix.example\nSubject: Téléphone loge",
        "Bonjour,\nLe téléphone de la loge n'a plus de tonalité.\n\n--\nJ. Martin\nCollège Test - \
         0130456A - 12 avenue des Pins, 13100 Aix-en-Provence",
        NewIncident,
        None,
        Some("0130456A"),
    ),
];
