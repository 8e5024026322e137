//! The forty-seventh aside part: written after the forty-first round, before any change, in
//! about the mix with more replies, and in new content (a library's RFID gates, digital
//! exam scanning, a vocational workshop's CNC machine, the training restaurant's till, a weather
//! station, digital textbooks), in forms not used before: bulleted lists, "Envoyé de mon
//! iPhone", a mail written on someone's behalf, Gmail history below the answer.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_47: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "RFID gates beep", "From: anne.leroux@ac-bordeaux.example\nSubject: Portiques du CDI",
        "Bonjour,\nLes portiques antivol du CDI sonnent à chaque passage, même sans livre. Nous avons dû les débrancher.", NewIncident, None, None),
    case("request", "on the principal's behalf", "From: claire.dubois@ac-lyon.example\nSubject: Numérisation des copies",
        "Bonjour,\nJe vous écris de la part de M. le Proviseur : le scanner utilisé pour la numérisation des copies du bac blanc rejette une feuille sur deux avec le message « format non reconnu ».\nUrgence : très haute", NewIncident, Some(TresHaut), None),
    case("request", "bulleted faults", "From: j.martin@ac-aix.example\nSubject: Atelier de productique",
        "Bonjour,\nDans l'atelier de productique :\n- le PC de la fraiseuse à commande numérique ne voit plus la machine ;\n- le logiciel de FAO demande une licence à chaque ouverture.\nMerci", NewIncident, None, None),
    case("request", "sent from an iPhone", "From: paul.henry@ac-lille.example\nSubject: Caisse restaurant d'application",
        "La caisse du restaurant d'application affiche « base de données indisponible » et on a 40 couverts ce midi\n\nEnvoyé de mon iPhone", NewIncident, None, None),
    case("request", "a weather station silent", "From: marc.petit@ac-lyon.example\nSubject: Station météo",
        "Bonjour,\nLa station météo du lycée ne publie plus ses relevés sur le site depuis le 1er décembre.", NewIncident, None, None),
    case("request", "digital textbooks refuse", "From: sandrine.morel@ac-paris.example\nSubject: Manuels numériques",
        "Bonjour,\nLes manuels numériques refusent de s'ouvrir sur les tablettes des 2nde : « licence expirée », alors que l'abonnement court jusqu'en juin.", NewIncident, None, None),
    case("request", "English, the RFID server", "From: tice@region.example\nSubject: Montaigne library system",
        "Hi, the library management server at collège Montaigne (0330789D) is unreachable since last night's power cut; loans cannot be recorded. Urgency: medium.", NewIncident, Some(Moyen), Some("0330789D")),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "bulleted needs", "From: j.martin@ac-aix.example\nSubject: Atelier de productique - rentrée 2027",
        "Bonjour,\nPour la rentrée 2027, l'atelier aurait besoin de :\n- deux postes de CAO avec écrans 27 pouces ;\n- une imprimante grand format.\nCordialement", NewRequest, None, None),
    case("request", "RFID for the second library", "From: anne.leroux@ac-bordeaux.example\nSubject: Annexe du CDI",
        "Bonjour,\nL'annexe du CDI ouverte au bâtiment B fonctionne encore avec des fiches papier. Un portique et une douchette comme au CDI principal permettraient de tout gérer dans le même logiciel.", NewRequest, None, None),
    case("request", "a faster scanner for exams", "From: claire.dubois@ac-lyon.example\nSubject: Scanner pour les examens",
        "Bonjour,\nAvec 900 copies par session, notre scanner actuel met deux jours. Un modèle à chargeur de 100 feuilles nous ferait gagner un temps précieux.", NewRequest, None, None),
    case("request", "access for the hotel school's teachers", "From: paul.henry@ac-lille.example\nSubject: Logiciel de caisse",
        "Bonjour,\nLes professeurs d'hôtellerie voudraient pouvoir consulter les ventes du restaurant depuis la salle des profs.", NewRequest, None, None),
    case("request", "a website widget", "From: marc.petit@ac-lyon.example\nSubject: Météo sur l'ENT",
        "Bonjour,\nLes élèves de la section météo proposent d'afficher les relevés de la station sur la page d'accueil de l'ENT. Qui pourrait nous accompagner ?", NewRequest, None, None),
    case("request", "textbooks for the whole year group", "From: sandrine.morel@ac-paris.example\nSubject: Manuels numériques 1re",
        "Bonjour,\nLes classes de 1re n'ont que des manuels papier. Le conseil pédagogique souhaite passer au numérique pour elles aussi l'an prochain.", NewRequest, None, None),
    case("request", "Envoyé de mon iPhone, a need", "From: j.martin@ac-aix.example\nSubject: Rallonges",
        "Il faudrait des multiprises et deux rallonges pour la salle d'examen du gymnase, les postes y sont installés pour le brevet blanc\n\nEnvoyé de mon iPhone", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "Gmail history, gates fixed", "From: anne.leroux@ac-bordeaux.example\nSubject: Re: [CESAME #2026-004701] Portiques du CDI",
        "Les portiques ont été recalibrés, plus aucune alarme intempestive. Merci !\n\nLe lun. 30 nov. 2026 à 09:12, CESAME <cesame@cesame.example> a écrit :\n> Votre signalement a bien été enregistré.", ClosureConfirmation, None, None),
    case("intent", "the scanner half fixed", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004702] Numérisation des copies",
        "Bonjour,\nLes copies A4 passent désormais, mais les copies A3 pliées sont toujours rejetées.", FollowUp, None, None),
    case("intent", "a bulleted list request", "From: j.martin@ac-aix.example\nSubject: Préparation du conseil d'administration",
        "Bonjour,\nPour le CA de jeudi, j'aurais besoin :\n- de la liste de nos tickets ouverts ;\n- de leur date d'ouverture.\nMerci", ListRequest, None, None),
    case("intent", "iPhone reminder", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-004703] Caisse restaurant d'application",
        "Toujours en panne, on encaisse à la main depuis trois jours. Quelqu'un peut-il s'en occuper ?\n\nEnvoyé de mon iPhone", Reminder, None, None),
    case("intent", "a photo described", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004704] Station météo",
        "Voici ce qu'affiche la console : « upload failed: 403 ». Je joins une photo de l'écran.", FollowUp, None, None),
    case("intent", "all textbooks open", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004705] Manuels numériques",
        "Bonjour,\nL'éditeur a réactivé nos licences, tous les manuels s'ouvrent. Le ticket peut être fermé.", ClosureConfirmation, None, None),
    case("intent", "a question on the need", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004706] Scanner pour les examens",
        "Bonjour,\nFaut-il que le proviseur signe un bon de commande de notre côté, ou la région s'en charge-t-elle ?", FollowUp, None, None),
    case("intent", "a new correspondant asks the list", "From: anne.leroux@ac-bordeaux.example\nSubject: Prise de fonctions",
        "Bonjour,\nJe remplace M. Dupuis comme correspondante informatique. Pourriez-vous me faire un état des demandes en cours pour le collège ?", ListRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a fake e-signature request", "From: DocuSign <dse@docusign-notification.example>\nSubject: Document à signer : Avenant contrat maintenance\nContent-Type: text/html; charset=utf-8",
        "<p>CESAME vous a envoyé un document à signer.</p><p><a href=\"https://docusign-notification.example/sign?id=8812\">Consulter le document</a></p><p>Ce lien expire dans 48 heures.</p>", Spam, None, None),
    case("spam", "a cold mail for RFID gates", "From: commercial@antivol-bibliotheque.example\nSubject: Vos portiques antivol",
        "Bonjour,\nVos portiques ont plus de dix ans ? Nous reprenons votre ancien matériel pour l'achat d'un système RFID neuf. Devis gratuit sous 48 h.", Spam, None, None),
    case("unauthorised", "a teacher from the workshop", "From: chef.travaux@ac-aix.example\nSubject: Fraiseuse",
        "Bonjour,\nLe PC de la fraiseuse du collège Mistral ne communique plus avec la machine. Merci d'envoyer un technicien.", Unauthorised, None, None),
    // Labelled an auto-reply when written; it is a ticketing system's own mail (its
    // "[Ticket #58812]" tag), which `corpus/README.md` calls a platform update. Read as spam at
    // first either way.
    case("auto-reply", "a ticket system's acknowledgement", "From: support@editeur-manuels.example\nSubject: [Ticket #58812] Accusé de réception\nAuto-Submitted: auto-generated",
        "Bonjour,\nNous avons bien reçu votre demande. Un conseiller vous répondra sous 48 heures ouvrées.", PlatformUpdate, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a star rating", "From: paul.henry@ac-lille.example\nSubject: Badgeuse du self",
        "Bonjour,\nLa badgeuse du self ne lit plus les cartes des demi-pensionnaires.\nUrgence : ★★★", NewIncident, Some(TresHaut), None),
    case("urgency", "urgent in the middle", "From: marc.petit@ac-lyon.example\nSubject: Serveur ENT",
        "Bonjour,\nC'est urgent : le serveur de l'ENT ne répond plus et les devoirs du bac blanc doivent être déposés ce soir.", NewIncident, Some(TresHaut), None),
    case("uai", "a code with a slash", "From: j.martin@ac-aix.example\nSubject: Réseau pédagogique",
        "Bonjour,\nCollège Mistral (UAI : 0130456/A) : le réseau pédagogique est coupé dans tout le bâtiment A.", NewIncident, None, Some("0130456A")),
];
