//! The nineteenth aside part: written after the sixteenth round and never tuned on. Typing as
//! it comes: abbreviations ("pb", "svp", "qd", "ds"), typos, capitals throughout, dictation
//! without punctuation, no accents at all.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_19: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "abbreviations", "From: paul.henry@ac-lille.example\nSubject: pb imprimante",
        "bjr, pb avec l'imprimante ds la salle des profs, elle imprime pas qd on lance depuis les PC portables. merci bcp", NewIncident, None, None),
    case("request", "capitals", "From: j.martin@ac-aix.example\nSubject: TELEPHONE ACCUEIL",
        "BONJOUR, LE TELEPHONE DE L'ACCUEIL NE FONCTIONNE PLUS DEPUIS CE MATIN. MERCI DE FAIRE LE NECESSAIRE.", NewIncident, None, None),
    case("request", "dictated", "From: anne.leroux@ac-bordeaux.example\nSubject: Message vocal dicté",
        "bonjour le poste de la salle 4 s'allume mais reste bloqué sur le logo du fabricant depuis hier merci de regarder", NewIncident, None, None),
    case("request", "typos", "From: claire.dubois@ac-lyon.example\nSubject: Ecrans",
        "Bonjour,\nLes ecrans de la sale 16 clignotte et s'eteignent aléatoirement.", NewIncident, None, None),
    case("request", "no accents at all", "From: sandrine.morel@ac-paris.example\nSubject: Reseau salle 22",
        "Bonjour,\nla salle 22 n'a plus de reseau depuis le passage des electriciens, les prises murales ne reagissent plus.", NewIncident, None, None),
    case("request", "one line", "From: marc.petit@ac-lyon.example\nSubject: wifi cdi",
        "wifi cdi ko", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "abbreviated wish", "From: j.martin@ac-aix.example\nSubject: qq postes en +",
        "bjr, on aurait besoin de qq postes en + pour la salle de perm svp, actuellement 4 pr 60 eleves", NewRequest, None, None),
    case("request", "capitals, a wish", "From: anne.leroux@ac-bordeaux.example\nSubject: DEMANDE VIDEOPROJECTEUR",
        "BONJOUR, SERAIT-IL POSSIBLE D'AVOIR UN VIDEOPROJECTEUR DANS LA SALLE DE MUSIQUE ? MERCI", NewRequest, None, None),
    case("request", "dictated, a need", "From: claire.dubois@ac-lyon.example\nSubject: Demande",
        "bonjour nous voudrions que les eleves de bts puissent acceder au logiciel de comptabilite depuis chez eux merci de nous dire si c'est possible", NewRequest, None, None),
    case("request", "typos, a move", "From: sandrine.morel@ac-paris.example\nSubject: Demenagement",
        "Bonjour,\nLe bureau de l'intendance demenage en salle 012 aux vacances, il faudra deplacer les 3 postes et le telephone.", NewRequest, None, None),
    case("request", "a software list", "From: marc.petit@ac-lyon.example\nSubject: logiciels a installer",
        "Bonjour, pour la rentree de janvier merci d'installer sur la salle 14 : Scratch, Python, LibreOffice. Cordialement", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "ok thanks", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-001901] pb imprimante",
        "c bon ca marche merci", ClosureConfirmation, None, None),
    case("intent", "still ko", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-001902] wifi cdi",
        "tjrs ko ce matin", FollowUp, None, None),
    case("intent", "so?", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-001903] TELEPHONE ACCUEIL",
        "ALORS ? TOUJOURS RIEN ET PERSONNE N'EST PASSE", Reminder, None, None),
    case("intent", "list, abbreviated", "From: anne.leroux@ac-bordeaux.example\nSubject: tickets en cours ?",
        "bjr, vous pouvez m'envoyer nos tickets en cours svp", ListRequest, None, None),
    case("intent", "close, abbreviated", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001904] Ecrans",
        "tt est ok, vs pouvez cloturer", ClosureConfirmation, None, None),
    case("intent", "a detail, dictated", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-001905] Reseau salle 22",
        "je precise que les prises du couloir marchent elles", FollowUp, None, None),
    case("intent", "a reminder, no accent", "From: paul.henry@ac-lille.example\nSubject: Relance salle de perm",
        "Bonjour, je me permets de relancer pour les postes de la salle de permanence, demande faite le 10 novembre.", Reminder, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "capitals phishing", "From: security@account-alert.example\nSubject: URGENT ACTION REQUIRED",
        "YOUR ACCOUNT WILL BE SUSPENDED WITHIN 24 HOURS. VERIFY YOUR ACCOUNT NOW: http://account-alert.example/verify", Spam, None, None),
    case("spam", "a teacher, abbreviated", "From: prof.techno@ac-lyon.example\nSubject: pb salle techno",
        "bjr les pc de la salle de techno demarrent plus depuis lundi, merci", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "urgent abbreviated", "From: j.martin@ac-aix.example\nSubject: URGT serveur",
        "serveur HS, urgent svp", NewIncident, Some(TresHaut), None),
    case("urgency", "low, capitals", "From: anne.leroux@ac-bordeaux.example\nSubject: SOURIS",
        "UNE SOURIS ABIMEE EN SALLE 8. PAS URGENT.", NewIncident, Some(Bas), None),
    case("urgency", "a level without accent", "From: sandrine.morel@ac-paris.example\nSubject: Scanner",
        "Bonjour, le scanner ne scanne plus. Urgence : tres haute", NewIncident, Some(TresHaut), None),
    case("uai", "a code in capitals with the school", "From: j.martin@ac-aix.example\nSubject: IMPRIMANTE",
        "BONJOUR, IMPRIMANTE EN PANNE. COLLEGE MISTRAL UAI 0130456A", NewIncident, None, Some("0130456A")),
    case("uai", "code in lower case in the subject", "From: claire.dubois@ac-lyon.example\nSubject: 0691234s ecran salle 2",
        "ecran noir salle 2", NewIncident, None, Some("0691234S")),
];
