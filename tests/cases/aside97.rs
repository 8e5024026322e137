//! The ninety-seventh aside part: written after the eighty-ninth round, before any change, in
//! hurried and misspelled writing from a phone (no accents, "bjr", "pb", "ordi", "vidéoproj",
//! "plu", "urgen", words run together, no punctuation), across the classes: needs and faults,
//! urgency as "tres urgen", "pa urgent", "URGT"; codes as "uai 0751043b" in lower case; intents
//! in few words; a phishing from a phone-like sender, a school's generic address.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_97: &[Case] = &[
    // --- faults ---------------------------------------------------------------------------------
    case("request", "a printer, no accents", "From: sandrine.morel@ac-paris.example\nSubject: imprimente salle 14",
        "bjr l imprimente de la salle 14 imprime plu rien depuis ce matin voyant rouge qui clignote tres urgen svp\nuai 0751043b", NewIncident, Some(TresHaut), Some("0751043B")),
    case("request", "the projector, in shorthand", "From: paul.henry@ac-lille.example\nSubject: videoproj",
        "bjr pb videoproj salle 3 s allume puis s eteint au bout de 2 min merci", NewIncident, None, None),
    case("request", "no network, in capitals", "From: j.martin@ac-aix.example\nSubject: URGT RESEAU",
        "PLUS DE RESEAU DANS LES SALLES DU 1ER ETAGE DEPUIS 10H ON PEUT PAS FAIRE COURS", NewIncident, Some(TresHaut), None),
    case("request", "a computer, run together", "From: anne.leroux@ac-bordeaux.example\nSubject: ordi secretariat",
        "lordi du secretariat fait un bruit bizarre et redemarre tout seul pa urgent mais a voir qd vs pouvez", NewIncident, Some(Bas), None),
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a need, no accents", "From: claire.dubois@ac-lyon.example\nSubject: demande casques",
        "bjr est ce quon pourrait avoir 15 casques pour la salle de langues pour les oraux du bac merci", NewRequest, None, None),
    case("request", "a need in shorthand", "From: marc.petit@ac-lyon.example\nSubject: prise res salle 22",
        "slt il faudrait 2 prises res en plus ds la salle 22 pr les nouveaux postes du fond merci bcp", NewRequest, None, None),
    case("request", "software wished for, no punctuation", "From: sandrine.morel@ac-paris.example\nSubject: logiciel",
        "bonjour les profs de techno voudraient le logiciel de modelisation 3d sur les postes de la salle b12 cest possible", NewRequest, None, None),
    case("request", "a wifi for a room, by phone", "From: paul.henry@ac-lille.example\nSubject: wifi salle polyvalente",
        "bjr la salle polyvalente a pas de wifi du tout on fait des reunions parents la bas ce serait top davoir une borne\nEnvoyé de mon iPhone", NewRequest, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "works now, in few words", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009702] videoproj",
        "ca marche nickel maintenant merci a vous", ClosureConfirmation, None, None),
    case("intent", "still nothing, in few words", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-009703] URGT RESEAU",
        "tjs rien au 1er on attend qd le technicien ??", Reminder, None, None),
    case("intent", "half working, in few words", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009701] imprimente salle 14",
        "elle imprime a nouveau mais le bac 2 marche tjs pas", FollowUp, None, None),
    case("intent", "our tickets, in few words", "From: anne.leroux@ac-bordeaux.example\nSubject: tickets",
        "bjr vs pouvez m envoyer la liste de nos tickets ouverts stp", ListRequest, None, None),
    case("intent", "a detail, in few words", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009704] ordi secretariat",
        "info en plus : le bruit vient du ventilo je pense, ca chauffe aussi", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a phishing from a phone-like sender", "From: Support Apple <support.id@apple-verif.example>\nSubject: Votre identifiant a ete bloque",
        "Votre identifiant a ete bloque pour raison de securite. Verifiez vos informations sous 24h : https://apple-verif.example/deblocage", Spam, None, None),
    case("unauthorised", "a school's generic address", "From: secretariat.ampere@gmail.example\nSubject: tel en panne",
        "bjr le tel du secretariat du lycee ampere marche plus depuis hier urgent", Unauthorised, Some(TresHaut), None),
];
