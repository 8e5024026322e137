//! The fortieth aside part: written after the thirty-fifth round, intent again in words not
//! used before (closures that thank or approve, reminders that complain or count, follow-ups
//! that answer, lists asked for a meeting), since intent was the weakest class this sitting.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_40: &[Case] = &[
    case("intent", "all clear", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004001] Pages blanches",
        "Bonjour,\nL'imprimante sort de nouveau des pages correctes. Pour nous, l'incident est clos.", ClosureConfirmation, None, None),
    case("intent", "approved by the head", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004002] Visio conseil de classe",
        "Bonjour,\nTest concluant ce matin avec la proviseure, la webcam remonte bien l'image. Merci pour votre aide, on peut fermer.", ClosureConfirmation, None, None),
    case("intent", "works since the visit", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004003] Portail élèves",
        "Aucune panne depuis le passage du technicien vendredi. Merci.", ClosureConfirmation, None, None),
    case("intent", "OK for us", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004004] Inscriptions - poste de l'accueil",
        "OK pour nous, le poste garde bien les documents maintenant.", ClosureConfirmation, None, None),
    case("intent", "a complaint", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004005] Coupure réseau administration",
        "Bonjour,\nC'est la troisième semaine que nous attendons. Les personnels ne comprennent pas pourquoi rien ne bouge.", Reminder, None, None),
    case("intent", "counting days", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004006] Salle de musique",
        "Bonjour,\nCela fait maintenant 12 jours ouvrés que le signalement a été fait, bien au-delà du délai prévu.", Reminder, None, None),
    case("intent", "asks whether it was received", "From: sandrine.morel@ac-paris.example\nSubject: Signalement webcam",
        "Bonjour,\nJ'ai envoyé un signalement mardi pour la webcam de la salle du conseil et n'ai reçu aucun accusé de réception. L'avez-vous bien eu ?", Reminder, None, None),
    case("intent", "any progress", "From: tice@region.example\nSubject: RE: [CESAME #2026-004007] Faidherbe lab server",
        "Hi, any progress on this one? Teachers are asking me every day.", Reminder, None, None),
    case("intent", "an answer with hours", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004008] Accès baie",
        "Bonjour,\nLa clé est à la loge, le gardien est présent de 7 h à 19 h.", FollowUp, None, None),
    case("intent", "another symptom", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004009] Interphone portail",
        "Nouveau symptôme : l'interphone sonne tout seul la nuit.", FollowUp, None, None),
    case("intent", "an agreement to a quote", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004010] Cabine d'enregistrement",
        "Bonjour,\nLa direction donne son accord pour le devis proposé.", FollowUp, None, None),
    case("intent", "a postponement asked", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004011] Salle d'examen numérique",
        "Bonjour,\nPouvons-nous décaler l'installation à la semaine suivante ? La salle est prise par les examens.", FollowUp, None, None),
    case("intent", "a list for the meeting", "From: marc.petit@ac-lyon.example\nSubject: Réunion de direction",
        "Bonjour,\nPour la réunion de direction de lundi, j'aurais besoin du point sur tous les tickets du lycée encore ouverts.", ListRequest, None, None),
    case("intent", "a list, English", "From: tice@region.example\nSubject: Status report",
        "Hi, could you send me a status report of all open tickets for lycée Faidherbe?", ListRequest, None, None),
    case("intent", "a list of one type", "From: anne.leroux@ac-bordeaux.example\nSubject: Nos demandes d'équipement",
        "Bonjour,\nPourriez-vous me rappeler quelles sont nos demandes d'équipement en attente ?", ListRequest, None, None),
    case("request", "a new fault to a thanked ticket", "From: j.martin@ac-aix.example\nSubject: Portail parking",
        "Bonjour,\nMerci encore pour le portail élèves. Cette fois c'est le lecteur du portail du parking qui reste bloqué en rouge.", NewIncident, None, None),
    case("request", "a need after a fix", "From: sandrine.morel@ac-paris.example\nSubject: Deuxième webcam",
        "Bonjour,\nMaintenant que la webcam fonctionne, la direction aimerait en avoir une seconde pour la salle de réunion.", NewRequest, None, None),
];
