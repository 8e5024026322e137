//! The ninety-first aside part: written after the eighty-third round, before any change, with
//! the costliest class in yet other words (a copier queued at every break, keyboards suited to
//! some pupils, a switchboard without voicemail, charging lockers left open, one socket for
//! eight, licences expiring, a reading font for dyslexic pupils; and faults told as needs: "nous
//! aurions besoin d'une nouvelle cartouche" for pale pages, "merci d'installer un antivirus" on
//! a post full of pop-ups, a bell "à remettre à l'heure", "il faudrait qu'un technicien
//! regarde"), urgency as "Urgence : élevée" and "[Urgence moyenne]", a code as "0130-456-A",
//! intents in new words, a parcel lure and a teacher writing.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_91: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a copier queued at every break", "From: sandrine.morel@ac-paris.example\nSubject: Copieur salle des professeurs",
        "Bonjour,\nLe copieur de la salle des professeurs est saturé à chaque récréation : il y a souvent dix collègues qui attendent. Un second copieur serait le bienvenu.", NewRequest, None, None),
    case("request", "keyboards suited to some pupils", "From: anne.leroux@ac-bordeaux.example\nSubject: Claviers SEGPA",
        "Bonjour,\nLes élèves de SEGPA ont du mal avec les claviers ordinaires ; des claviers à gros caractères, avec des touches contrastées, les aideraient beaucoup.", NewRequest, None, None),
    case("request", "a switchboard without voicemail", "From: paul.henry@ac-lille.example\nSubject: Standard téléphonique",
        "Bonjour,\nNotre standard ne gère pas de messagerie vocale : quand le secrétariat est fermé, les appels des familles sonnent dans le vide. Serait-il possible d'en ajouter une ?", NewRequest, None, None),
    case("request", "charging lockers left open", "From: claire.dubois@ac-lyon.example\nSubject: [Urgence moyenne] Rangement des tablettes",
        "Bonjour,\nLes tablettes sont rechargées dans des casiers qui ne ferment pas à clé, et deux ont disparu le mois dernier. Nous demandons un chariot de recharge sécurisé.", NewRequest, Some(Moyen), None),
    case("request", "one socket for eight", "From: j.martin@ac-aix.example\nSubject: Salle de réunion",
        "Bonjour,\nLa salle de réunion n'a qu'une seule prise réseau pour huit personnes, et le wifi n'y passe pas bien. Pourrait-on y poser quelques prises ?\nCode établissement : 0130-456-A", NewRequest, None, Some("0130456A")),
    case("request", "licences expiring", "From: marc.petit@ac-lyon.example\nSubject: Licences logiciel de géométrie",
        "Bonjour,\nNos licences du logiciel de géométrie dynamique expirent le 31 décembre. Merci d'en prévoir le renouvellement pour l'année 2027.", NewRequest, None, None),
    case("request", "a reading font for dyslexic pupils", "From: sandrine.morel@ac-paris.example\nSubject: ENT et dyslexie",
        "Bonjour,\nL'ENT n'est pas adapté aux élèves dyslexiques. Pourrait-on y ajouter une police de lecture adaptée, au choix de chaque élève ?", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "a cartridge for pale pages", "From: paul.henry@ac-lille.example\nSubject: Imprimante CDI",
        "Bonjour,\nNous aurions besoin d'une nouvelle cartouche pour l'imprimante du CDI : les pages sortent de plus en plus pâles, presque illisibles.", NewIncident, None, None),
    case("request", "an antivirus for a post full of pop-ups", "From: anne.leroux@ac-bordeaux.example\nSubject: Poste infirmerie",
        "Bonjour,\nMerci d'installer un antivirus à jour sur le poste de l'infirmerie : des fenêtres publicitaires s'ouvrent sans arrêt et le navigateur est redirigé vers des sites inconnus.\nUrgence : élevée", NewIncident, Some(TresHaut), None),
    case("request", "a bell to set right", "From: j.martin@ac-aix.example\nSubject: Sonnerie",
        "Bonjour,\nNous voudrions que la sonnerie soit remise à l'heure : elle sonne cinq minutes en avance depuis le passage à l'heure d'hiver.", NewIncident, None, None),
    case("request", "a technician should look", "From: claire.dubois@ac-lyon.example\nSubject: Serveur de fichiers",
        "Bonjour,\nIl faudrait qu'un technicien regarde le serveur de fichiers : des professeurs retrouvent leurs documents vides le lendemain de leur enregistrement.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "light again, sound still not", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009102] Vidéoprojecteur salle 8",
        "Bonjour,\nLe vidéoprojecteur s'allume de nouveau, merci. Par contre, le son ne sort toujours pas des enceintes.", FollowUp, None, None),
    case("intent", "a short reminder", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009103] Standard téléphonique",
        "Bonjour,\nPetit rappel concernant notre demande : toujours rien de votre côté ?", Reminder, None, None),
    case("intent", "what is still with you", "From: marc.petit@ac-lyon.example\nSubject: Question",
        "Bonjour,\nQu'avons-nous encore comme dossiers en cours chez vous ? Je reprends les fonctions de M. Durand.", ListRequest, None, None),
    case("intent", "the visit validated", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-009110] Sonnerie",
        "Bonjour,\nIntervention validée de notre côté, la sonnerie est à l'heure. Merci au technicien.", ClosureConfirmation, None, None),
    case("intent", "the model asked for", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009109] Poste infirmerie",
        "Pour répondre à votre question : il s'agit d'un HP ProDesk 400 G6, acheté en 2020, sous Windows 10.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a parcel lure", "From: Suivi Colis <notification@suivi-livraison.example>\nSubject: Votre colis est en attente de livraison",
        "Bonjour,\nVotre colis n'a pas pu être livré faute d'affranchissement suffisant. Réglez les frais de 1,99 € pour programmer une nouvelle livraison : https://suivi-livraison.example/colis/88231", Spam, None, None),
    case("unauthorised", "a teacher writes", "From: t.robert@ac-aix.example\nSubject: Salle de technologie",
        "Bonjour,\nProfesseur de technologie au collège Mistral, je vous signale que trois postes de ma salle ne démarrent plus depuis la rentrée de novembre.", Unauthorised, None, None),
];
