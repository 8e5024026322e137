//! The twenty-first aside part: written after the eighteenth round and never tuned on. A
//! technician's jargon (certificates, DNS, GPO, proxy, NAS, flows, fixed addresses) for faults
//! and for needs, replies that only take note, and reminders that ask for a delay.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_21: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "a certificate expired", "From: paul.henry@ac-lille.example\nSubject: Certificat expiré",
        "Bonjour,\nLe certificat du serveur de visioconférence a expiré hier soir, les navigateurs bloquent l'accès.", NewIncident, None, None),
    case("request", "DNS", "From: marc.petit@ac-lyon.example\nSubject: Résolution DNS",
        "Bonjour,\nDepuis la coupure de la nuit, le DNS interne ne résout plus les noms des serveurs ; on n'y accède que par leur adresse IP.", NewIncident, None, None),
    case("request", "GPO", "From: j.martin@ac-aix.example\nSubject: Stratégies de groupe",
        "Bonjour,\nLes stratégies de groupe ne s'appliquent plus sur les postes de la salle 3 : les lecteurs réseau n'apparaissent pas.", NewIncident, None, None),
    case("request", "a proxy loop", "From: claire.dubois@ac-lyon.example\nSubject: Proxy",
        "Bonjour,\nLe proxy redemande l'authentification à chaque page, les élèves ne peuvent pas travailler.", NewIncident, None, None),
    case("request", "a read-only NAS", "From: sandrine.morel@ac-paris.example\nSubject: NAS en lecture seule",
        "Bonjour,\nLe NAS de la vie scolaire est passé en lecture seule, plus personne ne peut y enregistrer.", NewIncident, None, None),
    case("request", "an address conflict", "From: anne.leroux@ac-bordeaux.example\nSubject: Conflit d'adresse",
        "Bonjour,\nLe copieur de l'accueil signale un conflit d'adresse IP et disparaît du réseau plusieurs fois par jour.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a flow to open", "From: paul.henry@ac-lille.example\nSubject: Ouverture de flux",
        "Bonjour,\nL'éditeur du logiciel de restauration demande l'ouverture d'un flux sortant vers son serveur sur le port 8443.", NewRequest, None, None),
    case("request", "a fixed address", "From: marc.petit@ac-lyon.example\nSubject: IP fixe",
        "Bonjour,\nPourriez-vous attribuer une adresse IP fixe au nouveau système de contrôle d'accès ?", NewRequest, None, None),
    case("request", "a printer in the deployment", "From: j.martin@ac-aix.example\nSubject: Déploiement imprimante",
        "Bonjour,\nMerci d'ajouter l'imprimante de la salle 12 au déploiement automatique des postes de cette salle.", NewRequest, None, None),
    case("request", "delegated rights", "From: claire.dubois@ac-lyon.example\nSubject: Délégation",
        "Bonjour,\nLe référent numérique souhaiterait une délégation de droits pour réinitialiser lui-même les mots de passe des élèves.", NewRequest, None, None),
    case("request", "a VPN for the bursar", "From: sandrine.morel@ac-paris.example\nSubject: Accès VPN",
        "Bonjour,\nL'agent comptable aura besoin d'un accès VPN à partir de janvier pour travailler depuis le rectorat.", NewRequest, None, None),
    case("request", "a second SSID", "From: anne.leroux@ac-bordeaux.example\nSubject: Réseau wifi invités",
        "Bonjour,\nNous voudrions un SSID séparé pour les invités lors des portes ouvertes, limité à internet.", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "noted", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-002101] Certificat expiré",
        "C'est noté, merci pour l'information.", FollowUp, None, None),
    case("intent", "passed on", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-002102] Résolution DNS",
        "Merci, je transmets à ma collègue qui gère le serveur.", FollowUp, None, None),
    case("intent", "no answer since", "From: j.martin@ac-aix.example\nSubject: Stratégies de groupe",
        "Bonjour,\nNous sommes sans réponse depuis le 12 novembre concernant les stratégies de groupe de la salle 3.", Reminder, None, None),
    case("intent", "a delay asked", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-002103] Proxy",
        "Bonjour,\nMerci de m'indiquer sous quel délai le problème de proxy pourra être traité.", Reminder, None, None),
    case("intent", "extract our tickets", "From: sandrine.morel@ac-paris.example\nSubject: Extraction",
        "Bonjour,\nPouvez-vous m'extraire la liste de nos tickets ouverts au format tableur ?", ListRequest, None, None),
    case("intent", "works, after a change of cable", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-002104] Conflit d'adresse",
        "Le copieur ne disparaît plus depuis qu'il a une adresse réservée. C'est réglé.", ClosureConfirmation, None, None),
    case("intent", "write access back", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-002105] NAS en lecture seule",
        "Nous pouvons de nouveau écrire sur le NAS. Merci beaucoup.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a free audit", "From: audit@parc-expert.example\nSubject: Audit gratuit de votre parc",
        "Bonjour,\nFaites évaluer gratuitement votre parc informatique par nos experts et réduisez vos coûts de 30 %.", Spam, None, None),
    case("spam", "a fake Teams update", "From: teams-update@ms-notify.example\nSubject: Mise à jour Microsoft Teams requise",
        "Votre version de Teams n'est plus prise en charge. Téléchargez la mise à jour : http://ms-notify.example/teams-setup", Spam, None, None),
    case("spam", "a pupil's parent, angry", "From: p.roussel@mail.example\nSubject: Tablette de ma fille",
        "Bonjour,\nLa tablette prêtée à ma fille au collège Mistral ne charge plus et personne ne me répond.", Unauthorised, None, None),
    // --- urgency and codes ---------------------------------------------------------------------
    case("urgency", "critical, French word", "From: marc.petit@ac-lyon.example\nSubject: Serveur ENT",
        "Bonjour,\nLe serveur ENT ne démarre plus.\nCriticité : critique", NewIncident, Some(TresHaut), None),
    case("urgency", "a low level in brackets", "From: paul.henry@ac-lille.example\nSubject: Imprimante (urgence basse)",
        "Bonjour,\nL'imprimante du foyer imprime pâle.", NewIncident, Some(Bas), None),
    case("uai", "a code after a dash in the subject", "From: anne.leroux@ac-bordeaux.example\nSubject: Wifi - 0330789D",
        "Bonjour,\nLe wifi de la salle 2 ne fonctionne plus.", NewIncident, None, Some("0330789D")),
];
