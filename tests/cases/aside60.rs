//! The sixtieth aside part: written after the fifty-fourth round, before any change, in about the
//! issue's mix and in voices not used before (speech-to-text without punctuation, a report in
//! the third person for the correspondant, a signature longer than the mail, a reply with a
//! smiley only after thanks, a chase that names the contract's deadline, a school that asks
//! whether it may do the fix itself), in new content (the server room's air-conditioning alarm,
//! the staff room's notice screen, the tablets' fleet manager, the outdoor LED sign, a hearing
//! loop for a hard-of-hearing pupil, the audio guides of heritage day).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_60: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "speech-to-text", "From: j.martin@ac-aix.example\nSubject: alarme clim salle serveur",
        "bonjour l'alarme de la climatisation de la salle serveur sonne depuis ce matin et la température affichée est de 34 degrés les serveurs chauffent merci de voir rapidement", NewIncident, None, None),
    case("request", "the third person", "From: claire.dubois@ac-lyon.example\nSubject: Écran de la salle des professeurs",
        "Bonjour,\nMme Dubois, en réunion toute la journée, me charge de vous signaler que l'écran d'information de la salle des professeurs ne se met plus à jour : il affiche les annonces de la semaine dernière.\nL'assistante de direction", NewIncident, None, None),
    case("request", "a signature longer than the mail", "From: paul.henry@ac-lille.example\nSubject: Gestionnaire de flotte des tablettes",
        "Bonjour,\nLa console de gestion des tablettes refuse toute connexion depuis hier (« licence expirée »).\n\nPaul Henry\nCorrespondant informatique\nLycée Faidherbe\n12 rue des Arts, 59000 Lille\nTél. 03 20 00 00 00\nPensez à l'environnement avant d'imprimer ce courriel.\nLycée labellisé E3D — Génération 2024", NewIncident, None, None),
    case("request", "the hearing loop", "From: anne.leroux@ac-bordeaux.example\nSubject: Boucle magnétique salle 7",
        "Bonjour,\nLa boucle magnétique de la salle 7, installée pour une élève malentendante, ne transmet plus rien à son appareil depuis la rentrée de novembre.", NewIncident, None, None),
    case("request", "the outdoor sign", "From: sandrine.morel@ac-paris.example\nSubject: Panneau lumineux",
        "Bonjour,\nLe panneau lumineux devant le lycée affiche des caractères illisibles sur toute la ligne du bas.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a hearing loop for the amphitheatre", "From: anne.leroux@ac-bordeaux.example\nSubject: Boucle magnétique amphithéâtre",
        "Bonjour,\nL'élève malentendante suivra en mars les conférences de l'amphithéâtre, qui n'a pas de boucle magnétique. Serait-il possible d'en poser une d'ici là ?", NewRequest, None, None),
    case("request", "audio guides for heritage day", "From: marc.petit@ac-lyon.example\nSubject: Audioguides journées du patrimoine",
        "Bonjour,\nLes élèves d'histoire préparent des audioguides pour les journées du patrimoine. Ils souhaiteraient les proposer au public sur des baladeurs ou par un QR code menant à un site du lycée.", NewRequest, None, None),
    case("request", "the notice screen for the annex", "From: claire.dubois@ac-lyon.example\nSubject: Écran d'information à l'annexe",
        "Bonjour,\nLes collègues de l'annexe ne voient jamais les annonces, faute d'écran chez eux. Le même écran que celui de la salle des professeurs, relié au même logiciel, les tiendrait informés.", NewRequest, None, None),
    case("request", "more tablets in the fleet", "From: paul.henry@ac-lille.example\nSubject: Flotte de tablettes",
        "Bonjour,\nLa classe de seconde professionnelle qui ouvre en janvier n'a pas de tablettes. Peut-on étendre notre flotte de 15 tablettes et les inscrire dans la console ?", NewRequest, None, None),
    case("request", "English, server room monitoring", "From: j.martin@ac-aix.example\nSubject: Temperature alerts",
        "Hello,\nWe would like the server room's temperature alarm to also send an e-mail to the principal and to me, not only ring in the room.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "thanks and a smiley", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-006005] Intervention terminée : Panneau lumineux",
        "Merci, le panneau est tout beau ! :-)", ClosureConfirmation, None, None),
    case("intent", "may we fix it ourselves", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-006003] Gestionnaire de flotte des tablettes",
        "Bonjour,\nNous avons reçu la nouvelle clé de licence de l'éditeur : pouvons-nous la saisir nous-mêmes, ou faut-il attendre le technicien ?", FollowUp, None, None),
    // Labelled without a level when written; the sender does state the ticket's level ("prévu
    // pour une urgence très haute"), which is what `corpus/README.md` labels: corrected after the
    // first reading, in guichet's favour.
    case("intent", "the contract's deadline", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006001] alarme clim salle serveur",
        "Bonjour,\nLe délai d'intervention prévu pour une urgence très haute est d'un jour ouvré ; cela fait maintenant trois jours. Merci de faire le nécessaire auprès du prestataire.", Reminder, Some(TresHaut), None),
    case("intent", "the loop works, the pupil hears", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-006004] Boucle magnétique salle 7",
        "Bonjour,\nL'élève entend de nouveau parfaitement le cours avec son appareil. Merci infiniment.", ClosureConfirmation, None, None),
    case("intent", "the screen half updated", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-006002] Écran de la salle des professeurs",
        "Bonjour,\nLes annonces se mettent à jour, mais le bandeau des absences reste figé sur lundi.", FollowUp, None, None),
    case("intent", "our list, please", "From: sandrine.morel@ac-paris.example\nSubject: Suivi",
        "Bonjour,\nPouvez-vous me transmettre la liste des interventions encore prévues chez nous ?", ListRequest, None, None),
    case("intent", "the alarm stopped, temperature normal", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-006001] Intervention terminée : alarme clim salle serveur",
        "Bonjour,\nLa clim a été rechargée, la salle est redescendue à 21 degrés et l'alarme s'est tue. C'est bon pour nous.", ClosureConfirmation, None, None),
    case("intent", "audio guides: a date", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-006007] Audioguides journées du patrimoine",
        "Bonjour,\nPour information, les journées du patrimoine ont lieu les 19 et 20 septembre ; les fichiers audio seront prêts en juin.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor reports a refill", "From: maintenance@froid-clim.example\nSubject: RE: [CESAME #2026-006001] Ordre de travail - Collège Mistral - clim salle serveur",
        "Bonjour,\nFuite réparée sur le circuit, recharge en gaz effectuée, température stabilisée à 21 °C. Nous clôturons l'ordre de travail.", ContractorUpdate, None, None),
    case("unauthorised", "the pupil's parent writes", "From: parent.lemaire@famille.example\nSubject: Boucle magnétique de ma fille",
        "Bonjour,\nMa fille est élève malentendante au collège Montaigne et la boucle magnétique de sa salle ne fonctionne plus depuis des semaines. Que comptez-vous faire ?", Unauthorised, None, None),
    case("spam", "a fake parcel in English", "From: DHL Express <notice@dhl-tracking-parcel.example>\nSubject: Your parcel is on hold\nContent-Type: text/html; charset=utf-8",
        "<p>Your package could not be delivered due to unpaid customs fees (2.99 EUR).</p><p><a href=\"https://dhl-tracking-parcel.example/pay\">Pay now</a> to schedule a new delivery.</p>", Spam, None, None),
    case("auto-reply", "an absence with a return date", "From: anne.leroux@ac-bordeaux.example\nSubject: Absence du bureau : [CESAME #2026-006004] Boucle magnétique salle 7\nAuto-Submitted: auto-replied",
        "Je serai de retour le lundi 14 décembre.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "speech-to-text urgency", "From: j.martin@ac-aix.example\nSubject: serveur",
        "bonjour le serveur pédagogique ne répond plus c'est urgent les élèves de troisième ont le brevet blanc cet après-midi", NewIncident, Some(TresHaut), None),
    case("urgency", "a level in a signature-like block", "From: paul.henry@ac-lille.example\nSubject: Tablette 12",
        "Bonjour,\nLa tablette 12 ne charge plus.\n\n--- Fiche ---\nUrgence : 1/3\nSalle : 104", NewIncident, Some(Bas), None),
    case("uai", "a code between parentheses in the subject", "From: tice@region.example\nSubject: Panneau lumineux (0595012C)",
        "Bonjour,\nLe panneau lumineux extérieur reste éteint depuis l'orage.", NewIncident, None, Some("0595012C")),
    case("uai", "a code in lower case after 'rne'", "From: tice@region.example\nSubject: Boucle magnétique",
        "Bonjour,\nrne 0330789d : la boucle magnétique de la salle 7 ne fonctionne plus.", NewIncident, None, Some("0330789D")),
];
