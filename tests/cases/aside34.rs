//! The thirty-fourth aside part: written after the thirtieth round in about the mix,
//! on school-life topics not used before (Pix and online exams, Parcoursup, timetables, a
//! library system, BYOD, lockers, a fab lab), in new voices.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_34: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "Pix session cannot start", "From: sandrine.morel@ac-paris.example\nSubject: Session Pix",
        "Bonjour,\nLa session de certification Pix de 14 h ne peut pas démarrer : les postes de la salle 210 n'atteignent pas le site de Pix. Urgence très haute, 30 élèves convoqués.", NewIncident, Some(TresHaut), None),
    case("request", "Parcoursup uploads fail", "From: paul.henry@ac-lille.example\nSubject: Parcoursup",
        "Bonjour,\nLes élèves de terminale ne parviennent pas à déposer leurs pièces jointes sur Parcoursup depuis les postes du CDI, alors que cela marche depuis chez eux.", NewIncident, None, None),
    case("request", "timetable software crashes", "From: claire.dubois@ac-lyon.example\nSubject: Logiciel d'emploi du temps",
        "Bonjour,\nLe logiciel d'emploi du temps se ferme brutalement dès qu'on ouvre la grille des salles. Urgence : moyen.", NewIncident, Some(Moyen), None),
    case("request", "library barcodes", "From: anne.leroux@ac-bordeaux.example\nSubject: Douchette CDI",
        "Bonjour,\nLa douchette du CDI bipe mais aucun code-barres ne s'inscrit dans le logiciel de prêt.", NewIncident, None, None),
    case("request", "the fab lab's laser", "From: j.martin@ac-aix.example\nSubject: Découpeuse laser",
        "Bonjour,\nLa découpeuse laser du fab lab n'est plus reconnue par le poste qui la pilote depuis le changement de câble USB.", NewIncident, None, None),
    case("request", "a projector's remote lost", "From: marc.petit@ac-lyon.example\nSubject: Télécommande",
        "Bonjour,\nLa télécommande du vidéoprojecteur de l'amphi a été perdue ; sans elle impossible de changer de source.", NewIncident, None, None),
    case("request", "English, exam laptops", "From: tice@region.example\nSubject: Montaigne exam laptops",
        "Hello, half of the laptops prepared for tomorrow's online exam at collège Montaigne (0330789D) fail to log in to the exam platform. Very urgent.", NewIncident, Some(TresHaut), Some("0330789D")),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "BYOD for the sixth form", "From: paul.henry@ac-lille.example\nSubject: Équipement personnel des élèves",
        "Bonjour,\nLe conseil pédagogique voudrait autoriser les élèves de terminale à se connecter au wifi avec leurs propres ordinateurs.", NewRequest, None, None),
    case("request", "lockers to charge laptops", "From: sandrine.morel@ac-paris.example\nSubject: Casiers de recharge",
        "Bonjour,\nNous envisageons des casiers de recharge pour les portables prêtés aux élèves. Est-ce que la Région peut en financer ?", NewRequest, None, None),
    case("request", "a Pix room", "From: claire.dubois@ac-lyon.example\nSubject: Salle de certification",
        "Bonjour,\nPour organiser les certifications Pix dans de bonnes conditions, il nous faudrait une salle dédiée de 30 postes récents.", NewRequest, None, None),
    case("request", "sign for the timetable", "From: marc.petit@ac-lyon.example\nSubject: Affichage emploi du temps",
        "Bonjour,\nNous aimerions que les changements d'emploi du temps s'affichent automatiquement sur les écrans du hall.", NewRequest, None, None),
    case("request", "a VPN for the head", "From: j.martin@ac-aix.example\nSubject: Accès à distance",
        "Bonjour,\nLa principale aurait besoin d'accéder aux applications administratives depuis son domicile. Est-ce possible ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "Pix done in the end", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003401] Session Pix",
        "La session a finalement pu avoir lieu à 15 h après le redémarrage du proxy. Tout est rentré dans l'ordre, merci.", ClosureConfirmation, None, None),
    case("intent", "the version number", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-003402] Logiciel d'emploi du temps",
        "Version du logiciel : 2026.1.4, poste sous Windows 11.", FollowUp, None, None),
    case("intent", "a week without news", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003403] Douchette CDI",
        "Bonjour,\nUne semaine sans nouvelles, les prêts se font toujours à la main. Pouvez-vous nous dire quand le technicien viendra ?", Reminder, None, None),
    case("intent", "list for two schools", "From: tice@region.example\nSubject: Suivi Faidherbe / Montaigne",
        "Bonjour,\nJe souhaiterais la liste des tickets ouverts pour le lycée Faidherbe et le collège Montaigne.", ListRequest, None, None),
    case("intent", "the laser still unknown", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003404] Découpeuse laser",
        "Nous avons réinstallé le pilote comme conseillé, la machine n'est toujours pas reconnue.", FollowUp, None, None),
    case("intent", "close the VPN request", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003405] Accès à distance",
        "Bonjour,\nLa principale a finalement renoncé à ce besoin. Vous pouvez classer la demande.", ClosureConfirmation, None, None),
    // --- machines, partners, strangers, spam ------------------------------------------------------
    case("auto", "an absence of the suppléant", "From: marc.petit@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-003406] Accusé de réception\nAuto-Submitted: auto-replied",
        "Bonjour, je suis absent jusqu'au 5 janvier.", AutoReply, None, None),
    case("bounce", "Exchange in English", "From: Microsoft Outlook <postmaster@ac-bordeaux.example>\nSubject: Undeliverable: [CESAME #2026-003407] Work order",
        "Delivery has failed to these recipients or groups:\n\nold.technician@ac-bordeaux.example\nThe email address you entered couldn't be found.", Bounce, None, None),
    case("platform", "GLPI follow-up added", "From: glpi@departement33.example\nSubject: [GLPI #0012087] Nouveau suivi Douchette CDI\nAuto-Submitted: auto-generated",
        "URL : https://glpi.departement33.example/front/ticket.form.php?id=12087\n\nTicket : Nouveau suivi\nTitre : Douchette CDI\nStatut : En cours (planifié)\nUrgence : Basse\n\nSuivi : pièce commandée, livraison prévue lundi.", PlatformUpdate, None, None),
    case("contractor", "a contractor asks for access", "From: technicien@numeri-services.example\nSubject: Accès baie - OT-2026-003408",
        "Bonjour,\nPour l'intervention de demain, merci de nous indiquer à qui demander la clé de la baie de brassage.", ContractorUpdate, None, None),
    case("unauthorised", "a pupil's parent at the desk", "From: parent.leroy@sfr.example\nSubject: Tablette de mon fils",
        "Bonjour,\nLa tablette prêtée à mon fils par le collège Montaigne ne charge plus. À qui dois-je la rapporter ?", Unauthorised, None, None),
    case("spam", "a fake Pix certificate", "From: certification@pix-diplome.example\nSubject: Votre certificat Pix est prêt",
        "Félicitations ! Téléchargez votre certificat officiel en vous connectant avec vos identifiants académiques : https://pix-diplome.example/login", Spam, None, None),
    case("spam", "a training offer", "From: formation@pro-competences.example\nSubject: Formez vos équipes au numérique",
        "Nos formations certifiantes sont finançables à 100 %. Inscrivez-vous dès aujourd'hui, places limitées.", Spam, None, None),
];
