//! The seventeenth aside part: written after the fourteenth round and never tuned on. Traps
//! of intent ("ne clôturez pas", "rouvrir", "ignorez ma demande"), imperatives of planning
//! ("merci de prévoir"), reports in the subject alone, automated mail without its headers'
//! help, and scams with attachments.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_17: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "the subject says it all", "From: j.martin@ac-aix.example\nSubject: Impossible d'ouvrir une session sur les postes du CDI",
        "Merci.", NewIncident, None, None),
    case("request", "an error code", "From: claire.dubois@ac-lyon.example\nSubject: Erreur 0x80070005",
        "Bonjour,\nLa mise à jour des postes de la salle 12 échoue avec le code 0x80070005.", NewIncident, None, None),
    case("request", "not correctly", "From: sandrine.morel@ac-paris.example\nSubject: Wi-Fi",
        "Bonjour,\nLe Wi-Fi ne fonctionne pas correctement au deuxième étage : les pages ne chargent qu'à moitié.", NewIncident, None, None),
    case("request", "no longer reachable", "From: paul.henry@ac-lille.example\nSubject: Logiciel de gestion",
        "Bonjour,\nLe logiciel de gestion financière n'est plus accessible depuis le poste de l'agent comptable.", NewIncident, None, None),
    case("request", "a mouse that does not click", "From: anne.leroux@ac-bordeaux.example\nSubject: Souris",
        "Bonjour,\nLa souris du poste du CDI ne clique plus à gauche.", NewIncident, None, None),
    case("request", "a ringing alarm", "From: marc.petit@ac-lyon.example\nSubject: Alarme baie",
        "Bonjour,\nUne alarme sonne dans la baie du bâtiment D depuis 7 h.", NewIncident, None, None),
    case("request", "files encrypted", "From: j.martin@ac-aix.example\nSubject: Fichiers illisibles",
        "Bonjour,\nTous les fichiers du dossier partagé de la direction ont l'extension .locked et ne s'ouvrent plus. Rançongiciel ?", NewIncident, None, None),
    case("request", "a projector remote", "From: claire.dubois@ac-lyon.example\nSubject: Télécommande",
        "Bonjour,\nLa télécommande du vidéoprojecteur de la salle 6 a disparu, impossible de l'allumer.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "please plan", "From: sandrine.morel@ac-paris.example\nSubject: Salle 210",
        "Bonjour,\nMerci de prévoir le câblage de la salle 210, qui deviendra une salle de langues en septembre.", NewRequest, None, None),
    case("request", "a noun phrase", "From: paul.henry@ac-lille.example\nSubject: Mise à disposition d'un ordinateur portable pour la documentaliste",
        "cf. objet, merci", NewRequest, None, None),
    case("request", "we request", "From: anne.leroux@ac-bordeaux.example\nSubject: Sollicitation",
        "Bonjour,\nNous sollicitons l'ouverture d'un accès à la plateforme Pix pour les élèves de troisième.", NewRequest, None, None),
    case("request", "a lockdown alert system", "From: marc.petit@ac-lyon.example\nSubject: PPMS",
        "Bonjour,\nDans le cadre du PPMS, le lycée doit se doter d'un système d'alerte sonore distinct de la sonnerie.", NewRequest, None, None),
    case("request", "a relocation of a printer", "From: j.martin@ac-aix.example\nSubject: Copieur",
        "Bonjour,\nEst-il possible de déplacer le copieur du couloir dans la salle de reprographie ?", NewRequest, None, None),
    case("request", "adding users to a list", "From: claire.dubois@ac-lyon.example\nSubject: Liste de diffusion",
        "Bonjour,\nPouvez-vous ajouter les trois nouveaux AED à la liste de diffusion de la vie scolaire ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "do not close", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-001701] Wi-Fi",
        "Merci de ne pas clôturer : le problème est revenu ce matin.", FollowUp, None, None),
    case("intent", "reopen", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-001702] Logiciel de gestion",
        "Bonjour,\nPouvez-vous rouvrir le ticket ? L'accès a de nouveau sauté.", FollowUp, None, None),
    case("intent", "ignore my request", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-001703] Souris",
        "Ignorez ma demande, nous avons trouvé une souris de rechange. Merci.", ClosureConfirmation, None, None),
    case("intent", "thanks for the quick work", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-001704] Alarme baie",
        "Merci pour l'intervention rapide, l'alarme s'est tue et tout est rentré dans l'ordre.", ClosureConfirmation, None, None),
    case("intent", "not tested yet", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-001705] Fichiers illisibles",
        "Pas encore pu tester, je vous tiens au courant demain.", FollowUp, None, None),
    case("intent", "the room was locked", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001706] Télécommande",
        "Le technicien n'a pas pu entrer, la salle était fermée. Pouvez-vous reprogrammer son passage ?", FollowUp, None, None),
    case("intent", "how long still", "From: sandrine.morel@ac-paris.example\nSubject: Salle 210",
        "Bonjour,\nCombien de temps faudra-t-il encore attendre pour le câblage de la salle 210 demandé en octobre ?", Reminder, None, None),
    case("intent", "the state of all", "From: paul.henry@ac-lille.example\nSubject: Point de situation",
        "Bonjour,\nPouvez-vous me faire un point de situation sur l'ensemble des demandes du lycée ?", ListRequest, None, None),
    // --- automated and outsiders ------------------------------------------------------------------
    case("spam", "an out-of-office without headers", "From: anne.leroux@ac-bordeaux.example\nSubject: Absence du bureau",
        "Bonjour,\nJe suis absente jusqu'au 4 janvier inclus. En cas d'urgence, contactez le secrétariat.", AutoReply, None, None),
    case("spam", "a zip invoice", "From: factures@compta-express.example\nSubject: Facture 2026-1187\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"z1\"",
        "--z1\nContent-Type: text/plain; charset=utf-8\n\nVeuillez trouver ci-joint votre facture à régler sous 48 h.\n--z1\nContent-Type: application/octet-stream; name=\"Facture_1187.pdf.exe\"\nContent-Disposition: attachment; filename=\"Facture_1187.pdf.exe\"\nContent-Transfer-Encoding: base64\n\nTVqQAAMAAAAEAAAA\n--z1--\n", Spam, None, None),
    case("spam", "an advance-fee scam", "From: barrister.james@legal-mail.example\nSubject: Confidential proposal",
        "Dear friend, I am a lawyer and I have a proposal concerning the inheritance of a late client who shares your surname. Reply for details.", Spam, None, None),
    case("spam", "a benefits update", "From: dossier@caf-maj.example\nSubject: Mise à jour de votre dossier",
        "Votre dossier doit être mis à jour pour continuer à percevoir vos prestations. Connectez-vous avant le 10 décembre.", Spam, None, None),
    case("spam", "a headteacher's assistant", "From: assistante.direction@ac-lille.example\nSubject: Imprimante direction",
        "Bonjour,\nJe suis l'assistante de direction du lycée Faidherbe : l'imprimante du bureau du proviseur n'imprime plus.", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "critical in English", "From: paul.henry@ac-lille.example\nSubject: Server",
        "Hello, the file server is down. Severity: critical", NewIncident, Some(TresHaut), None),
    case("urgency", "a level after a dash", "From: anne.leroux@ac-bordeaux.example\nSubject: Imprimante - urgence faible",
        "Bonjour,\nL'imprimante de la salle 2 imprime des traits.", NewIncident, Some(Bas), None),
    case("urgency", "high, in the subject, a reminder", "From: claire.dubois@ac-lyon.example\nSubject: Relance - URGENT - salle 12",
        "Bonjour,\nToujours aucune nouvelle pour la mise à jour des postes de la salle 12.", Reminder, Some(TresHaut), None),
    case("uai", "code with a dot", "From: j.martin@ac-aix.example\nSubject: Souris",
        "Bonjour,\nLes souris de la salle 2 sont HS.\nUAI. 0130456A", NewIncident, None, Some("0130456A")),
    case("uai", "two codes, the sender's second", "From: tice@region.example\nSubject: Réseau",
        "Bonjour,\nLe réseau du collège Montaigne (0330789D) est coupé ; le lycée Faidherbe n'est pas touché.", NewIncident, None, Some("0330789D")),
];
