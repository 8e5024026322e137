//! The fifty-fourth aside part: written after the forty-eighth round, before any change, in
//! about the mix and in voices not used before (a phone call followed up by mail,
//! answers written between the desk's quoted questions, a pasted error log, thanks for an
//! answer that close nothing, "pour information" to a colleague with the desk in copy, a mail
//! whose body is only "(fin du message)"), in new content (a web radio, e-book readers, a CNC
//! machine's PC, the solar panels' display, the IT room's electronic locks, pupils'
//! multi-service cards).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_54: &[Case] = &[
    // --- incidents ------------------------------------------------------------------------------
    case("request", "after a phone call", "From: paul.henry@ac-lille.example\nSubject: Suite à notre appel - serrures salle informatique",
        "Bonjour,\nComme convenu au téléphone ce matin, je vous confirme par écrit : les serrures électroniques de la salle informatique refusent tous les badges depuis lundi, les cours se font dans le couloir.", NewIncident, None, None),
    case("request", "a pasted error log", "From: marc.petit@ac-lyon.example\nSubject: Poste de la fraiseuse CN",
        "Bonjour,\nLe PC qui pilote la fraiseuse à commande numérique s'arrête au lancement du programme :\n\n[12:04:31] ERR 0x80070005 CNC_Driver: access denied\n[12:04:31] Spindle controller not responding\n[12:04:32] Session aborted\n\nMerci d'avance.", NewIncident, None, None),
    case("request", "the end-of-message subject", "From: sandrine.morel@ac-paris.example\nSubject: Web radio : l'émetteur ne diffuse plus depuis hier (fin du message)",
        "(fin du message)", NewIncident, None, None),
    case("request", "cards refused at the canteen", "From: j.martin@ac-aix.example\nSubject: Cartes multiservices",
        "Bonjour,\nDepuis la rentrée de novembre, une trentaine de cartes multiservices d'élèves sont refusées à la borne du self alors qu'elles sont bien créditées.", NewIncident, None, None),
    case("request", "English disclaimer, French report", "From: claire.dubois@ac-lyon.example\nSubject: Écran des panneaux solaires",
        "Bonjour,\nL'écran du hall qui montre la production des panneaux solaires affiche 0 kWh depuis une semaine, même par grand soleil.\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender immediately and delete it.", NewIncident, None, None),
    // --- needs ------------------------------------------------------------------------------------
    case("request", "e-book readers for the CDI", "From: anne.leroux@ac-bordeaux.example\nSubject: Liseuses pour le CDI",
        "Bonjour,\nLa documentaliste aimerait proposer des liseuses en prêt aux élèves de 3e pour le prix littéraire. Pourrait-on en avoir une quinzaine, avec un moyen simple d'y charger les livres achetés par le CDI ?", NewRequest, None, None),
    case("request", "a studio for the web radio", "From: sandrine.morel@ac-paris.example\nSubject: Studio de la web radio",
        "Bonjour,\nLa web radio du lycée émet depuis un coin du CDI. Le projet voté au CA prévoit un petit studio dans l'ancienne salle de reprographie, avec deux micros, une table de mixage et un poste dédié.", NewRequest, None, None),
    case("request", "locks on a second room", "From: paul.henry@ac-lille.example\nSubject: Serrure électronique salle 112",
        "Bonjour,\nLa salle 112 reçoit désormais le matériel de robotique : nous souhaiterions qu'elle soit équipée de la même serrure à badge que la salle informatique.", NewRequest, None, None),
    case("request", "cards for the staff", "From: j.martin@ac-aix.example\nSubject: Cartes multiservices pour les agents",
        "Bonjour,\nLes agents du collège paient encore leurs repas en espèces. Ils aimeraient avoir eux aussi une carte multiservices rechargeable.", NewRequest, None, None),
    case("request", "solar data for the classes", "From: claire.dubois@ac-lyon.example\nSubject: Données des panneaux solaires en cours",
        "Bonjour,\nLes professeurs de physique voudraient récupérer les données de production des panneaux solaires dans un tableur pour les exploiter en classe. À qui faut-il s'adresser ?", NewRequest, None, None),
    // --- intent ---------------------------------------------------------------------------------
    case("intent", "answers between the desk's questions", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-005402] Poste de la fraiseuse CN",
        "Bonjour, mes réponses ci-dessous.\n\n> Quel est le système du poste ?\nWindows 10, pas encore passé en 11.\n> Le poste est-il relié au réseau ?\nNon, il est isolé volontairement.\n\nCordialement,", FollowUp, None, None),
    case("intent", "thanks for the answer", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005401] Suite à notre appel - serrures salle informatique",
        "Merci pour votre retour rapide, nous attendons donc le technicien jeudi.", FollowUp, None, None),
    case("intent", "for information, to a colleague", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005403] Web radio : l'émetteur ne diffuse plus",
        "Pour information, je mets en copie M. Blanc, professeur référent de la web radio, qui pourra accueillir le technicien.", FollowUp, None, None),
    case("intent", "the cards pass again", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-005404] Cartes multiservices",
        "Bonjour,\nToutes les cartes passent à la borne depuis la mise à jour d'hier soir. Le dossier peut être clos de notre côté.", ClosureConfirmation, None, None),
    case("intent", "locks: still refused", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-005401] Intervention terminée : serrures salle informatique",
        "Bonjour,\nLe technicien a reprogrammé la centrale, mais ce matin les badges des professeurs sont encore refusés.", FollowUp, None, None),
    case("intent", "a chase, polite and short", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-005405] Écran des panneaux solaires",
        "Bonjour,\nAvez-vous pu avancer sur ce point ? Merci.", Reminder, None, None),
    case("intent", "all our requests this year", "From: anne.leroux@ac-bordeaux.example\nSubject: Bilan",
        "Bonjour,\nPour le bilan de fin de trimestre, pouvez-vous m'envoyer le récapitulatif de toutes nos demandes encore en cours ?", ListRequest, None, None),
    case("intent", "the radio is back, short", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-005403] Web radio : l'émetteur ne diffuse plus",
        "La radio émet de nouveau. Merci beaucoup !", ClosureConfirmation, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("contractor", "a contractor postpones", "From: planning@usinage-services.example\nSubject: RE: [CESAME #2026-005402] Ordre de travail - Lycée Ampère - fraiseuse CN",
        "Bonjour,\nNotre technicien est retenu sur un autre site : l'intervention est reportée à mardi prochain, 9 h.", ContractorUpdate, None, None),
    case("unauthorised", "the radio teacher writes", "From: m.blanc@ac-paris.example\nSubject: Web radio",
        "Bonjour,\nJe suis le professeur référent de la web radio du lycée Voltaire. L'émetteur ne diffuse plus, pouvez-vous intervenir ?", Unauthorised, None, None),
    case("spam", "a fake school-supplies promotion", "From: Offres Rentrée <promo@fournitures-discount.example>\nSubject: -70 % sur les tablettes pour votre établissement !\nContent-Type: text/html; charset=utf-8",
        "<p>Offre exclusive réservée aux établissements scolaires : tablettes à -70 % jusqu'à dimanche minuit.</p><p><a href=\"https://fournitures-discount.example/offre\">J'en profite</a></p><p><a href=\"https://fournitures-discount.example/stop\">Se désinscrire</a></p>", Spam, None, None),
    case("auto-reply", "an Exchange auto-reply", "From: claire.dubois@ac-lyon.example\nSubject: Réponse automatique : [CESAME #2026-005405] Écran des panneaux solaires\nX-Auto-Response-Suppress: All\nAuto-Submitted: auto-generated",
        "Bonjour, je suis en stage de formation jusqu'au 11 décembre inclus.", AutoReply, None, None),
    // --- urgency and codes ----------------------------------------------------------------------
    case("urgency", "a level as a sentence", "From: marc.petit@ac-lyon.example\nSubject: Fraiseuse CN bloquée",
        "Bonjour,\nLa fraiseuse est bloquée, les élèves de terminale passent leur épreuve pratique vendredi : pour nous c'est très urgent.", NewIncident, Some(TresHaut), None),
    case("urgency", "a label 'Urgence : faible'", "From: anne.leroux@ac-bordeaux.example\nSubject: Liseuse abîmée",
        "Bonjour,\nUne liseuse du CDI a l'écran fissuré.\nUrgence : faible", NewIncident, Some(Bas), None),
    case("uai", "a code in the subject in brackets", "From: tice@region.example\nSubject: [0330789D] Serrure salle info",
        "Bonjour,\nLa serrure électronique de la salle info reste ouverte en permanence.", NewIncident, None, Some("0330789D")),
    case("uai", "a code with a hyphen", "From: tice@region.example\nSubject: Borne du self",
        "Bonjour,\nLycée Faidherbe, UAI 0595012-C : la borne du self ne lit plus aucune carte.", NewIncident, None, Some("0595012C")),
];
