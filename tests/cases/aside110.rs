//! The hundred-and-tenth aside part: written after the hundred-and-first round, before any
//! change, on replies: partial fixes (in French and English), closures with a remark or in
//! answer to the desk's question, a closure refused because the fault came back, chases by
//! date or by question, news of a part to order, details added or asked for, lists asked in
//! new words (and titled as a summary), a request withdrawn, an appointment confirmed, and a
//! closure written above the desk's quoted message in HTML.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_110: &[Case] = &[
    case("intent", "a partial fix", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-011001] Salle 3",
        "Bonjour,\nMerci pour l'intervention : les postes de la salle 3 démarrent. Reste l'imprimante, qui bourre toujours.", FollowUp, None, None),
    case("intent", "a partial fix in English", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-011002] Projector room 4",
        "Hi,\nThanks, the projector works now, but there is still no sound.", FollowUp, None, None),
    case("intent", "a closure with a remark", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-011003] Borne wifi",
        "Bonjour,\nÇa fonctionne, vous pouvez clore. Juste une remarque : le technicien a laissé ses cartons dans la salle.", ClosureConfirmation, None, None),
    case("intent", "a closure refused", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-011004] Demande de clôture - Serveur",
        "Bonjour,\nJe ne peux pas valider la clôture : le problème est revenu ce matin, le serveur ne répond plus.", FollowUp, None, None),
    case("intent", "yes to the desk's question", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-011005] Pouvons-nous clôturer ?",
        "Oui, c'est bon pour nous. Merci.", ClosureConfirmation, None, None),
    case("intent", "no to the desk's question", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-011006] Pouvons-nous clôturer ?",
        "Non, ce n'est toujours pas réglé : deux postes restent sans réseau.", FollowUp, None, None),
    case("intent", "news asked, the room still unusable", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-011007] Salle 12",
        "Des nouvelles du technicien ? La salle est toujours inutilisable.", Reminder, None, None),
    case("intent", "a chase by date", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-011008] Serveur de fichiers",
        "Bonjour,\nJe me permets de vous relancer au sujet de cette demande, restée sans suite depuis le 18 novembre.", Reminder, None, None),
    case("intent", "a part to order", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-011009] Copieur",
        "Bonjour,\nLe technicien est passé ; il doit commander une pièce et reviendra la poser.", FollowUp, None, None),
    case("intent", "another room touched", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-011010] Réseau salle 4",
        "J'oubliais : le problème touche aussi la salle 5.", FollowUp, None, None),
    case("intent", "the serial number given", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-011011] Vidéoprojecteur salle 2",
        "Bonjour,\nLe numéro de série est 4CE1234XYZ ; l'appareil est sous garantie jusqu'en 2027.", FollowUp, None, None),
    case("intent", "the state of our tickets", "From: marc.petit@ac-lyon.example\nSubject: Tickets",
        "Bonjour,\nPourriez-vous m'envoyer l'état de nos tickets ?\nMerci", ListRequest, None, None),
    case("intent", "a summary in the subject", "From: anne.leroux@ac-bordeaux.example\nSubject: Synthèse des demandes en cours",
        "Bonjour,\nPouvez-vous me l'envoyer ? Merci.", ListRequest, None, None),
    case("intent", "a list in English", "From: j.martin@ac-aix.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of our open tickets?\nThanks", ListRequest, None, None),
    case("intent", "a request withdrawn", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-011015] Logiciel de physique",
        "Bonjour,\nFinalement, ne tenez pas compte de ma demande : le professeur a trouvé une autre solution.", ClosureConfirmation, None, None),
    case("intent", "when will it be", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-011016] Badgeuse",
        "Bonjour,\nSavez-vous quand le prestataire pourra intervenir ?", Reminder, None, None),
    case("intent", "an appointment confirmed", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-011017] Passage du technicien",
        "Bonjour,\nMardi 14 h nous convient ; l'agent d'accueil accompagnera le technicien.", FollowUp, None, None),
    case("intent", "the fault came back", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-011018] Écran salle 9",
        "Bonjour,\nLe problème est réapparu deux jours après votre passage : l'écran clignote de nouveau.", FollowUp, None, None),
    case("intent", "a closure above the quote, HTML", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-011019] Imprimante du CDI\nContent-Type: text/html; charset=utf-8",
        "<p>Tout fonctionne, merci !</p><blockquote><p>Bonjour,</p><p>Le prestataire indique avoir remplacé le tambour de l'imprimante du CDI. Pouvez-vous confirmer le bon fonctionnement ?</p></blockquote>", ClosureConfirmation, None, None),
];
