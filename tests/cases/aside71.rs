//! The seventy-first aside part: written after the sixty-fifth round, before any change, in
//! about the mix, in the clients' forms more than in new voices (an Outlook reply with
//! its "De : / Envoyé : / Objet :" block, multipart mail whose plain part is empty, HTML with
//! divs and line breaks only, quoted-printable French, a reply that answers inside the quote,
//! a subject in encoded words) and in voices not used before (a head cook, a caretaker, a
//! trainee teacher), in new content (the internships software, the common room's sound system,
//! the head cook's tablet, the 3D scanner, pupils' office accounts, the caretaker's PC, the
//! meeting room's video conference screen, the adapted section's network).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_71: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "HTML divs only", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel des stages\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div><br></div><div>Le logiciel de suivi des stages refuse d'enregistrer les conventions depuis lundi&nbsp;: le bouton «&nbsp;Valider&nbsp;» reste grisé.</div><div><br></div><div>Claire Dubois</div>", NewIncident, None, None),
    case("request", "multipart, empty plain part", "From: j.martin@ac-aix.example\nSubject: Sono du foyer\nContent-Type: multipart/alternative; boundary=\"b71\"",
        "--b71\nContent-Type: text/plain; charset=utf-8\n\n\n--b71\nContent-Type: text/html; charset=utf-8\n\n<p>Bonjour,</p><p>La sono du foyer des élèves émet un bourdonnement permanent, même volume coupé.</p>\n--b71--", NewIncident, None, None),
    case("request", "quoted-printable, the head cook", "From: sandrine.morel@ac-paris.example\nSubject: =?utf-8?q?Tablette_du_chef_de_cuisine?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable",
        "Bonjour,\nLe chef de cuisine me signale que sa tablette n'affiche plus les commandes =\ndu jour : l'application tourne =C3=A0 vide.", NewIncident, None, None),
    case("request", "the caretaker", "From: paul.henry@ac-lille.example\nSubject: PC de la loge",
        "Bonjour,\nLe gardien ne peut plus ouvrir le portail depuis le PC de la loge : le logiciel affiche « contrôleur injoignable ».", NewIncident, None, None),
    case("request", "a trainee teacher's words", "From: marc.petit@ac-lyon.example\nSubject: Comptes Office des élèves",
        "Bonjour,\nUne professeure stagiaire me fait remonter que ses élèves de seconde ne peuvent pas se connecter à leurs comptes Office : « compte introuvable ».", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "a 3D scanner", "From: anne.leroux@ac-bordeaux.example\nSubject: Scanner 3D",
        "Bonjour,\nLes élèves du bac pro réalisent des pièces à l'imprimante 3D à partir de mesures prises au pied à coulisse. Un scanner 3D ouvrirait des projets de rétro-conception.", NewRequest, None, None),
    case("request", "a conference screen", "From: claire.dubois@ac-lyon.example\nSubject: Salle de réunion\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Les réunions avec les entreprises partenaires se font de plus en plus à distance. La salle de réunion n'a qu'un portable posé sur la table&nbsp;; un écran et une caméra de visioconférence y seraient précieux.</p>", NewRequest, None, None),
    case("request", "the adapted section's network", "From: j.martin@ac-aix.example\nSubject: Réseau de la SEGPA",
        "Bonjour,\nLes ateliers de la SEGPA sont dans un bâtiment à part, sans réseau. Les enseignants souhaitent y avoir les mêmes ressources que dans le bâtiment principal.", NewRequest, None, None),
    case("request", "a caretaker's camera at the gate", "From: paul.henry@ac-lille.example\nSubject: Portail",
        "Bonjour,\nDepuis la loge, le gardien ne voit pas le portail du parking des cars. Une caméra reliée à son PC lui permettrait d'ouvrir sans se déplacer.", NewRequest, None, None),
    case("request", "English, more licences", "From: sandrine.morel@ac-paris.example\nSubject: Licences",
        "Hello,\nWe have 30 licences of the mind-mapping software for 45 teachers who want it. Is there a way to get 15 more?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "an Outlook reply with its block", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007101] Logiciel des stages",
        "Bonjour,\nLes conventions s'enregistrent à nouveau, merci pour votre aide.\n\nDe : CESAME <cesame@region.example>\nEnvoyé : mardi 8 décembre 2026 10:12\nÀ : Claire Dubois\nObjet : [CESAME #2026-007101] Intervention terminée : Logiciel des stages\n\nBonjour, le prestataire indique avoir terminé l'intervention.", ClosureConfirmation, None, None),
    case("intent", "answers inside the quote", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007102] Sono du foyer",
        "> Le bourdonnement persiste-t-il amplificateur débranché ?\nOui, même débranché.\n> L'alimentation est-elle sur une multiprise ?\nNon, sur la prise murale.", FollowUp, None, None),
    case("intent", "an encoded subject, a chase", "From: sandrine.morel@ac-paris.example\nSubject: =?utf-8?b?UkU6IFtDRVNBTUUgIzIwMjYtMDA3MTAzXSBUYWJsZXR0ZSBkdSBjaGVm?=",
        "Bonjour,\nLe chef de cuisine me redemande chaque matin où en est sa tablette. Avez-vous une date ?", Reminder, None, None),
    case("intent", "the gate opens from the lodge", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007104] PC de la loge",
        "Le gardien ouvre de nouveau le portail depuis la loge. Parfait.", ClosureConfirmation, None, None),
    case("intent", "a list in HTML", "From: anne.leroux@ac-bordeaux.example\nSubject: Demandes\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div>Pourriez-vous me transmettre la liste de nos demandes encore ouvertes&nbsp;?</div>", ListRequest, None, None),
    case("intent", "accounts found, one class left", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007105] Comptes Office des élèves",
        "Bonjour,\nLes comptes de la 2nde 3 sont retrouvés ; ceux de la 2nde 5 restent introuvables.", FollowUp, None, None),
    case("intent", "a caretaker's thanks through the correspondant", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007104] PC de la loge",
        "Bonjour,\nLe gardien me prie de vous transmettre ses remerciements : plus aucun souci depuis le passage du technicien.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("auto-reply", "an Outlook out-of-office", "From: j.martin@ac-aix.example\nSubject: Réponse automatique : [CESAME #2026-007102] Sono du foyer\nX-Auto-Response-Suppress: All\nAuto-Submitted: auto-replied",
        "Je suis absent jusqu'au 4 janvier. En cas d'urgence, contactez le secrétariat.", AutoReply, None, None),
    case("spam", "an HTML-only invoice lure", "From: Comptabilité <factures@paiement-rapide.example>\nSubject: Facture impayée n° 2026-8841\nContent-Type: text/html; charset=utf-8",
        "<p>Madame, Monsieur,</p><p>Sauf erreur de notre part, la facture ci-dessous reste impayée. Merci de la régler sans délai pour éviter des pénalités.</p><p><a href=\"https://paiement-rapide.example/regler\">Consulter et régler la facture</a></p>", Spam, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "HTML, urgent in bold", "From: claire.dubois@ac-lyon.example\nSubject: Stages\nContent-Type: text/html; charset=utf-8",
        "<p><b>URGENT</b></p><p>Le logiciel des stages n'enregistre plus aucune convention.</p>", NewIncident, Some(TresHaut), None),
    case("urgency", "a level in the encoded subject", "From: j.martin@ac-aix.example\nSubject: =?utf-8?q?Sono_du_foyer_-_urgence_faible?=",
        "Bonjour,\nLa sono du foyer bourdonne.", NewIncident, Some(Bas), None),
    case("uai", "a code in HTML", "From: tice@region.example\nSubject: Scanner\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Pour le <b>0595012C</b>&nbsp;: le scanner du CDI ne numérise plus.</p>", NewIncident, None, Some("0595012C")),
];
