//! The twenty-fifth aside part: written after the twenty-second round, the last of this
//! session, in about the mix of the classes and in new content. It is not tuned on:
//! it stays the reference of how the latest rules read new mail.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_25: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a fire panel computer", "From: marc.petit@ac-lyon.example\nSubject: Poste de la centrale incendie",
        "Bonjour,\nLe poste de supervision de la centrale incendie affiche « communication perdue » avec le bâtiment B.", NewIncident, None, None),
    case("request", "pupils' sessions mixed up", "From: sandrine.morel@ac-paris.example\nSubject: Sessions mélangées",
        "Bonjour,\nEn salle 14, des élèves retrouvent les documents d'autres élèves dans leur espace personnel.", NewIncident, None, None),
    case("request", "the 3D printer jams", "From: paul.henry@ac-lille.example\nSubject: Imprimante 3D",
        "Bonjour,\nL'imprimante 3D du FabLab se bouche au bout de quelques couches à chaque impression.", NewIncident, None, None),
    case("request", "a language lab headset", "From: anne.leroux@ac-bordeaux.example\nSubject: Micro casque",
        "Bonjour,\nLes micros des casques de la salle de langues n'enregistrent plus rien depuis la mise à jour.", NewIncident, None, None),
    case("request", "a pupil locked out of an exam", "From: j.martin@ac-aix.example\nSubject: Épreuve en ligne",
        "Bonjour,\nPendant l'épreuve en ligne de ce matin, trois élèves ont été éjectés de la plateforme sans pouvoir revenir. Urgent.", NewIncident, Some(TresHaut), None),
    case("request", "English, a screen", "From: tice@region.example\nSubject: Display at Faidherbe",
        "Hello, the interactive display in room 12 at lycée Faidherbe no longer responds to touch.", NewIncident, None, None),
    case("request", "a scanner's glass", "From: claire.dubois@ac-lyon.example\nSubject: Scanner accueil",
        "Bonjour,\nLes numérisations du scanner de l'accueil sortent avec une bande noire sur toute la hauteur.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a podcast studio", "From: claire.dubois@ac-lyon.example\nSubject: Studio radio",
        "Bonjour,\nLe club radio du lycée aimerait aménager un petit studio d'enregistrement au CDI ; de quel matériel aurait-il besoin ?", NewRequest, None, None),
    case("request", "an interpreter's laptop", "From: sandrine.morel@ac-paris.example\nSubject: Élève sourd",
        "Bonjour,\nUn élève sourd rejoint la classe de seconde 3 ; il faudrait un ordinateur avec un logiciel de sous-titrage en direct.", NewRequest, None, None),
    case("request", "a printer to remove", "From: paul.henry@ac-lille.example\nSubject: Imprimantes personnelles",
        "Bonjour,\nLa direction souhaite retirer les imprimantes individuelles des bureaux et passer sur le copieur partagé.", NewRequest, None, None),
    case("request", "more sockets", "From: j.martin@ac-aix.example\nSubject: Prises salle 8",
        "Bonjour,\nLa salle 8 n'a que deux prises réseau pour quatorze postes prévus ; est-il possible d'en ajouter ?", NewRequest, None, None),
    case("request", "a teachers' cloud", "From: anne.leroux@ac-bordeaux.example\nSubject: Espace partagé",
        "Bonjour,\nLes professeurs voudraient un espace de stockage partagé accessible depuis chez eux, en remplacement des clés USB.", NewRequest, None, None),
    case("request", "English, a need", "From: tice@region.example\nSubject: Robotics club",
        "Hello, the robotics club at collège Montaigne needs a dedicated wifi network for its robots. Can you set it up?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "fine since Monday", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-002501] Poste de la centrale incendie",
        "La communication avec le bâtiment B est rétablie depuis lundi. Merci, dossier clos pour nous.", ClosureConfirmation, None, None),
    case("intent", "it happened again", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002502] Sessions mélangées",
        "Rebelote ce matin en salle 14, même problème qu'hier.", FollowUp, None, None),
    case("intent", "where is the technician", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002503] Imprimante 3D",
        "Bonjour,\nLe technicien devait passer jeudi, nous ne l'avons pas vu. Une nouvelle date ?", Reminder, None, None),
    case("intent", "the list, in two words", "From: anne.leroux@ac-bordeaux.example\nSubject: Nos tickets ouverts ?",
        "Merci d'avance.", ListRequest, None, None),
    case("intent", "a serial number", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002504] Scanner accueil",
        "Le numéro de série est indiqué sur l'étiquette jointe.", FollowUp, None, None),
    case("intent", "a reminder with a date", "From: j.martin@ac-aix.example\nSubject: Prises salle 8",
        "Bonjour,\nJe reviens vers vous concernant les prises de la salle 8 demandées le 12 novembre : avez-vous une date ?", Reminder, None, None),
    case("intent", "works for most", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-002505] Micro casque",
        "La plupart des micros enregistrent de nouveau, sauf ceux des postes 3 et 9.", FollowUp, None, None),
    case("intent", "everything open for the school", "From: tice@region.example\nSubject: Suivi",
        "Bonjour,\nPouvez-vous me dire où en sont toutes les demandes du lycée Faidherbe ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a tax refund", "From: remboursement@impots-service.example\nSubject: Remboursement en attente",
        "Vous bénéficiez d'un remboursement de 214,60 €. Pour le recevoir, complétez le formulaire en ligne : http://impots-service.example/form", Spam, None, None),
    case("spam", "upstream said yes", "From: offers@deals-today.example\nSubject: Special deal\nX-Spam-Flag: YES",
        "Cheap licences for all your software, today only.", Spam, None, None),
    case("spam", "a voicemail in HTML", "From: voicemail@tel-notify.example\nSubject: Message vocal\nContent-Type: text/html; charset=utf-8",
        "<p>Nouveau message vocal (1 min 12 s).</p><p><a href=\"http://tel-notify.example/login\">Écouter</a></p>", Spam, None, None),
    case("spam", "a surveillance assistant", "From: aed.voltaire@ac-paris.example\nSubject: Poste vie scolaire",
        "Bonjour,\nJe suis assistante d'éducation au lycée Voltaire : le poste de la vie scolaire ne démarre plus.", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "a tag in French", "From: marc.petit@ac-lyon.example\nSubject: [Urgence haute] Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers ne répond plus.", NewIncident, Some(TresHaut), None),
    case("urgency", "low, in the closing", "From: paul.henry@ac-lille.example\nSubject: Tapis de souris",
        "Bonjour,\nUn clavier de la salle 2 a une touche qui colle. Rien d'urgent, merci.", NewIncident, Some(Bas), None),
    case("urgency", "medium as a number", "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur de la salle 7 a une image floue.\nUrgence : 2 (moyenne)", NewIncident, Some(Moyen), None),
    case("uai", "a code and a wrong one", "From: tice@region.example\nSubject: Réseau",
        "Bonjour,\nLe réseau du collège Montaigne (UAI 0330789D) est coupé.", NewIncident, None, Some("0330789D")),
    case("uai", "a code with spaces in pairs", "From: j.martin@ac-aix.example\nSubject: Imprimante",
        "Bonjour,\nL'imprimante de la salle 3 ne s'allume plus.\nUAI : 01 30 45 6A", NewIncident, None, Some("0130456A")),
];
