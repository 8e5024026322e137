//! The eighty-fourth aside part: written after part 83 read 100 % at first reading, before any
//! change, aimed at the hardest classes in voices not used before (text-message
//! shorthand, "j'ai l'honneur de solliciter", a run-on sentence without a stop, a numbered list
//! of needs, a need that says "ne permet pas", a fault that asks to "remplacer", a refusal to
//! validate the closure, a summary titled as such), in new content (the library's barcode
//! labels, ten-year-old PCs, the library moving during works, the national audiovisual
//! archive's site, the projector's lamp, the office printer's jams, the timetable software's
//! export, the science lab's data loggers, a parcel-tracking lure).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_84: &[Case] = &[
    // --- new reports ----------------------------------------------------------------------------
    case("request", "text-message shorthand", "From: j.martin@ac-aix.example\nSubject: pb imprimante",
        "bjr, pb imprimante salle 4 elle bloque tt le monde, urgent svp, mrc", NewIncident, Some(TresHaut), None),
    case("request", "the honour of soliciting", "From: sandrine.morel@ac-paris.example\nSubject: Sollicitation",
        "Madame, Monsieur,\nJ'ai l'honneur de solliciter l'installation d'un logiciel de gestion des casiers connectés pour le hall d'entrée du lycée, conformément à la délibération du conseil d'administration du 14 novembre.\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.", NewRequest, None, None),
    case("request", "a need that says 'ne permet pas'", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel du CDI",
        "Bonjour,\nLe logiciel de gestion du CDI ne permet pas d'imprimer des étiquettes à code-barres pour les nouveaux livres. La documentaliste aimerait disposer du module correspondant.", NewRequest, None, None),
    case("request", "ten-year-old PCs", "From: anne.leroux@ac-bordeaux.example\nSubject: Postes salle 5",
        "Bonjour,\nLes postes de la salle 5 ont dix ans et mettent cinq minutes à démarrer, les élèves perdent un quart d'heure par séance. Un renouvellement est-il prévu ?", NewRequest, None, None),
    case("request", "the library moves during works", "From: paul.henry@ac-lille.example\nSubject: Déménagement provisoire du CDI",
        "Bonjour,\nPendant les travaux de toiture, le CDI sera installé au rez-de-chaussée dans l'ancienne salle des professeurs, de février à juin. Il faudrait y tirer des prises réseau pour six postes et l'imprimante.\nDegré d'urgence : modéré", NewRequest, Some(Moyen), None),
    case("request", "a run-on sentence", "From: marc.petit@ac-lyon.example\nSubject: Exports emploi du temps",
        "bonjour depuis la dernière mise à jour le logiciel d'emploi du temps n'exporte plus vers l'ENT les cours de la semaine B du coup les élèves voient des cours qui n'existent plus et les professeurs ne savent plus où aller merci de regarder", NewIncident, None, None),
    case("request", "a fault that asks to replace", "From: j.martin@ac-aix.example\nSubject: Lampe vidéoprojecteur salle 8",
        "Bonjour,\nPourriez-vous remplacer la lampe du vidéoprojecteur de la salle 8 ? Elle a grillé hier pendant le cours de musique.", NewIncident, None, None),
    case("request", "a need for an urgent fault", "From: sandrine.morel@ac-paris.example\nSubject: Imprimante secrétariat (critique)",
        "Bonjour,\nNous aurions besoin d'une intervention rapide : l'imprimante du secrétariat fait un bourrage à chaque page et les bulletins partent vendredi.", NewIncident, Some(TresHaut), None),
    case("request", "a numbered list of needs", "From: anne.leroux@ac-bordeaux.example\nSubject: Besoins labo de physique",
        "Bonjour,\nPour le laboratoire de physique-chimie, nous aurions besoin :\n1. d'installer le logiciel des capteurs d'acquisition sur les huit postes élèves ;\n2. d'une prise réseau supplémentaire près de la paillasse du professeur ;\n3. d'un compte pour la technicienne de laboratoire.\nMerci d'avance.", NewRequest, None, None),
    case("request", "a blocked archive site", "From: claire.dubois@ac-lyon.example\nSubject: Site de l'INA",
        "Bonjour,\nLes professeurs d'histoire utilisent les archives de l'INA en classe, mais le site est classé « divertissement » par le filtrage et reste inaccessible. Pouvez-vous l'autoriser pour le réseau pédagogique ?\nUrgence 1/3", NewRequest, Some(Bas), None),
    case("request", "the code in groups at the end", "From: paul.henry@ac-lille.example\nSubject: Capteurs SVT",
        "Bonjour,\nLes enregistreurs de données du labo de SVT ne sont plus reconnus par les postes depuis le changement de version de Windows.\nRNE 059 5012 C", NewIncident, None, Some("0595012C")),
    // --- replies --------------------------------------------------------------------------------
    case("intent", "the room's PCs again, the printer still not", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008401] pb imprimante",
        "Bonjour,\nLes PC de la salle 4 impriment de nouveau sur l'imprimante du couloir, mais celle de la salle elle-même affiche toujours le même voyant orange.", FollowUp, None, None),
    case("intent", "cannot validate the closure", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-008404] Postes salle 5 - clôture",
        "Bonjour,\nJe ne peux pas valider la clôture : seuls trois postes ont été remplacés sur les quinze prévus.", FollowUp, None, None),
    case("intent", "nothing to report since", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-008408] Imprimante secrétariat (critique)",
        "Bonjour,\nRien à signaler depuis le passage du technicien, les bulletins sont partis. C'est bon pour nous.", ClosureConfirmation, None, None),
    case("intent", "a small reminder", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-008411] Capteurs SVT",
        "Petit rappel concernant ce ticket, toujours ouvert chez nous : les TP reprennent lundi.", Reminder, None, None),
    case("intent", "should the technician come through reception", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-008406] Exports emploi du temps",
        "Bonjour,\nLe technicien doit-il passer par l'accueil ou peut-il se connecter à distance ? Le poste du proviseur adjoint est allumé toute la journée.", FollowUp, None, None),
    case("intent", "a summary titled as such", "From: claire.dubois@ac-lyon.example\nSubject: Synthèse des signalements en cours",
        "Bonjour,\nMerci de me l'adresser avant vendredi pour la réunion de direction.", ListRequest, None, None),
    case("intent", "thanks that close in one line", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-008407] Lampe vidéoprojecteur salle 8",
        "Lampe changée ce matin, l'image est parfaite. Merci, vous pouvez solder.", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("unauthorised", "the bursar's office, not a correspondant", "From: intendance@lycee-voltaire.example\nSubject: Badgeuse cantine",
        "Bonjour,\nLa badgeuse de la cantine du lycée Voltaire ne lit plus les cartes des demi-pensionnaires. Merci d'intervenir rapidement.", Unauthorised, None, None),
    case("spam", "an identity update lure", "From: Rectorat - Service informatique <dsi@rectorat-academie.example>\nSubject: Mise à jour obligatoire de vos identifiants",
        "Bonjour,\nSuite à la migration des serveurs académiques, tous les personnels doivent mettre à jour leurs identifiants avant vendredi, faute de quoi leur compte sera suspendu.\nMettre à jour : https://rectorat-academie.example/identifiants", Spam, None, None),
    case("spam", "a parcel lure in HTML only", "From: Suivi Colis <notification@colis-express.example>\nSubject: Votre colis est en attente\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Votre colis n'a pas pu être livré : des frais de 1,99 € restent à régler.</p><p><a href=\"https://colis-express.example/regler\">Régler maintenant</a></p>", Spam, None, None),
    case("spam", "an unpaid invoice, urgent", "From: Comptabilité <factures@services-publics-paiement.example>\nSubject: URGENT : facture impayée n° 2026-4471",
        "Bonjour,\nSauf erreur de notre part, la facture ci-jointe reste impayée. Sans règlement sous 48 heures, des pénalités seront appliquées. Consultez la facture : https://services-publics-paiement.example/facture", Spam, None, None),
];
