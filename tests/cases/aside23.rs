//! The twenty-third aside part: written after the twentieth round and never tuned on. Idioms
//! of things that misbehave ("fait des siennes", "une fois sur deux", "par intermittence"),
//! franglais, needs asked as a cost, false alarms, and cancellations.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_23: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "an idiom", "From: paul.henry@ac-lille.example\nSubject: Photocopieuse",
        "Bonjour,\nLa photocopieuse de la salle des profs fait encore des siennes : elle froisse une feuille sur trois.", NewIncident, None, None),
    case("request", "one time in two", "From: claire.dubois@ac-lyon.example\nSubject: Badge cantine",
        "Bonjour,\nLe lecteur de badges de la cantine ne lit les cartes qu'une fois sur deux.", NewIncident, None, None),
    case("request", "intermittent", "From: j.martin@ac-aix.example\nSubject: Wifi du foyer",
        "Bonjour,\nLe wifi du foyer ne fonctionne que par intermittence depuis la semaine dernière.", NewIncident, None, None),
    case("request", "franglais", "From: marc.petit@ac-lyon.example\nSubject: Login ENT",
        "Bonjour,\nLe login sur l'ENT ne passe pas pour les profs, on a un message « invalid token ».", NewIncident, None, None),
    case("request", "pupils complain", "From: sandrine.morel@ac-paris.example\nSubject: Casques",
        "Bonjour,\nLes élèves se plaignent que les casques de la salle de langues n'ont du son que d'un côté.", NewIncident, None, None),
    case("request", "out of use", "From: anne.leroux@ac-bordeaux.example\nSubject: Massicot numérique",
        "Bonjour,\nLa plastifieuse connectée de la reprographie est hors d'usage depuis la coupure de courant.", NewIncident, None, None),
    case("request", "works badly", "From: paul.henry@ac-lille.example\nSubject: Tablette graphique",
        "Bonjour,\nLa tablette graphique du poste 2 de la salle d'arts plastiques fonctionne mal : le trait saute.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "what would it cost", "From: j.martin@ac-aix.example\nSubject: Écrans interactifs",
        "Bonjour,\nQuel serait le coût d'un écran interactif pour chacune des quatre salles de sciences ?", NewRequest, None, None),
    case("request", "can one consider", "From: claire.dubois@ac-lyon.example\nSubject: Impression mobile",
        "Bonjour,\nPeut-on envisager une solution d'impression depuis les téléphones des enseignants ?", NewRequest, None, None),
    case("request", "whether the region can fund", "From: sandrine.morel@ac-paris.example\nSubject: Financement",
        "Bonjour,\nNous aimerions savoir si la région peut financer l'équipement de la nouvelle salle de design.", NewRequest, None, None),
    case("request", "an offer asked", "From: anne.leroux@ac-bordeaux.example\nSubject: Caméras de document",
        "Bonjour,\nSerait-il possible de nous faire une offre pour six visualiseurs ?", NewRequest, None, None),
    case("request", "a network for a workshop", "From: marc.petit@ac-lyon.example\nSubject: Atelier maintenance",
        "Bonjour,\nL'atelier de maintenance industrielle reçoit des automates qui doivent être reliés au réseau.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "a false alarm", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002301] Photocopieuse",
        "Désolé, fausse alerte : le bac était mal enclenché. Tout refonctionne.", ClosureConfirmation, None, None),
    case("intent", "cancel my request", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002302] Impression mobile",
        "Vous pouvez annuler ma demande, le projet est abandonné.", ClosureConfirmation, None, None),
    case("intent", "I'll keep you posted", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-002303] Wifi du foyer",
        "Le wifi tient depuis ce matin, je vous tiens au courant d'ici vendredi.", FollowUp, None, None),
    case("intent", "never came", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002304] Casques",
        "Bonjour,\nLe technicien annoncé pour mardi n'est jamais venu.", Reminder, None, None),
    case("intent", "our files in abeyance", "From: anne.leroux@ac-bordeaux.example\nSubject: Dossiers",
        "Bonjour,\nQuels sont nos dossiers encore en attente chez vous ?", ListRequest, None, None),
    case("intent", "a precision on the model", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-002305] Login ENT",
        "Précision : seuls les comptes créés cette année sont touchés.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "your customer area", "From: client@espace-client-maj.example\nSubject: Votre espace client a été mis à jour",
        "Bonjour,\nPour continuer à utiliser votre espace client, validez vos informations : http://espace-client-maj.example/valider", Spam, None, None),
    case("spam", "crypto", "From: invest@crypto-rendement.example\nSubject: Placement",
        "Doublez votre capital en 30 jours grâce à notre robot de trading en bitcoin.", Spam, None, None),
    case("spam", "a retired teacher", "From: m.bernard.retraite@mail.example\nSubject: Ancien compte",
        "Bonjour,\nJe suis une ancienne enseignante du lycée Ampère et je n'arrive plus à accéder à mon ancien compte ENT.", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "urgency in the closing line", "From: paul.henry@ac-lille.example\nSubject: Standard",
        "Bonjour,\nLe standard ne prend plus aucun appel.\nMerci de traiter cette demande en urgence.", NewIncident, Some(TresHaut), None),
    case("urgency", "moderate", "From: anne.leroux@ac-bordeaux.example\nSubject: Horloge",
        "Bonjour,\nL'horloge de la salle des profs est déréglée.\nUrgence : modérée", NewIncident, Some(Moyen), None),
    case("uai", "a code with a label in capitals", "From: sandrine.morel@ac-paris.example\nSubject: Wifi",
        "Bonjour,\nPlus de wifi au gymnase.\nCODE UAI : 0751043B", NewIncident, None, Some("0751043B")),
];
