//! The hundred-and-twenty-third aside part: written after the hundred-and-eleventh round,
//! before any change, in the mix with writers not yet heard: needs and faults told by
//! a head of works, a librarian, a nurse and a bursar; replies from a deputy head; urgency as
//! "à régler dans la journée", "sous 48 h si possible", "[Prio haute]"; phishing in French
//! with the link only in HTML, a fake parcel, a fake head teacher; codes after "Établissement
//! :" and in a signature's last line; a delayed delivery notice and a teacher who writes.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_123: &[Case] = &[
    // --- needs and faults, other writers --------------------------------------------------------
    case("request", "a head of works plans a move", "From: claire.dubois@ac-lyon.example\nSubject: Travaux du bâtiment C",
        "Bonjour,\nLe chef de travaux m'informe que les ateliers du bâtiment C seront regroupés au rez-de-chaussée à Pâques : les douze postes, les deux imprimantes et la baie devront être déménagés et recâblés.", NewRequest, None, None),
    case("request", "a librarian's catalogue is empty", "From: anne.leroux@ac-bordeaux.example\nSubject: Catalogue du CDI",
        "Bonjour,\nLa documentaliste me signale que le catalogue du CDI affiche « aucun résultat » pour toutes les recherches depuis la coupure de vendredi.", NewIncident, None, None),
    case("request", "a nurse needs a secure place", "From: paul.henry@ac-lille.example\nSubject: Infirmerie - dossiers",
        "Bonjour,\nL'infirmière doit conserver les dossiers médicaux numérisés : il lui faudrait un espace de stockage chiffré, auquel elle seule aurait accès.", NewRequest, None, None),
    case("request", "a bursar's printer misprints", "From: sandrine.morel@ac-paris.example\nSubject: Imprimante de l'intendance",
        "Bonjour,\nL'imprimante de l'intendance décale tous les chèques de deux centimètres vers le bas ; les montants sortent hors des cases.", NewIncident, None, None),
    // --- replies from a deputy head ------------------------------------------------------------
    case("intent", "a deputy chases", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012301] Travaux du bâtiment C",
        "Bonjour,\nJe prends le relais de Mme Dubois : avez-vous une date pour le déménagement des postes ? Pâques approche.", Reminder, None, None),
    case("intent", "a deputy closes", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012305] Vidéoprojecteur salle 2",
        "Bonjour,\nJe confirme pour Mme Dubois : le vidéoprojecteur fonctionne, vous pouvez clôturer.", ClosureConfirmation, None, None),
    case("intent", "a deputy adds a detail", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-012306] Borne du self",
        "Bonjour,\nPour compléter le signalement de Mme Dubois : la borne fonctionne le matin, la panne arrive vers 11 h.", FollowUp, None, None),
    case("intent", "a deputy asks for the list", "From: marc.petit@ac-lyon.example\nSubject: Suivi",
        "Bonjour,\nMme Dubois étant absente, pourriez-vous me transmettre la liste des tickets ouverts du lycée ?", ListRequest, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "within the day", "From: j.martin@ac-aix.example\nSubject: Réseau de la vie scolaire",
        "Bonjour,\nLa vie scolaire n'a plus de réseau : impossible de faire l'appel. À régler dans la journée si possible.", NewIncident, Some(TresHaut), None),
    case("urgency", "within 48 hours", "From: anne.leroux@ac-bordeaux.example\nSubject: Scanner de la vie scolaire",
        "Bonjour,\nLe scanner de la vie scolaire n'envoie plus les documents par courriel.\nUrgence : sous 48 h si possible", NewIncident, Some(Moyen), None),
    case("urgency", "a high priority tag", "From: paul.henry@ac-lille.example\nSubject: [Prio haute] Serveur de fichiers",
        "Bonjour,\nLe serveur de fichiers refuse toutes les connexions depuis ce matin.", NewIncident, Some(TresHaut), None),
    // --- spam -----------------------------------------------------------------------------------
    case("spam", "a link only in HTML", "From: Support Messagerie <support@webmail-academie-verif.example>\nSubject: Votre boîte aux lettres est pleine\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Votre boîte aux lettres a atteint sa limite de stockage. Les nouveaux messages seront bloqués.</p><p><a href=\"https://webmail-academie-verif.example/quota\">Augmenter mon espace</a></p>", Spam, None, None),
    case("spam", "a fake parcel", "From: La Poste Suivi <notification@suivi-colis-fr.example>\nSubject: Votre colis n'a pas pu être livré",
        "Bonjour,\nVotre colis est en attente au centre de tri. Des frais de 2,99 € sont à régler sous 24 h pour une nouvelle livraison : https://suivi-colis-fr.example/regler", Spam, None, None),
    case("spam", "a fake head teacher", "From: Proviseur <proviseur.lycee@messagerie-privee.example>\nSubject: Besoin d'un service",
        "Bonjour,\nJe suis en réunion et ne peux pas téléphoner. J'ai besoin que vous effectuiez un virement urgent pour un fournisseur. Répondez-moi dès que possible.", Spam, None, None),
    // --- codes and others ----------------------------------------------------------------------
    case("uai", "after Établissement", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur salle 1",
        "Bonjour,\nLe vidéoprojecteur de la salle 1 affiche « lampe à remplacer » et s'éteint.\nÉtablissement : 0130456A", NewIncident, None, Some("0130456A")),
    case("uai", "in a signature's last line", "From: sandrine.morel@ac-paris.example\nSubject: Tablettes",
        "Bonjour,\nNous souhaiterions une dizaine de tablettes pour la classe de seconde 4.\n\nSandrine Morel\nLycée Voltaire – 75011 Paris – 0751043B", NewRequest, None, Some("0751043B")),
    case("spam", "a delayed delivery", "From: postmaster@ac-bordeaux.example\nSubject: Remise différée : Scanner de la vie scolaire",
        "La remise du message au destinataire suivant a été différée :\n\ncomptabilite@college-montesquieu.example\n\nLe serveur continuera d'essayer pendant 2 jours.", Bounce, None, None),
    case("unauthorised", "a teacher writes", "From: m.girard@ac-lille.example\nSubject: Mon ordinateur portable",
        "Bonjour,\nProfesseur de physique au lycée Faidherbe, mon portable professionnel ne se connecte plus au wifi du lycée. Pouvez-vous m'aider ?", Unauthorised, None, None),
];
