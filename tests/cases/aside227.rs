//! The two-hundred-and-twenty-seventh aside part: written after the hundred-and-fifty-sixth
//! round, before any change, on the costliest class once more, needs against faults in fields
//! not yet written: licences for a new option, a room turned into a lab, a badge reader to
//! add, a slow link to raise, a mailbox to create, a broken badge reader, a lost licence key,
//! a site blocked by the filter that should not be.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_227: &[Case] = &[
    case(
        "request",
        "licences for a new option",
        "From: claire.dubois@ac-lyon.example\nSubject: Option cinéma-audiovisuel",
        "Bonjour,\nL'ouverture de l'option cinéma à la rentrée suppose un logiciel de montage sur \
         les douze postes de la salle 105. Pouvez-vous prévoir les licences ?\nClaire Dubois",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a room turned into a lab",
        "From: paul.henry@ac-lille.example\nSubject: Transformation salle 008 - UAI 0595012C",
        "Bonjour,\nLa salle 008 deviendra un laboratoire de langues en janvier : il faudra y tirer \
         des prises réseau pour 24 postes.\nPaul Henry",
        NewRequest,
        None,
        Some("0595012C"),
    ),
    case(
        "request",
        "a badge reader to add",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Lecteur de badges",
        "Bonjour,\nNous souhaiterions ajouter un lecteur de badges à l'entrée du CDI, relié au \
         même logiciel que celui de la cantine.\nA. Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a slow link to raise",
        "From: j.martin@ac-aix.example\nSubject: Débit insuffisant",
        "Bonjour,\nAvec 400 élèves connectés, notre liaison à 20 Mb/s ne suffit plus aux usages de \
         l'ENT. Une montée en débit est-elle envisageable ?\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a mailbox to create",
        "From: sandrine.morel@ac-paris.example\nSubject: Boîte fonctionnelle infirmerie",
        "Bonjour,\nL'infirmière voudrait une adresse fonctionnelle infirmerie@ pour ne plus \
         utiliser sa messagerie personnelle.\nS. Morel",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a broken badge reader",
        "From: marc.petit@ac-lyon.example\nSubject: Badgeuse cantine",
        "Bonjour,\nLa badgeuse de la cantine reste éteinte depuis la coupure d'électricité de \
         lundi ; les élèves passent sans être décomptés.\nUrgence : très haute\nM. Petit",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "a lost licence key",
        "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de CAO",
        "Bonjour,\nDepuis la mise à jour d'hier, le logiciel de CAO demande à nouveau sa clé de \
         licence et refuse de démarrer sur les postes de l'atelier.\nClaire Dubois",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "a site blocked that should not be",
        "From: tice@region.example\nSubject: Site bloqué par le filtrage",
        "Bonjour,\nLe site de l'INA, utilisé en histoire depuis des années, est bloqué par le \
         filtrage depuis vendredi : « catégorie non autorisée ».\nL'équipe TICE",
        NewIncident,
        None,
        None,
    ),
];
