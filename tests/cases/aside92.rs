//! The ninety-second aside part: written after the eighty-fourth round, before any change, in
//! the mix with the costliest class in other words (a principal's formal letter asking
//! for a room's equipment, a form in an HTML table, a need asked under a quoted thread, "ce
//! serait un plus", a function never offered; and faults told as needs: "nous sollicitons une
//! intervention", "il conviendrait de vérifier", "pourriez-vous refaire la configuration"),
//! urgency as "Criticité : haute", "pas pressé", "(P3)" in a subject, codes as "UAI=0751043B" and
//! "0691234 S", intents in new words, a spam verdict only in the headers, a bounce.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_92: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a principal's formal letter", "From: j.martin@ac-aix.example\nSubject: Équipement de la salle polyvalente",
        "Monsieur le Responsable,\nJ'ai l'honneur de porter à votre connaissance que la salle polyvalente du collège, rénovée cet été, ne dispose d'aucun équipement de projection ni de sonorisation. Je vous saurais gré de bien vouloir étudier son équipement.\nVeuillez agréer, Monsieur, l'expression de mes salutations distinguées.\nLe principal", NewRequest, None, None),
    case("request", "a form in an HTML table", "From: sandrine.morel@ac-paris.example\nSubject: Demande\nContent-Type: text/html; charset=utf-8",
        "<table><tr><td>Objet</td><td>Accès au réseau pour les AESH</td></tr><tr><td>Description</td><td>Les six AESH du lycée n'ont pas de compte sur le réseau pédagogique ; elles ne peuvent pas consulter les documents des élèves qu'elles accompagnent.</td></tr><tr><td>UAI</td><td>UAI=0751043B</td></tr></table>", NewRequest, None, Some("0751043B")),
    case("request", "a need under a quoted thread", "From: claire.dubois@ac-lyon.example\nSubject: RE: réunion numérique du 2 décembre",
        "Bonjour,\nComme convenu lors de la réunion, je vous confirme notre souhait : un deuxième réseau wifi réservé aux examens en ligne, séparé de celui des élèves.\n\nLe 02/12/2026 à 17:10, Tice Région a écrit :\n> Merci à tous pour vos retours. N'hésitez pas à nous adresser vos besoins par mail.", NewRequest, None, None),
    case("request", "would be a plus", "From: paul.henry@ac-lille.example\nSubject: Écrans d'affichage",
        "Bonjour,\nLes informations de la vie scolaire ne sont affichées que sur papier dans le hall. Un écran d'affichage dynamique, piloté depuis le secrétariat, serait un vrai plus.\npas pressé", NewRequest, Some(Bas), None),
    case("request", "a function never offered", "From: anne.leroux@ac-bordeaux.example\nSubject: Impression depuis les tablettes",
        "Bonjour,\nDepuis leur arrivée, les tablettes des élèves n'ont jamais pu imprimer : aucune imprimante n'a été prévue pour elles. Pouvez-vous rendre l'impression possible depuis les tablettes vers l'imprimante du CDI ?", NewRequest, None, None),
    case("request", "a second site to reach", "From: marc.petit@ac-lyon.example\nSubject: Site annexe (P3)",
        "Bonjour,\nLes sections du site annexe (rue Pasteur) travaillent sans accès aux serveurs du site principal. Une liaison entre les deux sites simplifierait beaucoup leur travail.\nÉtablissement : 0691234 S", NewRequest, Some(Bas), Some("0691234S")),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "an intervention solicited", "From: sandrine.morel@ac-paris.example\nSubject: Tableau numérique salle 14",
        "Bonjour,\nNous sollicitons une intervention sur le tableau numérique de la salle 14 : le stylet n'écrit plus à l'endroit touché, décalé de plusieurs centimètres.\nCriticité : haute", NewIncident, Some(TresHaut), None),
    case("request", "it would be right to check", "From: paul.henry@ac-lille.example\nSubject: Baie de brassage bâtiment A",
        "Bonjour,\nIl conviendrait de vérifier la baie de brassage du bâtiment A : une odeur de brûlé s'en dégage depuis midi.", NewIncident, None, None),
    case("request", "a configuration to redo", "From: j.martin@ac-aix.example\nSubject: Messagerie de la gestionnaire",
        "Bonjour,\nPourriez-vous refaire la configuration de la messagerie sur le nouveau poste de la gestionnaire ? Depuis le changement de poste, ses mails partent mais elle n'en reçoit aucun.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the stylus better, the sound not", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-009207] Tableau numérique salle 14",
        "Bonjour,\nLe stylet est à nouveau précis, merci. Il reste un souci : le tableau ne diffuse plus le son de l'ordinateur.", FollowUp, None, None),
    case("intent", "closed on our side", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-009208] Baie de brassage bâtiment A",
        "Bonjour,\nLe ventilateur de la baie a été changé, plus aucune odeur. Vous pouvez considérer le dossier comme clos.", ClosureConfirmation, None, None),
    case("intent", "a list for the council", "From: anne.leroux@ac-bordeaux.example\nSubject: Conseil d'administration",
        "Bonjour,\nPour le conseil d'administration de jeudi, j'aurais besoin de la liste des interventions encore en attente pour le collège.", ListRequest, None, None),
    case("intent", "three weeks without an answer", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-009209] Messagerie de la gestionnaire",
        "Bonjour,\nTrois semaines sans réponse : la gestionnaire ne reçoit toujours aucun mail. Merci de nous tenir informés.", Reminder, None, None),
    // --- outsiders and automatic mail -------------------------------------------------------------
    case("spam", "a verdict only in the headers", "From: Support <support@outil-visio.example>\nSubject: Mise à jour requise de votre compte\nX-Spam-Status: Yes, score=7.8 required=5.0 tests=BAYES_99,URIBL_BLACK",
        "Bonjour,\nVotre abonnement arrive à échéance. Merci de mettre à jour vos informations.", Spam, None, None),
    case("spam", "a bounce", "From: Mail Delivery System <MAILER-DAEMON@mx.ac-lille.example>\nSubject: Undelivered Mail Returned to Sender\nAuto-Submitted: auto-replied",
        "This is the mail system at host mx.ac-lille.example.\n\nI'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n<ancien.correspondant@ac-lille.example>: host mx.ac-lille.example said: 550 5.1.1 User unknown", Bounce, None, None),
    case("unauthorised", "a pupil's parent, urgent", "From: parent.martin@free.example\nSubject: TRES URGENT - Pronote",
        "Bonjour,\nLe compte Pronote de mon fils est bloqué depuis une semaine, je ne vois plus ses notes.", Unauthorised, Some(TresHaut), None),
];
