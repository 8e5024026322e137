//! The eighty-ninth aside part: written after the eighty-second round, before any change, in
//! about the mix with the costliest class in yet other words (a board worn by age, a
//! mobile language lab, wifi that does not reach the gym, a right to open to the assistants, a
//! library moving upstairs, a line that saturates, projectors with the wrong input; and faults
//! told as needs: "il nous faudrait un technicien", "pourriez-vous nous fournir un nouveau
//! câble" for a cut one, a badge reader "à reparamétrer", a hotspot "à remettre en service"),
//! with urgency as "[BLOQUANT]", "Severity: low" and "niveau 2/3", a code as "0595 012C", a
//! partial fix, a summary asked as "où en sont", a parent writing, a mailbox phishing flagged
//! upstream and a contractor's report.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_89: &[Case] = &[
    // --- needs ----------------------------------------------------------------------------------
    case("request", "a board worn by age", "From: claire.dubois@ac-lyon.example\nSubject: TBI salle 12",
        "Bonjour,\nLe tableau numérique de la salle 12 a onze ans ; sa lampe a déjà été changée trois fois. Nous aimerions le remplacer par un écran interactif, comme dans les salles du bâtiment neuf.", NewRequest, None, None),
    case("request", "a mobile language lab", "From: j.martin@ac-aix.example\nSubject: Laboratoire de langues",
        "Bonjour,\nL'équipe de langues vivantes voudrait disposer d'un laboratoire de langues mobile : une valise de quinze tablettes avec casques-micros, que l'on puisse déplacer d'une salle à l'autre.\nSeverity: low", NewRequest, Some(Bas), None),
    case("request", "wifi that does not reach the gym", "From: paul.henry@ac-lille.example\nSubject: Wifi gymnase",
        "Bonjour,\nLe wifi du lycée ne couvre ni le gymnase ni la cour. Les professeurs d'EPS veulent utiliser des tablettes pour filmer les élèves : il faudrait étendre la couverture à ces deux espaces.\nUAI : 0595 012C", NewRequest, None, Some("0595012C")),
    case("request", "a right to open to the assistants", "From: sandrine.morel@ac-paris.example\nSubject: Droits Pronote AED",
        "Bonjour,\nLes assistants d'éducation ne peuvent pas saisir les absences dans Pronote, leur profil ne le permet pas. Est-il possible de leur ouvrir ce droit ?", NewRequest, None, None),
    case("request", "a library moving upstairs", "From: anne.leroux@ac-bordeaux.example\nSubject: Déménagement du CDI",
        "Bonjour,\nLe CDI déménage au deuxième étage pendant les vacances de février. Il faudra déplacer les huit postes et l'imprimante, et tirer des prises réseau dans la nouvelle salle.\nNiveau d'urgence : 2/3", NewRequest, Some(Moyen), None),
    case("request", "a line that saturates", "From: marc.petit@ac-lyon.example\nSubject: Débit internet",
        "Bonjour,\nNotre accès internet (ADSL, 8 Mbit/s) sature dès que deux classes travaillent en ligne en même temps. Une montée en débit, par la fibre par exemple, est-elle envisageable ?", NewRequest, None, None),
    case("request", "projectors with the wrong input", "From: j.martin@ac-aix.example\nSubject: Vidéoprojecteurs et portables",
        "Bonjour,\nNos vidéoprojecteurs n'ont qu'une entrée VGA, alors que les portables distribués cette année aux enseignants n'ont qu'une sortie HDMI. Il faudrait des adaptateurs, ou à terme des projecteurs plus récents.", NewRequest, None, None),
    // --- faults told as needs ------------------------------------------------------------------
    case("request", "a technician needed", "From: claire.dubois@ac-lyon.example\nSubject: [BLOQUANT] Salle 210",
        "Bonjour,\nIl nous faudrait un technicien : plus aucun poste de la salle 210 ne démarre depuis la coupure de courant de cette nuit.", NewIncident, Some(TresHaut), None),
    case("request", "a new cable for a cut one", "From: sandrine.morel@ac-paris.example\nSubject: Câble vidéoprojecteur salle 5",
        "Bonjour,\nPourriez-vous nous fournir un nouveau câble pour le vidéoprojecteur de la salle 5 ? L'actuel a été sectionné, coincé dans la porte de l'armoire.", NewIncident, None, None),
    case("request", "a badge reader to set again", "From: anne.leroux@ac-bordeaux.example\nSubject: Lecteur de badges cantine",
        "Bonjour,\nNous souhaiterions que le lecteur de badges de la cantine soit reparamétré : depuis la mise à jour de vendredi, il refuse tous les badges et les élèves passent sans être comptés.", NewIncident, None, None),
    case("request", "a hotspot to put back in service", "From: paul.henry@ac-lille.example\nSubject: Borne wifi réfectoire",
        "Bonjour,\nIl faudrait remettre en service la borne wifi du réfectoire : elle clignote en orange et plus personne ne capte le réseau dans la salle.", NewIncident, None, None),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the PCs yes, the printer not", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-008908] [BLOQUANT] Salle 210",
        "Bonjour,\nLes postes de la salle 210 redémarrent, merci. En revanche, l'imprimante réseau de la salle n'est toujours pas reconnue.", FollowUp, None, None),
    case("intent", "where our requests stand", "From: j.martin@ac-aix.example\nSubject: Récapitulatif",
        "Bonjour,\nPourriez-vous me dire où en sont les demandes du collège ? J'ai perdu le fil.", ListRequest, None, None),
    case("intent", "no news since the report", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008910] Lecteur de badges cantine",
        "Bonjour,\nSans nouvelles de votre part depuis notre signalement de lundi, je me permets de revenir vers vous : le lecteur refuse toujours les badges.", Reminder, None, None),
    case("intent", "you may close", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008909] Câble vidéoprojecteur salle 5",
        "Bonjour,\nLe câble a été remplacé ce matin, c'est réglé de notre côté : vous pouvez clôturer.", ClosureConfirmation, None, None),
    case("intent", "the hotspot's serial number", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008911] Borne wifi réfectoire",
        "Pour compléter : la borne porte le numéro de série AP-4G-2231 ; elle est fixée au plafond, au-dessus de la porte des cuisines.", FollowUp, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "a parent writes", "From: famille.roux@orange.example\nSubject: Wifi du collège",
        "Bonjour,\nJe suis parent d'une élève de quatrième. Ma fille me dit que le wifi du collège ne marche plus depuis une semaine ; pouvez-vous faire le nécessaire ?", Unauthorised, None, None),
    case("spam", "a mailbox phishing flagged upstream", "From: Mail Administrator <admin@mailbox-quota.example>\nSubject: URGENT: your mailbox is full\nX-Spam-Flag: YES\nX-Spam-Status: Yes, score=9.1 required=5.0",
        "Dear user,\nYour mailbox storage is full and incoming messages are being held. Verify your account within 24 hours to avoid deactivation: https://mailbox-quota.example/verify", Spam, None, None),
    case("contractor", "the contractor reports", "From: interventions@maintenance-scolaire.example\nSubject: RE: [CESAME #2026-008908] Ordre de travail - Lycée Ampère - Salle 210",
        "Bonjour,\nIntervention réalisée ce jour : l'alimentation de quinze postes avait grillé lors de la coupure ; remplacées. Reste l'imprimante, à reconfigurer lors de notre prochain passage.", ContractorUpdate, None, None),
];
