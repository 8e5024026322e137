//! The hundred-and-seventh aside part: written after the ninety-ninth round, before any change,
//! on the mix as Outlook and webmail write it: a report typed over an old thread
//! ("-----Message d'origine-----"), codes in a signature, in lower case, with a wrong letter;
//! spam flagged upstream, phishing whose link text hides its target, a false invoice, a
//! vendor's newsletter, an out-of-office told in the subject only; urgency as "[PRIORITAIRE]",
//! "Impact : fort / Urgence : faible", "pas urgent mais gênant", "Criticité : bloquante", "à
//! traiter en priorité"; intents (a partial fix, a chase by date, a closure, a list asked in
//! the subject only, a photo added); a shared mailbox asked for and broken; an outsider and
//! the contractor's technical closure.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_107: &[Case] = &[
    // --- reports and codes ----------------------------------------------------------------------
    case("request", "a report over an old thread", "From: claire.dubois@ac-lyon.example\nSubject: RE: Réunion de rentrée",
        "Bonjour,\nJe profite de ce fil : le photocopieur de la salle des professeurs affiche « Appel technicien C-3120 » depuis ce matin.\n\n-----Message d'origine-----\nDe : Secrétariat\nEnvoyé : lundi 31 août 2026 09:12\nObjet : Réunion de rentrée\n\nLa réunion de rentrée aura lieu en salle polyvalente.", NewIncident, None, None),
    case("uai", "a code in the signature", "From: j.martin@ac-aix.example\nSubject: Borne wifi salle 8",
        "Bonjour,\nLa borne wifi de la salle 8 clignote rouge et plus personne ne capte.\n\nJean Martin\nCorrespondant informatique\nCollège Mistral - UAI 0130456A\nTél. 04 91 12 34 56", NewIncident, None, Some("0130456A")),
    case("uai", "a code in lower case", "From: sandrine.morel@ac-paris.example\nSubject: Vidéoprojecteur salle 2",
        "Bonjour,\nle vidéoprojecteur de la salle 2 s'éteint toutes les dix minutes. uai 0751043b", NewIncident, None, Some("0751043B")),
    case("uai", "a code with a wrong letter", "From: paul.henry@ac-lille.example\nSubject: Imprimante CDI",
        "Bonjour,\nL'imprimante du CDI n'imprime plus en recto verso.\nUAI : 0595012D", NewIncident, None, None),
    // --- spam and automatic mail --------------------------------------------------------------
    case("spam", "flagged upstream", "From: Formation Pro <contact@formations-certifiantes.example>\nSubject: Financez vos formations avec le CPF\nX-Spam-Flag: YES",
        "Bonjour,\nProfitez de vos droits CPF avant le 31 décembre : formations bureautique et réseau 100 % financées.", Spam, None, None),
    case("spam", "a link whose text hides its target", "From: Messagerie académique <support@messagerie-academique-verif.example>\nSubject: Votre compte sera désactivé\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Votre compte de messagerie académique sera désactivé sous 24 heures faute de vérification.</p><p><a href=\"https://messagerie-academique-verif.example/login\">https://messagerie.ac-lyon.fr/verification</a></p>", Spam, None, None),
    case("spam", "a false invoice", "From: Comptabilité <compta@solutions-bureautiques.example>\nSubject: Facture n° 2026-8841 impayée",
        "Madame, Monsieur,\nSauf erreur de notre part, la facture n° 2026-8841 ci-jointe reste impayée. Merci de procéder au règlement sous 48 heures afin d'éviter des pénalités de retard.", Spam, None, None),
    case("spam", "a vendor's newsletter", "From: Actualités EduTech <newsletter@edutech-actu.example>\nSubject: Les nouveautés de décembre\nList-Unsubscribe: <mailto:unsubscribe@edutech-actu.example>\nPrecedence: bulk",
        "Découvrez nos nouveaux écrans interactifs et nos offres de fin d'année pour les établissements scolaires.", Bulk, None, None),
    case("spam", "an out-of-office in the subject only", "From: claire.dubois@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-010702] Photocopieur salle des professeurs",
        "Bonjour,\nJe suis absente jusqu'au 4 janvier. Pour toute urgence, contactez le secrétariat.", AutoReply, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "a priority tag", "From: anne.leroux@ac-bordeaux.example\nSubject: [PRIORITAIRE] Serveur Pronote",
        "Bonjour,\nLe serveur Pronote est arrêté, plus aucune connexion possible.", NewIncident, Some(TresHaut), None),
    case("urgency", "impact and urgency apart", "From: marc.petit@ac-lyon.example\nSubject: Écrans salle 15",
        "Bonjour,\nDeux écrans de la salle 15 ont des lignes verticales.\nImpact : fort\nUrgence : faible", NewIncident, Some(Bas), None),
    case("urgency", "not urgent but annoying", "From: j.martin@ac-aix.example\nSubject: Horloge du poste",
        "Bonjour,\nL'horloge du poste de l'accueil retarde de dix minutes. Ce n'est pas urgent mais c'est gênant pour les retards.", NewIncident, Some(Bas), None),
    case("urgency", "a blocking criticality", "From: sandrine.morel@ac-paris.example\nSubject: Réseau administratif",
        "Bonjour,\nLe réseau administratif est coupé : ni la comptabilité ni la vie scolaire ne peuvent travailler.\nCriticité : bloquante", NewIncident, Some(TresHaut), None),
    case("urgency", "to be handled first", "From: paul.henry@ac-lille.example\nSubject: Badgeuse du personnel",
        "Bonjour,\nLa badgeuse du personnel refuse tous les badges. À traiter en priorité svp.", NewIncident, Some(TresHaut), None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "a partial fix", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010705] Vidéoprojecteur salle 12",
        "Bonjour,\nLe vidéoprojecteur fonctionne à nouveau, en revanche le son ne sort toujours pas des enceintes.", FollowUp, None, None),
    case("intent", "a chase by date", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-010701] Écrans salle 15",
        "Relance : toujours rien depuis mon message du 12 novembre.", Reminder, None, None),
    case("intent", "a closure seen with the technician", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010708] Borne wifi salle 8",
        "Bonjour,\nVu avec le technicien ce matin, tout est rentré dans l'ordre. Ticket à fermer.", ClosureConfirmation, None, None),
    case("intent", "a list asked in the subject", "From: sandrine.morel@ac-paris.example\nSubject: Liste des tickets ouverts - Lycée Voltaire",
        "Bonjour,\nMerci d'avance.\nSandrine Morel", ListRequest, None, None),
    case("intent", "a photo added", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-010712] Badgeuse du personnel",
        "Bonjour,\nCi-joint une photo du message affiché par la badgeuse.", FollowUp, None, None),
    // --- needs and faults -----------------------------------------------------------------------
    case("request", "a shared mailbox asked for", "From: claire.dubois@ac-lyon.example\nSubject: Adresse fonctionnelle examens",
        "Bonjour,\nMerci de créer une adresse fonctionnelle examens@lycee-ampere.example pour le bureau des examens, accessible à ses trois agents.", NewRequest, None, None),
    case("request", "the shared mailbox receives nothing", "From: claire.dubois@ac-lyon.example\nSubject: Adresse examens",
        "Bonjour,\nL'adresse examens@lycee-ampere.example ne reçoit plus aucun message depuis vendredi.", NewIncident, None, None),
    case("request", "a need told as a problem", "From: anne.leroux@ac-bordeaux.example\nSubject: Salle 5",
        "Bonjour,\nLe problème, c'est que la salle 5 n'a qu'une prise réseau pour quatre postes ; il faudrait un switch ou des prises en plus.", NewRequest, None, None),
    case("request", "a fault told as a need", "From: marc.petit@ac-lyon.example\nSubject: Mon poste",
        "Bonjour,\nJ'ai besoin d'aide : mon poste affiche un écran bleu au démarrage.", NewIncident, None, None),
    // --- others ---------------------------------------------------------------------------------
    case("unauthorised", "a teacher writes", "From: prof.techno@ac-lyon.example\nSubject: Imprimante 3D",
        "Bonjour,\nJe suis professeur de technologie au lycée Ampère. L'imprimante 3D de ma salle n'est plus reconnue par le poste. Merci de votre aide.", Unauthorised, None, None),
    case("contractor", "the technical closure", "From: planning@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-010702] Ordre de travail - Lycée Ampère - Photocopieur",
        "Bonjour,\nIntervention réalisée le 3/12 : remplacement du module de fixation. Clôture technique de l'ordre de travail.\nCordialement", ContractorUpdate, None, None),
];
