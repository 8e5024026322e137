//! The seventy-third aside part: written after the sixty-seventh round, before any change, in the
//! public corpus's plain professional style, with more replies than the mix (a reply's intent is
//! the class most missed at first reading), in new content (the self-service canteen's card
//! readers, the attendance software, the school's website, the library's security gates, a
//! teacher's interactive display, the admissions office's scanner, the gym's sound system, the
//! staff's shared calendar, the electronics lab's oscilloscopes).

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_73: &[Case] = &[
    // --- closures -------------------------------------------------------------------------------
    case("intent", "the card readers accept cards again", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007301] Lecteurs de cartes du self",
        "Bonjour,\nLes lecteurs du self acceptent de nouveau les cartes depuis ce midi. Le passage des élèves s'est fait normalement.\n\nCordialement,\nClaire Dubois", ClosureConfirmation, None, None),
    case("intent", "the website back online, formal", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007302] Site internet du collège",
        "Bonjour,\nLe site du collège est de nouveau consultable et les familles ont pu télécharger les circulaires. Je vous remercie pour la rapidité de l'intervention.\n\nJean Martin", ClosureConfirmation, None, None),
    case("intent", "the gates no longer ring", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007303] Portiques antivol du CDI",
        "Bonjour,\nDepuis le réglage effectué jeudi, les portiques ne sonnent plus au passage des élèves sans livre. La documentaliste est satisfaite.\n\nSandrine Morel", ClosureConfirmation, None, None),
    case("intent", "the scanner, checked by the secretariat", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007304] Scanner du bureau des inscriptions",
        "Bonjour,\nLe secrétariat a numérisé une trentaine de dossiers ce matin sans incident. Nous considérons le problème comme réglé.\n\nPaul Henry", ClosureConfirmation, None, None),
    case("intent", "a closure with a question on another subject", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007305] Écran interactif salle 21",
        "Bonjour,\nL'écran de la salle 21 fonctionne parfaitement depuis le remplacement de la carte. Merci.\nPar ailleurs, à qui dois-je m'adresser pour les manuels numériques ?\n\nAnne Leroux", ClosureConfirmation, None, None),
    // --- reminders ------------------------------------------------------------------------------
    case("intent", "a reminder with the date of the report", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007306] Sonorisation du gymnase",
        "Bonjour,\nNous avons signalé le 17 novembre la panne de la sonorisation du gymnase. À ce jour, aucun technicien ne s'est présenté. Pouvez-vous nous indiquer la suite prévue ?\n\nMarc Petit", Reminder, None, None),
    case("intent", "a reminder: the deadline of the level", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007307] Logiciel de vie scolaire",
        "Bonjour,\nLe ticket a été classé en urgence très haute il y a quatre jours ouvrés. Les appels du matin se font toujours sur papier. Merci de relancer le prestataire.\n\nClaire Dubois", Reminder, Some(TresHaut), None),
    case("intent", "a reminder from the principal's office", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007308] Agenda partagé",
        "Bonjour,\nLe principal me demande de revenir vers vous : l'agenda partagé des personnels est toujours inaccessible et les réunions de la semaine ne peuvent être planifiées.\n\nJean Martin", Reminder, None, None),
    case("intent", "a polite chase", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-007309] Oscilloscopes",
        "Bonjour,\nJe me permets de revenir vers vous concernant les oscilloscopes du laboratoire d'électronique : avez-vous pu avancer sur ce dossier ?\n\nPaul Henry", Reminder, None, None),
    // --- news -----------------------------------------------------------------------------------
    case("intent", "news: the error changed", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-007303] Portiques antivol du CDI",
        "Bonjour,\nComplément d'information : depuis ce matin, les portiques sonnent aussi à la sortie des personnels.\n\nSandrine Morel", FollowUp, None, None),
    case("intent", "news: availability for the visit", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-007305] Écran interactif salle 21",
        "Bonjour,\nLa salle 21 est libre le mardi et le jeudi après-midi pour l'intervention. Merci de prévenir l'accueil la veille.\n\nAnne Leroux", FollowUp, None, None),
    case("intent", "news: partly back", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-007306] Sonorisation du gymnase",
        "Bonjour,\nLe technicien est passé ce matin : les haut-parleurs de la grande salle fonctionnent, ceux de la salle de danse restent muets.\n\nMarc Petit", FollowUp, None, None),
    case("intent", "news: an answer to the desk's question", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-007307] Logiciel de vie scolaire",
        "Bonjour,\nEn réponse à votre question : le message d'erreur apparaît sur tous les postes, y compris ceux de l'administration.\n\nClaire Dubois", FollowUp, None, None),
    case("intent", "news: a test asked for, done", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-007308] Agenda partagé",
        "Bonjour,\nComme demandé, nous avons vidé le cache du navigateur sur deux postes : l'agenda reste inaccessible.\n\nJean Martin", FollowUp, None, None),
    // --- lists ----------------------------------------------------------------------------------
    case("intent", "the list, formal", "From: sandrine.morel@ac-paris.example\nSubject: Tickets en cours - Lycée Voltaire",
        "Bonjour,\nPourriez-vous me communiquer la situation des tickets du lycée Voltaire ?\n\nSandrine Morel", ListRequest, None, None),
    case("intent", "the list, for a meeting", "From: paul.henry@ac-lille.example\nSubject: Point numérique",
        "Bonjour,\nEn vue du conseil pédagogique de jeudi, j'aurais besoin de la liste des interventions encore en attente pour le lycée.\n\nPaul Henry", ListRequest, None, None),
    // --- new reports ----------------------------------------------------------------------------
    case("request", "the card readers refuse cards", "From: claire.dubois@ac-lyon.example\nSubject: Lecteurs de cartes du self",
        "Bonjour,\nLes lecteurs de cartes du self refusent toutes les cartes depuis ce matin (« carte inconnue »). Les élèves passent sur liste papier.\n\nurgence : très haut\n\nClaire Dubois", NewIncident, Some(TresHaut), None),
    case("request", "oscilloscopes for the lab", "From: paul.henry@ac-lille.example\nSubject: Oscilloscopes",
        "Bonjour,\nLe laboratoire d'électronique dispose de huit oscilloscopes analogiques des années 1990. Les référentiels demandent désormais des oscilloscopes numériques reliés aux postes. Pouvez-vous étudier leur renouvellement ?\n\nurgence : bas\n\nPaul Henry", NewRequest, Some(Bas), None),
    case("request", "a shared calendar for the annex", "From: j.martin@ac-aix.example\nSubject: Agenda de l'annexe",
        "Bonjour,\nLes personnels de l'annexe n'ont pas accès à l'agenda partagé du collège, faute de compte. Pourriez-vous leur ouvrir l'accès ?\n\nJean Martin", NewRequest, None, None),
    case("request", "the attendance software slow", "From: anne.leroux@ac-bordeaux.example\nSubject: Logiciel d'appel",
        "Bonjour,\nLe logiciel d'appel met plus de deux minutes à s'ouvrir en début d'heure, sur tous les postes des salles.\n\nAnne Leroux", NewIncident, None, None),
];
