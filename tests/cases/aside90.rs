//! The ninetieth aside part: written after the eighty-second round, with the eighty-ninth and
//! before any change, in the general mix: incidents and needs in HTML only, forwarded
//! by a secretary, written in a hurry or at length; urgency as "Importance : haute" in the text,
//! "[P1]", "(urgence faible)", "niveau 3 sur 3"; codes as "0751.043.B" and "RNE 0330789-D";
//! intents as a forward of the desk's acknowledgement, a thank-you with a remaining fault, a
//! list asked in English; a French invoice lure, a training offer, an out-of-office in English.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_90: &[Case] = &[
    // --- incidents --------------------------------------------------------------------------------
    case("request", "a server room too hot, in HTML", "From: sandrine.morel@ac-paris.example\nSubject: Climatisation salle serveur\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>La climatisation de la salle serveur est <b>arrêtée</b> depuis ce matin ; le thermomètre affiche 38 °C et le serveur pédagogique s'est coupé deux fois.</p><p>Importance : haute</p><p>Établissement 0751.043.B</p>", NewIncident, Some(TresHaut), Some("0751043B")),
    case("request", "forwarded by the secretary", "From: claire.dubois@ac-lyon.example\nSubject: TR: souci scanner",
        "Bonjour,\nJe vous transfère le message de notre secrétaire.\n\n-------- Message transféré --------\nDe : secretariat@lycee-ampere.example\nObjet : souci scanner\n\nLe scanner du photocopieur n'envoie plus les numérisations par mail, il affiche « erreur SMTP 535 ». Ça bloque l'envoi des dossiers de bourse.", NewIncident, None, None),
    case("request", "in a hurry", "From: paul.henry@ac-lille.example\nSubject: [P1] plus de réseau bât C",
        "plus de réseau dans tout le bâtiment C depuis 8h, switch éteint ?? examens blancs à 10h", NewIncident, Some(TresHaut), None),
    case("request", "a teacher's account locked", "From: anne.leroux@ac-bordeaux.example\nSubject: Compte verrouillé",
        "Bonjour,\nLe compte de Mme Garnier, professeure de lettres, est verrouillé après trop d'essais ; elle ne peut plus accéder à ses cours ni à sa messagerie.\nRNE 0330789-D\n(urgence faible : elle a cours jeudi seulement)", NewIncident, Some(Bas), Some("0330789D")),
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a need at length, in HTML", "From: j.martin@ac-aix.example\nSubject: Projet robotique\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour,</div><div><br></div><div>Dans le cadre du projet de robotique porté par l'équipe de technologie pour l'an prochain, nous souhaitons équiper une salle de douze postes capables de programmer des cartes Arduino, avec le logiciel adapté et des ports USB accessibles en façade.</div><div>Le dossier a été validé en conseil pédagogique.</div>", NewRequest, None, None),
    case("request", "a rule of the proxy to change", "From: marc.petit@ac-lyon.example\nSubject: Filtrage réseaux sociaux",
        "Bonjour,\nLa professeure documentaliste prépare un projet d'éducation aux médias et souhaite que les réseaux sociaux soient accessibles depuis les postes du CDI, pendant ses séances seulement.\nniveau 3 sur 3, le projet commence lundi", NewRequest, Some(TresHaut), None),
    case("request", "more accounts for a new class", "From: sandrine.morel@ac-paris.example\nSubject: Comptes nouvelle section",
        "Bonjour,\nUne section de BTS ouvre en janvier : il faudra créer 24 comptes élèves et ajouter la section dans l'annuaire.", NewRequest, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "thanks, but one still fails", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009003] [P1] plus de réseau bât C",
        "Merci pour la rapidité ! Le réseau est revenu au rez-de-chaussée et au premier, mais les salles du deuxième étage n'ont toujours rien.", FollowUp, None, None),
    case("intent", "a list asked in English", "From: j.martin@ac-aix.example\nSubject: Open tickets",
        "Hello,\nCould you send me the list of our open tickets? Thanks.", ListRequest, None, None),
    case("intent", "the account works again", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-009004] Compte verrouillé",
        "Bonjour,\nMme Garnier a pu se reconnecter ce matin, tout fonctionne. Merci, le ticket peut être fermé.", ClosureConfirmation, None, None),
    case("intent", "still waiting, a week on", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009001] Climatisation salle serveur",
        "Bonjour,\nUne semaine après notre signalement, la climatisation n'est toujours pas réparée et personne n'est venu. Pouvez-vous relancer le prestataire ?", Reminder, None, None),
    case("intent", "a photo added", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-009002] TR: souci scanner",
        "Bonjour,\nVoici en complément la photo de l'écran d'erreur et le nom du compte d'envoi utilisé : scan-secretariat.", FollowUp, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "an invoice lure in French", "From: Comptabilité <factures@paiement-fournisseur.example>\nSubject: Facture impayée n° 2026-4471 - relance avant contentieux",
        "Bonjour,\nSauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, le dossier sera transmis à notre service contentieux. Consultez la facture : https://paiement-fournisseur.example/facture/4471", Spam, None, None),
    case("spam", "a training offer", "From: Formations Pro <contact@formations-numerique.example>\nSubject: Formez vos équipes au numérique éducatif\nList-Unsubscribe: <https://formations-numerique.example/unsub>",
        "Bonjour,\nNos sessions de formation au numérique éducatif reprennent en janvier. Inscriptions ouvertes, places limitées !\nPour ne plus recevoir nos offres : https://formations-numerique.example/unsub", Bulk, None, None),
    case("intent", "an out-of-office in English", "From: j.martin@ac-aix.example\nSubject: Automatic reply: [CESAME #2026-009005] Projet robotique\nAuto-Submitted: auto-replied",
        "I am out of the office until January 4th with limited access to email. For urgent matters, please contact the school office.", AutoReply, None, None),
    case("unauthorised", "a former correspondant", "From: b.girard@ac-lille.example\nSubject: Vidéoprojecteur",
        "Bonjour,\nLe vidéoprojecteur de la salle 7 du lycée Faidherbe ne s'allume plus. Urgent svp.", Unauthorised, Some(TresHaut), None),
];
