//! The eighteenth aside part: written after the fifteenth round and never tuned on, in the
//! corpus's own manner: a signature block under each mail (name, role, school and town), a
//! reason given with the request, Outlook's header block above the quoted acknowledgement.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_18: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a server room too hot", "From: paul.henry@ac-lille.example\nSubject: Climatisation local serveur",
        "Bonjour,\n\nLa climatisation du local serveur est arrêtée depuis ce week-end ; le thermomètre indique 34 °C et les serveurs ventilent à fond.\n\nPaul Henry\nCorrespondant numérique\nLycée Faidherbe - Lille", NewIncident, None, None),
    case("request", "a printer offline", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante hors ligne",
        "Bonjour,\n\nL'imprimante de la vie scolaire apparaît « hors ligne » sur tous les postes, alors qu'elle est allumée.\n\nClaire Dubois\nProfesseure documentaliste\nLycée Ampère - Lyon", NewIncident, None, None),
    case("request", "the parents' portal", "From: sandrine.morel@ac-paris.example\nSubject: Portail familles inaccessible",
        "Bonjour,\n\nPlusieurs familles nous appellent : la page de connexion du portail renvoie « erreur 502 ».\n\nSandrine Morel\nProviseure adjointe\nLycée Voltaire - Paris 11e", NewIncident, None, None),
    case("request", "a tablet cart not syncing", "From: anne.leroux@ac-bordeaux.example\nSubject: Classe mobile",
        "Bonjour,\n\nLes tablettes de la classe mobile ne se synchronisent plus avec la console de gestion ; les applications ajoutées n'apparaissent pas.\n\nAnne Leroux\nPrincipale adjointe\nCollège Montaigne - Bordeaux", NewIncident, None, None),
    case("request", "an intercom", "From: j.martin@ac-aix.example\nSubject: Interphone portail",
        "Bonjour,\n\nL'interphone du portail sonne dans le vide : la loge ne reçoit plus les appels.\n\nJérôme Martin\nGestionnaire\nCollège Mistral - Aix-en-Provence", NewIncident, None, None),
    case("request", "the whole school offline", "From: marc.petit@ac-lyon.example\nSubject: Plus d'internet",
        "Bonjour,\n\nPlus d'accès internet dans tout l'établissement depuis 9 h 10. Le réseau interne fonctionne.\n\nMarc Petit\nSuppléant\nLycée Ampère - Lyon", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a reason with the request", "From: sandrine.morel@ac-paris.example\nSubject: Ordinateurs pour les élèves dys",
        "Bonjour,\n\nPour accompagner les élèves dyslexiques, l'équipe pédagogique souhaite disposer de quatre ordinateurs portables équipés d'un logiciel de synthèse vocale.\n\nSandrine Morel\nProviseure adjointe\nLycée Voltaire - Paris 11e", NewRequest, None, None),
    case("request", "an orientation room", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle d'orientation",
        "Bonjour,\n\nLa psychologue de l'Éducation nationale disposera d'un bureau à partir de janvier ; il faudrait y raccorder un poste et un téléphone.\n\nAnne Leroux\nPrincipale adjointe\nCollège Montaigne - Bordeaux", NewRequest, None, None),
    case("request", "wifi for the exam room", "From: paul.henry@ac-lille.example\nSubject: Couverture wifi",
        "Bonjour,\n\nLes épreuves numériques du bac auront lieu dans la salle 301, que le wifi ne couvre qu'en partie. Une borne supplémentaire est-elle possible avant mars ?\n\nPaul Henry\nCorrespondant numérique\nLycée Faidherbe - Lille", NewRequest, None, None),
    case("request", "teachers' laptops renewed", "From: j.martin@ac-aix.example\nSubject: Portables enseignants",
        "Bonjour,\n\nLes portables prêtés aux enseignants ont sept ans et ne supportent plus la dernière version du système. Le collège demande leur renouvellement.\n\nJérôme Martin\nGestionnaire\nCollège Mistral - Aix-en-Provence", NewRequest, None, None),
    case("request", "a visio kit for the board", "From: claire.dubois@ac-lyon.example\nSubject: Conseil d'administration en visio",
        "Bonjour,\n\nCertains membres du conseil d'administration souhaitent participer à distance ; de quel équipement la salle du conseil pourrait-elle être dotée ?\n\nClaire Dubois\nProfesseure documentaliste\nLycée Ampère - Lyon", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "Outlook's block above the ack", "From: paul.henry@ac-lille.example\nSubject: RE: Votre demande",
        "Bonjour,\n\nLa climatisation a été relancée par le prestataire, la température est redescendue à 21 °C. Tout est normal.\n\nPaul Henry\n\nDe : CESAME <cesame@cesame.example>\nEnvoyé : lundi 7 décembre 2026 08:12\nObjet : Climatisation local serveur\n\nVotre demande a bien été enregistrée sous la référence 2026-001801.", ClosureConfirmation, None, None),
    case("intent", "spreading further", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-001802] Portail familles inaccessible",
        "Bonjour,\n\nLe problème touche maintenant aussi l'application mobile des familles.\n\nSandrine Morel", FollowUp, None, None),
    case("intent", "a lost reference", "From: anne.leroux@ac-bordeaux.example\nSubject: Classe mobile - sans suite",
        "Bonjour,\n\nJ'ai signalé il y a trois semaines le problème de synchronisation des tablettes et rien ne s'est passé depuis. Je n'ai plus le numéro.\n\nAnne Leroux", Reminder, None, None),
    case("intent", "a review for the board", "From: j.martin@ac-aix.example\nSubject: Conseil d'administration",
        "Bonjour,\n\nEn vue du conseil d'administration, pourriez-vous m'indiquer où en sont toutes les demandes du collège ?\n\nJérôme Martin", ListRequest, None, None),
    case("intent", "confirmed after a test", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-001803] Imprimante hors ligne",
        "Bonjour,\n\nTest fait ce matin depuis trois postes : l'impression passe sans problème. Merci pour la réactivité.\n\nClaire Dubois", ClosureConfirmation, None, None),
    case("intent", "a need for access to the room", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-001804] Interphone portail",
        "Bonjour,\n\nPour l'intervention, le technicien devra passer par la loge : la clé du local est chez le gardien.\n\nJérôme Martin", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a domain renewal", "From: renouvellement@domaines-fr.example\nSubject: Expiration de votre nom de domaine",
        "Votre nom de domaine lycee-voltaire.example expire dans 3 jours. Renouvelez-le maintenant pour éviter toute interruption de service.", Spam, None, None),
    case("spam", "a teacher with a full report", "From: r.garnier@ac-paris.example\nSubject: Vidéoprojecteur salle 12",
        "Bonjour,\n\nLe vidéoprojecteur de la salle 12 affiche une image jaune depuis lundi.\n\nRémi Garnier\nProfesseur d'histoire-géographie\nLycée Voltaire - Paris 11e", Unauthorised, None, None),
    case("spam", "a recruiter", "From: talents@rh-cabinet.example\nSubject: Opportunité de carrière",
        "Bonjour,\n\nVotre profil a retenu notre attention pour un poste de responsable informatique. Êtes-vous ouvert à un échange ?", Spam, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "criticité with a reason", "From: marc.petit@ac-lyon.example\nSubject: Poste accueil",
        "Bonjour,\n\nLe poste de l'accueil redémarre en boucle.\n\nCriticité : haute (accueil du public impossible)\n\nMarc Petit", NewIncident, Some(TresHaut), None),
    case("urgency", "low, with a date", "From: anne.leroux@ac-bordeaux.example\nSubject: Câble HDMI salle 5",
        "Bonjour,\n\nLe câble HDMI de la salle 5 est abîmé.\n\nUrgence : basse (remplacement possible d'ici les vacances)\n\nAnne Leroux", NewIncident, Some(Bas), None),
    case("uai", "a code in the signature line", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteur réfectoire",
        "Bonjour,\n\nLe vidéoprojecteur du réfectoire ne s'allume plus.\n\nJérôme Martin\nGestionnaire\nCollège Mistral (0130456A) - Aix-en-Provence", NewIncident, None, Some("0130456A")),
    case("uai", "the town only", "From: paul.henry@ac-lille.example\nSubject: Téléphone",
        "Bonjour,\n\nLe téléphone de l'infirmerie ne sonne plus.\n\nPaul Henry\nLycée Faidherbe - Lille", NewIncident, None, None),
];
