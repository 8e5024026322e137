//! The seventy-eighth aside part: written after the seventy-second round, before any change, with
//! more replies than the mix (the class most missed) and in voices not used before (a school that
//! corrects the desk, a school that rejects the contractor's closure, a trial agreed and passed,
//! the service level quoted, British English), with faults told without a fault word (an image
//! offset from the pen, a double count), in new content (newcomers who speak no French, a new
//! vocational section, the canteen's badge reader, a replacement part received).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_78: &[Case] = &[
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the school corrects the desk", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007801] TNI salle 12",
        "Bonjour,\nPetite correction : il s'agit de la salle 21 et non de la salle 12. Le tableau est celui du fond.", FollowUp, None, None),
    case("intent", "the contractor's closure rejected", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007802] Intervention terminée : Badgeuse de la cantine",
        "Bonjour,\nLe prestataire a clôturé l'intervention, mais personne n'est venu et la badgeuse compte toujours deux passages par élève.", FollowUp, None, None),
    case("intent", "a trial agreed and passed", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007803] Coupures wifi du CDI",
        "Bonjour,\nComme convenu, nous avons observé le wifi du CDI pendant une semaine : aucune coupure. Le dossier peut être refermé.", ClosureConfirmation, None, None),
    case("intent", "the service level quoted", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007804] Serveur pédagogique",
        "Bonjour,\nVotre charte prévoit une intervention sous un jour ouvré pour une urgence très haute. Le serveur est arrêté depuis mardi.", Reminder, Some(TresHaut), None),
    case("intent", "British English, all sorted", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007805] Projector room 14",
        "Hi,\nAll sorted on our side, the projector has been fine all week. Many thanks.", ClosureConfirmation, None, None),
    case("intent", "British English, a fortnight", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007806] Printer in the library",
        "Hi,\nAny update? It's been a fortnight and the library printer is still out of action.", Reminder, None, None),
    case("intent", "British English, the part arrived", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007806] Printer in the library",
        "Hi,\nThe replacement fuser arrived this morning; it is waiting in the office for your technician.", FollowUp, None, None),
    case("intent", "British English, which requests", "From: paul.henry@ac-lille.example\nSubject: Our requests",
        "Hi,\nCould you remind me which requests we currently have open with you?", ListRequest, None, None),
    case("intent", "the calibration holds", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007801] TNI salle 12",
        "Bonjour,\nDepuis le recalibrage, le stylet écrit exactement sous la pointe. Les collègues de la salle 21 sont contents.", ClosureConfirmation, None, None),
    case("intent", "a chase citing the report", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007802] Badgeuse de la cantine",
        "Bonjour,\nLa badgeuse facture toujours deux repas par élève. Les familles commencent à appeler l'intendance : quand pouvez-vous intervenir ?", Reminder, None, None),
    // --- new reports ----------------------------------------------------------------------------
    case("request", "an image offset from the pen", "From: anne.leroux@ac-bordeaux.example\nSubject: TNI salle 12",
        "Bonjour,\nSur le TNI de la salle 21, le trait apparaît à cinq centimètres à gauche de la pointe du stylet.", NewIncident, None, None),
    case("request", "a double count", "From: claire.dubois@ac-lyon.example\nSubject: Badgeuse de la cantine",
        "Bonjour,\nDepuis lundi, la badgeuse de la cantine enregistre deux passages pour chaque élève, et le logiciel facture donc deux repas.", NewIncident, None, None),
    case("request", "newcomers who speak no French", "From: j.martin@ac-aix.example\nSubject: Élèves allophones",
        "Bonjour,\nLe collège accueille quinze élèves allophones depuis la Toussaint. Un logiciel de traduction sur les tablettes de la classe d'accueil les aiderait à suivre.", NewRequest, None, None),
    case("request", "a new vocational section", "From: paul.henry@ac-lille.example\nSubject: Ouverture du BTS CPI",
        "Bonjour,\nLe lycée ouvre un BTS Conception des produits industriels en septembre. Il faudra une salle de 15 postes avec le logiciel de CAO et une imprimante 3D.", NewRequest, None, None),
    case("request", "British English, a trolley of laptops", "From: paul.henry@ac-lille.example\nSubject: Laptop trolley",
        "Hi,\nThe maths department would love a trolley of laptops they can wheel between rooms 10 to 14.", NewRequest, None, None),
    case("request", "the library printer out of action", "From: paul.henry@ac-lille.example\nSubject: Printer in the library",
        "Hi,\nThe library printer has been out of action since Tuesday: paper jam light on, no paper inside.", NewIncident, None, None),
];
