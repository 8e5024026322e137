//! The seventy-second aside part: written after the sixty-sixth round, before any change, in the
//! public corpus's plain professional style (a greeting, the facts, a question, an urgency line,
//! a signature with a role and the school) rather than in new voices, with more needs than the
//! mix (the costly class), in new content (a VLAN for the town's cameras, the boarding house's
//! study room, a kiosk for the school's newspaper, the staff's phones, the exam centre's PCs,
//! the science labs' data loggers, a second server room, the nurse's printer, the language
//! assistant's laptop, the board room's microphones).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_72: &[Case] = &[
    // --- needs ------------------------------------------------------------------------------------
    case("request", "the town's cameras", "From: claire.dubois@ac-lyon.example\nSubject: Caméras de la mairie",
        "Bonjour,\nLa mairie va poser deux caméras devant l'entrée du lycée et propose de relier leur enregistreur à notre baie. Pouvez-vous nous dire ce qui est faisable de votre côté ?\n\nurgence : bas\n\nClaire Dubois\nProviseure adjointe\nLycée Ampère - Lyon", NewRequest, Some(Bas), None),
    case("request", "the study room of the boarding house", "From: j.martin@ac-aix.example\nSubject: Salle d'étude de l'internat",
        "Bonjour,\nLa salle d'étude de l'internat accueille 40 internes chaque soir et ne compte aucun poste. Les internes font leurs recherches sur leur téléphone. Quatre postes et une imprimante y changeraient beaucoup de choses.\n\nJean Martin\nCPE - Collège Mistral", NewRequest, None, None),
    case("request", "the staff's phones", "From: sandrine.morel@ac-paris.example\nSubject: Téléphonie des agents",
        "Bonjour,\nLes agents d'entretien se déplacent dans tout le lycée sans moyen d'être joints. Le chef de service demande trois téléphones sans fil reliés au standard.\n\nCriticité : moyenne\n\nSandrine Morel\nGestionnaire - Lycée Voltaire", NewRequest, Some(Moyen), None),
    case("request", "the exam centre's PCs", "From: paul.henry@ac-lille.example\nSubject: Centre d'examen",
        "Bonjour,\nLe lycée sera centre d'examen pour les épreuves de BTS en mai. Le rectorat exige une salle de 24 postes isolés du réseau pédagogique ; nous n'avons aujourd'hui que la salle 112 et ses 16 postes.\n\nPaul Henry\nDDFPT - Lycée Faidherbe", NewRequest, None, None),
    case("request", "data loggers for the labs", "From: anne.leroux@ac-bordeaux.example\nSubject: Consoles ExAO",
        "Bonjour,\nLes professeurs de physique-chimie disposent de deux consoles d'acquisition pour six salles. Serait-il envisageable d'en obtenir quatre de plus pour l'an prochain ?\n\nAnne Leroux\nPrincipale - Collège Montaigne", NewRequest, None, None),
    case("request", "a second server room", "From: marc.petit@ac-lyon.example\nSubject: Baie du bâtiment C",
        "Bonjour,\nLe bâtiment C, livré en juin, est raccordé au reste du lycée par un seul câble qui passe par la cour. Les travaux de la cour commencent en février ; il faudra prévoir un autre cheminement.\n\nMarc Petit\nCorrespondant informatique", NewRequest, None, None),
    case("request", "a newspaper kiosk", "From: claire.dubois@ac-lyon.example\nSubject: Borne pour le journal du lycée",
        "Bonjour,\nLe club journal publie chaque mois un numéro en ligne. Les élèves aimeraient qu'une borne du hall l'affiche en continu.\n\nClaire Dubois", NewRequest, None, None),
    case("request", "the language assistant's laptop", "From: j.martin@ac-aix.example\nSubject: Portable pour l'assistant de langue",
        "Bonjour,\nL'assistant d'anglais partage son temps entre trois collèges et n'a pas d'ordinateur. Un portable du parc pourrait-il lui être prêté jusqu'en avril ?\n\nJean Martin", NewRequest, None, None),
    case("request", "the board room's microphones", "From: sandrine.morel@ac-paris.example\nSubject: Salle du conseil",
        "Bonjour,\nLors des conseils d'administration, les membres du fond de la salle n'entendent pas les interventions. Un système de micros de table réglerait la question.\n\nurgence : bas", NewRequest, Some(Bas), None),
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the nurse's printer", "From: paul.henry@ac-lille.example\nSubject: Imprimante de l'infirmerie",
        "Bonjour,\nL'imprimante de l'infirmerie affiche « erreur 0x61011bed » et n'imprime plus rien depuis jeudi. L'infirmière ne peut plus éditer les fiches de liaison.\n\nurgence : moyen\n\nPaul Henry", NewIncident, Some(Moyen), None),
    case("request", "the exam room's PCs freeze", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle 112",
        "Bonjour,\nLes postes de la salle 112 se figent dix minutes après l'ouverture de session. Le problème touche les seize postes depuis la mise à jour de la semaine dernière.\n\nAnne Leroux\nCollège Montaigne - 0330789D", NewIncident, None, Some("0330789D")),
    case("request", "the study room's only PC", "From: j.martin@ac-aix.example\nSubject: Poste de la salle d'étude",
        "Bonjour,\nLe seul poste de la salle d'étude reste sur l'écran de démarrage. Les surveillants l'ont redémarré plusieurs fois sans effet.\n\nurgence : bas", NewIncident, Some(Bas), None),
    case("request", "a switch after a storm", "From: marc.petit@ac-lyon.example\nSubject: Coupure bâtiment C",
        "Bonjour,\nDepuis l'orage de cette nuit, plus aucun poste du bâtiment C n'accède au réseau. Les voyants du commutateur de la baie sont éteints.\n\nTRÈS URGENT\n\nMarc Petit", NewIncident, Some(TresHaut), None),
    case("request", "the phones ring nowhere", "From: sandrine.morel@ac-paris.example\nSubject: Standard",
        "Bonjour,\nLes appels entrants sonnent dans le vide : aucun poste ne sonne, ni à l'accueil ni au secrétariat.\n\nSandrine Morel", NewIncident, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a formal reminder with a reference", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007210] Imprimante de l'infirmerie",
        "Bonjour,\nSauf erreur de ma part, l'imprimante de l'infirmerie n'a pas encore été prise en charge. Pourriez-vous me préciser quand le technicien pourra passer ?\n\nPaul Henry", Reminder, None, None),
    case("intent", "a formal closure", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007211] Salle 112",
        "Bonjour,\nJe vous confirme que les postes de la salle 112 ne se figent plus depuis l'intervention de mardi.\n\nBien cordialement,\nAnne Leroux", ClosureConfirmation, None, None),
    case("intent", "a detail for the technician", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007213] Coupure bâtiment C",
        "Bonjour,\nPour le technicien : la clé de la baie du bâtiment C est à la loge, demander M. Roux.\n\nMarc Petit", FollowUp, None, None),
    case("intent", "the list, formal", "From: j.martin@ac-aix.example\nSubject: Suivi des demandes",
        "Bonjour,\nPourriez-vous m'adresser un état des demandes du collège Mistral actuellement ouvertes chez vous ?\n\nJean Martin", ListRequest, None, None),
    case("intent", "the switch replaced, one room left", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007213] Coupure bâtiment C",
        "Bonjour,\nLe commutateur a été remplacé ce matin et le bâtiment C est de nouveau en ligne, sauf la salle C04 qui n'a toujours pas de réseau.\n\nMarc Petit", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a teacher about the exam room", "From: l.bertin@ac-bordeaux.example\nSubject: Salle 112",
        "Bonjour,\nProfesseur de technologie, je vous signale que les postes de la salle 112 se figent en plein cours. Pourriez-vous intervenir ?\n\nLaurent Bertin", Unauthorised, None, None),
    case("spam", "a domain renewal lure", "From: Service Noms de Domaine <renouvellement@domaines-registre.example>\nSubject: Expiration de votre nom de domaine",
        "Madame, Monsieur,\nLe nom de domaine de votre établissement expire dans 3 jours. Sans renouvellement immédiat (29,90 € HT), votre site et vos adresses seront suspendus.\nRenouveler : https://domaines-registre.example/renouveler", Spam, None, None),
    // --- codes ----------------------------------------------------------------------------------
    case("uai", "a code in the signature, another school named", "From: tice@region.example\nSubject: Imprimante",
        "Bonjour,\nL'imprimante du CDI du lycée Faidherbe ne sort plus que des pages blanches.\n\nCellule TICE\nLycée Faidherbe - 0595012C", NewIncident, None, Some("0595012C")),
];
