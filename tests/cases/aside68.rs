//! The sixty-eighth aside part: written after the sixty-second round, before any change, in
//! about the mix and in voices not used before (a new correspondant who apologises for
//! writing, a fault told in a postscript after thanks, irony, the future tense of a project to
//! be presented, a question about the procedure itself, a Spanish teacher's greetings), in new
//! content (the switchboard, the library's e-readers, digital pianos, drawing tablets, the care
//! section's simulation mannequin, the hall's video wall, a braille display, barcode scanners
//! for a teaching warehouse, the electrical section's programmable controllers).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_68: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the switchboard hangs up", "From: claire.dubois@ac-lyon.example\nSubject: Standard téléphonique",
        "Bonjour,\nDepuis ce matin, le standard raccroche au nez des appelants au bout de trois sonneries.", NewIncident, None, None),
    case("request", "e-readers that never charge", "From: j.martin@ac-aix.example\nSubject: Liseuses du CDI",
        "Bonjour,\nLes liseuses du CDI affichent « batterie critique » même après une nuit entière en charge.", NewIncident, None, None),
    case("request", "thanks, then a fault in a postscript", "From: sandrine.morel@ac-paris.example\nSubject: Pianos numériques",
        "Bonjour,\nMerci encore pour l'installation des pianos numériques la semaine dernière, les élèves sont ravis.\nPS : le piano n° 3 n'émet aucun son dans le casque.", NewIncident, None, None),
    case("request", "abbreviations: AP, MAJ", "From: paul.henry@ac-lille.example\nSubject: Tablettes graphiques",
        "Bonjour,\nLes tablettes graphiques de la salle d'AP ne sont pas reconnues par les PC depuis la MAJ de Windows de mardi.", NewIncident, None, None),
    case("request", "the simulation mannequin", "From: anne.leroux@ac-bordeaux.example\nSubject: Mannequin de simulation",
        "Bonjour,\nLe mannequin de simulation de la section ASSP ne communique plus avec son logiciel : l'écran reste sur « recherche du mannequin ».", NewIncident, None, None),
    case("request", "irony, the video wall", "From: marc.petit@ac-lyon.example\nSubject: Mur d'images",
        "Devinez quoi : le mur d'images du hall est encore tout noir ce matin. Trois écrans sur neuf, rien sur les autres.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a braille display", "From: claire.dubois@ac-lyon.example\nSubject: Élève malvoyante",
        "Bonjour,\nUne élève malvoyante arrive en seconde en janvier. Elle travaille avec une plage braille, que les postes du CDI devront reconnaître.", NewRequest, None, None),
    case("request", "the procedure itself", "From: j.martin@ac-aix.example\nSubject: Poste pour le secrétariat",
        "Bonjour,\nFaut-il remplir un formulaire pour obtenir un poste de plus au secrétariat, ou un simple mail suffit-il ?", NewRequest, None, None),
    case("request", "a project to be presented", "From: paul.henry@ac-lille.example\nSubject: Magasin pédagogique",
        "Bonjour,\nLors du conseil pédagogique du 12, l'équipe de logistique présentera son projet de magasin pédagogique. Il lui faudra des douchettes code-barres et un poste dédié.", NewRequest, None, None),
    case("request", "absences on a screen", "From: sandrine.morel@ac-paris.example\nSubject: Absences des professeurs",
        "Bonjour,\nLes absences des professeurs sont affichées sur une feuille dans le hall, que les élèves ne voient pas toujours. Un écran qui reprendrait les absences saisies dans Pronote, ce serait l'idéal.", NewRequest, None, None),
    case("request", "controllers on the network", "From: anne.leroux@ac-bordeaux.example\nSubject: Automates de la section électricité",
        "Bonjour,\nLa section électricité voudrait relier ses automates programmables au réseau pédagogique, pour les programmer depuis la salle de cours.", NewRequest, None, None),
    case("request", "a Spanish teacher's greetings", "From: marc.petit@ac-lyon.example\nSubject: Plateforme en espagnol",
        "¡Buenos días!\nLes professeurs d'espagnol cherchent une plateforme de vidéos en espagnol à projeter en classe ; un abonnement pour le lycée les aiderait beaucoup.\n¡Gracias!", NewRequest, None, None),
    case("request", "a new correspondant apologises", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel de cartographie",
        "Bonjour,\nDésolée de vous déranger, je suis la nouvelle correspondante. Les collègues de SVT m'ont demandé s'il était possible d'avoir un logiciel de cartographie sur les postes de la salle 14.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "irony, a week without a switchboard", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006801] Standard téléphonique",
        "Bravo, encore une semaine sans standard. Les parents ne peuvent toujours pas nous joindre.", Reminder, None, None),
    case("intent", "the e-readers last the day again", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006802] Liseuses du CDI",
        "Les liseuses tiennent de nouveau la journée entière depuis le changement des câbles. Merci !", ClosureConfirmation, None, None),
    case("intent", "restarted remotely, a battery to come", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006805] Mannequin de simulation",
        "Bonjour,\nLe fournisseur a redémarré le mannequin à distance ; il faudra quand même changer sa batterie interne, nous a-t-il dit.", FollowUp, None, None),
    case("intent", "a summary for the board", "From: paul.henry@ac-lille.example\nSubject: Conseil d'administration",
        "Bonjour,\nJe prépare le conseil d'administration : pouvez-vous m'adresser le récapitulatif de ce qui est encore en cours chez vous pour le lycée ?", ListRequest, None, None),
    case("intent", "calls go through", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006801] Standard téléphonique",
        "Standard OK depuis 10 h, les appels aboutissent. Bonne journée.", ClosureConfirmation, None, None),
    case("intent", "an answer: the staff room too", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006806] Mur d'images",
        "Oui, les écrans de la salle des professeurs s'éteignent aussi, à la même heure.", FollowUp, None, None),
    case("intent", "before the ceremony?", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006806] Mur d'images",
        "Bonjour,\nPouvez-vous me confirmer qu'un technicien passera avant les vacances ? Le mur d'images doit servir à la remise des diplômes.", Reminder, None, None),
    case("intent", "the warehouse is running", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006809] Magasin pédagogique",
        "Les douchettes sont arrivées et le poste du magasin est en service : l'équipe de logistique est ravie.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a pupil's password", "From: eleve.dupont@ac-lyon.example\nSubject: mot de passe ENT",
        "Bonjour, mon mot de passe ENT ne marche plus, pouvez-vous le réinitialiser ? Merci", Unauthorised, None, None),
    case("spam", "free tablets, bank details", "From: Programme Écoles Connectées <dotation@ecoles-connectees.example>\nSubject: Félicitations : 30 tablettes pour votre établissement",
        "Bonjour,\nVotre établissement a été sélectionné pour recevoir 30 tablettes gratuites. Pour les frais de port (4,90 €), confirmez vos coordonnées bancaires avant vendredi : https://ecoles-connectees.example/confirmer", Spam, None, None),
    case("contractor", "a visit planned", "From: sav@standard-telecom.example\nSubject: RE: [CESAME #2026-006801] Ordre de travail - Lycée Ampère - Standard",
        "Bonjour,\nIntervention planifiée lundi 14 à 9 h. Merci de prévenir l'accueil.", ContractorUpdate, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level in a sentence, English", "From: anne.leroux@ac-bordeaux.example\nSubject: Mannequin",
        "Hi, the simulation mannequin no longer connects. I'd rate this as low priority, the exam is in June.", NewIncident, Some(Bas), None),
    case("uai", "a code with dots", "From: tice@region.example\nSubject: Pianos",
        "Bonjour,\nÉtablissement 0595.012.C : le piano n° 2 ne s'allume plus.", NewIncident, None, Some("0595012C")),
];
