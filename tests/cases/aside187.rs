//! The hundred-and-eighty-seventh aside part: written after the hundred-and-forty-eighth round,
//! before any change, on new mail as schools send it: a list of machines to renew in a
//! spreadsheet saved the French way, a photo of a cracked screen, two faults in one mail, a
//! purchase a council approved, prefabricated buildings to connect, a storm's damage, the
//! region's form filled in for a repair and for an installation, a fault told in English.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_187: &[Case] = &[
    case(
        "request",
        "machines to renew in a French spreadsheet",
        "From: sandrine.morel@ac-paris.example\nSubject: Renouvellement postes 2027\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"cs\"",
        "--cs\nContent-Type: text/plain; charset=utf-8\n\nBonjour,\nVous trouverez ci-joint la liste \
         des postes à renouveler l'an prochain.\nSandrine Morel\n--cs\nContent-Type: text/csv; \
         charset=windows-1252; name=\"postes.csv\"\nContent-Disposition: attachment; filename=\"postes.csv\"\n\n\
         Salle;Poste;Année;Prix estimé\n204;PC-01;2017;650,00\n204;PC-02;2017;650,00\n--cs--",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a photo of a cracked screen",
        "From: paul.henry@ac-lille.example\nSubject: Écran fissuré salle 9\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"im\"",
        "--im\nContent-Type: text/plain; charset=utf-8\n\nVoir photo : l'écran du poste professeur est \
         fissuré sur toute la largeur.\n--im\nContent-Type: image/jpeg; name=\"ecran.jpg\"\n\
         Content-Disposition: attachment; filename=\"ecran.jpg\"\nContent-Transfer-Encoding: base64\n\n\
         /9j/4AAQSkZJRgABAQ==\n--im--",
        NewIncident,
        None,
        None,
    ),
    case(
        "request",
        "two faults in one mail",
        "From: claire.dubois@ac-lyon.example\nSubject: Deux soucis",
        "Bonjour,\nDeux soucis : la borne wifi du CDI clignote en rouge, et le poste 3 de la salle 12 \
         ne démarre plus.\nUrgence : moyenne\nClaire Dubois",
        NewIncident,
        Some(Moyen),
        None,
    ),
    case(
        "request",
        "a purchase a council approved",
        "From: j.martin@ac-aix.example\nSubject: Visualiseurs sciences",
        "Bonjour,\nLe conseil pédagogique a validé l'achat de cinq visualiseurs pour les salles de \
         sciences. Merci de lancer la commande.\nJ. Martin",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "prefabricated buildings to connect",
        "From: anne.leroux@ac-bordeaux.example\nSubject: Bâtiments modulaires",
        "Bonjour,\nLes bâtiments modulaires seront livrés en mars ; ils devront être raccordés au \
         réseau du collège avant l'arrivée des élèves.\nAnne Leroux",
        NewRequest,
        None,
        None,
    ),
    case(
        "request",
        "a storm's damage",
        "From: marc.petit@ac-lyon.example\nSubject: Orage",
        "Suite à l'orage de cette nuit, plus de téléphone ni d'internet dans le bâtiment B.\nUrgence : très haute",
        NewIncident,
        Some(TresHaut),
        None,
    ),
    case(
        "request",
        "the region's form filled in for a repair",
        "From: tice@region.example\nSubject: Formulaire de demande - 0595012C",
        "Établissement : 0595012C\nObjet de la demande : dépannage\nMatériel : copieur Ricoh MP \
         C3004\nDescription : bourrage permanent dans le module recto-verso\nUrgence : moyenne",
        NewIncident,
        Some(Moyen),
        Some("0595012C"),
    ),
    case(
        "request",
        "the region's form filled in for an installation",
        "From: tice@region.example\nSubject: Formulaire de demande - 0330789D",
        "Établissement : 0330789D\nObjet de la demande : installation\nMatériel : deux écrans \
         supplémentaires\nDescription : passer les postes de la vie scolaire en double écran\nUrgence : basse",
        NewRequest,
        Some(Bas),
        Some("0330789D"),
    ),
    case(
        "request",
        "a fault told in English",
        "From: sandrine.morel@ac-paris.example\nSubject: Staff room printer",
        "Hello,\nThe staff room printer is jammed again and shows error SC542.\nSandrine",
        NewIncident,
        None,
        None,
    ),
];
