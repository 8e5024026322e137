//! The sixty-fourth aside part: written after the learned model's thanked closures were taken,
//! before any change, to test them on replies never seen — thanks that close in words of their
//! own, and thanks that do not close (for an acknowledgement, for a date, for a quote, with a
//! question, with news of the ticket) — beside the usual mix, in new content (the
//! cinema club's subtitle software, a planetarium's tablet, the pupils' lockers' codes, a
//! language lab headset charger, the science fair's touch screens, the hall's ticket printer).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_64: &[Case] = &[
    // --- thanks that close ------------------------------------------------------------------------
    case("intent", "subtitles in sync again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006401] Logiciel de sous-titrage",
        "Bonjour,\nLes sous-titres tombent pile sur les dialogues depuis votre correctif. Merci beaucoup !", ClosureConfirmation, None, None),
    case("intent", "the lockers open with their codes", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006402] Intervention terminée : Casiers à code",
        "Super, tous les casiers s'ouvrent avec leur code ce matin. Merci à l'équipe.", ClosureConfirmation, None, None),
    case("intent", "English, the charger holds", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006403] Headset charger",
        "Thanks a lot, all twenty headsets were charged this morning and lasted the whole lesson.", ClosureConfirmation, None, None),
    case("intent", "the touch screens, for the fair", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006404] Écrans tactiles de l'expo-sciences",
        "Bonjour,\nL'expo-sciences s'est déroulée sans accroc sur les quatre écrans. Bravo et merci.", ClosureConfirmation, None, None),
    // --- thanks that do not close ----------------------------------------------------------------
    case("intent", "thanks for the acknowledgement", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006405] Accusé de réception : Imprimante de tickets du hall",
        "Merci pour la prise en compte rapide.", FollowUp, None, None),
    case("intent", "thanks for the date", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006401] Logiciel de sous-titrage",
        "Merci, jeudi 9 h convient très bien, le club sera là pour montrer le problème au technicien.", FollowUp, None, None),
    case("intent", "thanks for the quote", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006406] Casiers pour la seconde cour",
        "Merci pour le devis, je le présente au conseil d'administration du 15 décembre.", FollowUp, None, None),
    case("intent", "thanks and a question", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006404] Écrans tactiles de l'expo-sciences",
        "Merci pour la mise à jour. Les écrans doivent-ils rester allumés toute la nuit pour la suivante ?", FollowUp, None, None),
    case("intent", "thanks and news of the fault", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006403] Headset charger",
        "Merci pour votre retour. Pour info, la base chauffe toujours beaucoup après une heure de charge.", FollowUp, None, None),
    // --- new reports ----------------------------------------------------------------------------
    case("request", "the ticket printer", "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante de tickets du hall",
        "Bonjour,\nL'imprimante de tickets du hall (file d'attente de la vie scolaire) n'imprime plus de numéros depuis ce matin.", NewIncident, None, None),
    case("request", "the planetarium tablet", "From: marc.petit@ac-lyon.example\nSubject: Tablette du planétarium",
        "Bonjour,\nLa tablette qui pilote le planétarium portable ne trouve plus le projecteur en Bluetooth.", NewIncident, None, None),
    case("request", "subtitle software for another club", "From: claire.dubois@ac-lyon.example\nSubject: Sous-titrage pour l'atelier vidéo",
        "Bonjour,\nL'atelier vidéo aimerait disposer lui aussi du logiciel de sous-titrage, sur les trois postes de montage.", NewRequest, None, None),
    case("request", "lockers for the second yard", "From: j.martin@ac-aix.example\nSubject: Casiers pour la seconde cour",
        "Bonjour,\nLes élèves de la seconde cour n'ont aucun casier ; une rangée de casiers à code comme dans la première cour est-elle envisageable ?", NewRequest, None, None),
    case("request", "English, touch screens for the CDI", "From: paul.henry@ac-lille.example\nSubject: Touch screens for the CDI",
        "Hello,\nAfter the science fair, the librarian would like to keep two of the touch screens in the CDI for the pupils' presentations.", NewRequest, None, None),
    // --- other intent ---------------------------------------------------------------------------
    case("intent", "a chase, no thanks", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006407] Tablette du planétarium",
        "Bonjour,\nToujours rien pour la tablette du planétarium, la séance des CM2 est annulée.", Reminder, None, None),
    case("intent", "the list of what is left", "From: anne.leroux@ac-bordeaux.example\nSubject: Demandes en cours",
        "Bonjour,\nPourriez-vous m'envoyer la liste de nos demandes encore ouvertes ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor's thanks", "From: planning@casiers-securite.example\nSubject: RE: [CESAME #2026-006402] Ordre de travail - Collège Mistral - casiers",
        "Bonjour,\nMerci pour l'accueil de notre technicien. Les codes ont été réinitialisés, intervention terminée.", ContractorUpdate, None, None),
    case("spam", "a fake award", "From: Trophées de l'Éducation <contact@trophees-education.example>\nSubject: Félicitations, votre établissement est nominé !\nContent-Type: text/html; charset=utf-8",
        "<p>Votre établissement a été sélectionné pour les Trophées du numérique éducatif. Confirmez votre participation (frais de dossier : 149 €).</p><p><a href=\"https://trophees-education.example/inscription\">Confirmer</a></p>", Spam, None, None),
    case("auto-reply", "an auto-reply thanking", "From: claire.dubois@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-006401] Logiciel de sous-titrage\nAuto-Submitted: auto-replied",
        "Merci pour votre message. Je suis absente jusqu'au 14 décembre et le lirai à mon retour.", AutoReply, None, None),
    case("unauthorised", "a pupil thanks", "From: ines.b@eleves-ampere.example\nSubject: casiers",
        "bonjour merci d'avoir réparé les casiers, le mien s'ouvre enfin !", Unauthorised, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "urgent in a thanks line", "From: sandrine.morel@ac-paris.example\nSubject: Chargeur des casques",
        "Bonjour,\nLe chargeur des casques du labo de langues ne charge plus. C'est urgent, merci d'avance.", NewIncident, Some(TresHaut), None),
    case("uai", "a code after the school's name", "From: tice@region.example\nSubject: Casiers",
        "Bonjour,\nCollège Montaigne 0330789D : les casiers à code ne s'ouvrent plus.", NewIncident, None, Some("0330789D")),
];
