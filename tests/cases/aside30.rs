//! The thirtieth aside part: written after the twenty-sixth round, heavy on intent in words
//! not used before: replies that close, chase, add or ask for the list, from hurried or very
//! formal writers, some in HTML, some under a forwarded history.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_30: &[Case] = &[
    // --- closures -------------------------------------------------------------------------------
    case("intent", "a formal closure", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003001] Serveur de fichiers",
        "Madame, Monsieur,\nJe vous confirme le bon fonctionnement du serveur depuis l'intervention de mardi. Je vous remercie de bien vouloir procéder à la clôture administrative.", ClosureConfirmation, None, None),
    case("intent", "nothing more to do", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003002] Souris sans fil",
        "Nouveaux récepteurs posés, plus aucune coupure. Rien d'autre à faire de notre côté.", ClosureConfirmation, None, None),
    case("intent", "an HTML thank-you that closes", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003003] Badgeuse\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>La badgeuse fonctionne parfaitement depuis le remplacement du lecteur. Merci à toute l'équipe !</p><p>Anne</p>", ClosureConfirmation, None, None),
    case("intent", "agreement to close", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003004] Intervention terminée",
        "Bonjour,\nJe valide la fin de l'intervention, le vidéoprojecteur est opérationnel.", ClosureConfirmation, None, None),
    case("intent", "solved on its own", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003005] Wifi salle 4",
        "Bonjour,\nLa borne s'est remise à fonctionner toute seule après la coupure de courant de ce week-end. Vous pouvez annuler la demande.", ClosureConfirmation, None, None),
    // --- reminders ------------------------------------------------------------------------------
    case("intent", "a formal reminder", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003006] Téléphonie",
        "Madame, Monsieur,\nSauf erreur de ma part, notre signalement du 18 novembre n'a reçu aucune suite à ce jour. Je vous saurais gré de bien vouloir m'indiquer la date d'intervention prévue.", Reminder, None, None),
    case("intent", "a hurried chase", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003007] ENT",
        "Alors ? Les élèves n'ont toujours pas accès à l'ENT, ça devient compliqué.", Reminder, None, None),
    case("intent", "the deadline passed", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003008] Copieur",
        "Bonjour,\nLe délai d'intervention annoncé est dépassé depuis trois jours et le copieur est toujours hors service.", Reminder, None, None),
    case("intent", "a reminder without a reference", "From: claire.dubois@ac-lyon.example\nSubject: Notre demande de caméras",
        "Bonjour,\nNous avions demandé en octobre l'équipement de trois salles en caméras ; pourriez-vous nous dire où en est ce dossier ?", Reminder, None, None),
    case("intent", "a reminder in English", "From: tice@region.example\nSubject: RE: [CESAME #2026-003009] Montaigne - no internet",
        "Hello, still no internet at Montaigne this morning. Could someone chase the contractor please?", Reminder, None, None),
    // --- follow-ups -----------------------------------------------------------------------------
    case("intent", "the room is free on Thursday", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003010] Salle 12",
        "Pour information, la salle 12 sera libre jeudi toute la journée si le technicien veut passer.", FollowUp, None, None),
    case("intent", "the error message", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003011] Serveur pédagogique",
        "Voici le message exact : « Le serveur RPC n'est pas disponible ». Il apparaît à l'ouverture de session.", FollowUp, None, None),
    case("intent", "it got worse", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003012] Wifi CDI",
        "Bonjour,\nLa situation s'est aggravée : depuis ce matin, c'est tout le bâtiment B qui n'a plus de wifi.", FollowUp, None, None),
    case("intent", "a contact person", "From: paul.henry@ac-lille.example\nSubject: RE: [CESAME #2026-003013] Vidéoprotection",
        "Bonjour,\nLe technicien pourra s'adresser à M. Leclerc, agent de maintenance, présent tous les matins.", FollowUp, None, None),
    case("intent", "a forwarded detail", "From: sandrine.morel@ac-paris.example\nSubject: TR: [CESAME #2026-003014] Imprimante vie scolaire",
        "Complément de la CPE ci-dessous.\n\n-------- Message transféré --------\nDe : cpe@ac-paris.example\nObjet : imprimante\n\nL'imprimante fait aussi un bruit de claquement.", FollowUp, None, None),
    case("intent", "half of the room", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-003015] Salle B12",
        "Merci pour votre passage : huit postes sur quinze démarrent, les autres restent sur l'écran noir.", FollowUp, None, None),
    case("intent", "a question to the desk", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003016] Caméras",
        "Bonjour,\nFaut-il que nous fournissions un plan des salles pour le devis ?", FollowUp, None, None),
    // --- lists ----------------------------------------------------------------------------------
    case("intent", "the list before the board", "From: paul.henry@ac-lille.example\nSubject: Conseil d'administration",
        "Bonjour,\nPourriez-vous m'adresser un état de l'ensemble des tickets ouverts du lycée ? Je dois le présenter jeudi.", ListRequest, None, None),
    case("intent", "list, HTML", "From: sandrine.morel@ac-paris.example\nSubject: Récapitulatif\nContent-Type: text/html; charset=utf-8",
        "<div>Bonjour, pouvez-vous me faire parvenir le récapitulatif de nos demandes en cours ? Merci.</div>", ListRequest, None, None),
    case("intent", "list, a plain question", "From: j.martin@ac-aix.example\nSubject: Question",
        "Bonjour,\nCombien de tickets avons-nous encore en attente chez vous ?", ListRequest, None, None),
    case("intent", "list for the code", "From: tice@region.example\nSubject: Tickets 0595012C",
        "Bonjour,\nMerci de m'envoyer les tickets non clôturés de l'établissement 0595012C.", ListRequest, None, Some("0595012C")),
    // --- new reports that look like replies -----------------------------------------------------
    case("request", "a new fault under an old subject", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003017] Wifi salle 4",
        "Bonjour,\nAutre chose, sans rapport : le téléphone de l'infirmerie n'a plus de tonalité. Faut-il ouvrir un autre ticket ?", FollowUp, None, None),
    case("request", "a fresh report with an old ticket pasted", "From: anne.leroux@ac-bordeaux.example\nSubject: Vidéoprojecteur salle 7",
        "Bonjour,\nLe vidéoprojecteur de la salle 7 affiche des couleurs délavées.\n\n> Votre signalement a été enregistré sous la référence 2026-003018.", NewIncident, None, None),
    case("request", "a forwarded teacher's need", "From: claire.dubois@ac-lyon.example\nSubject: TR: demande logiciel",
        "Je transmets, merci de donner suite.\n\n-------- Message transféré --------\nDe : prof.svt@ac-lyon.example\nObjet : demande logiciel\n\nBonjour, serait-il possible d'installer le logiciel Anagène en salle de SVT ?", NewRequest, None, None),
    // --- outsiders ------------------------------------------------------------------------------
    case("spam", "a job offer lure", "From: recrutement@emploi-facile.example\nSubject: Travail à domicile 300 €/jour",
        "Nous recherchons des personnes sérieuses pour un travail simple depuis chez vous. Aucune expérience requise. Répondez vite, places limitées !", Spam, None, None),
    case("unauthorised", "a former correspondant", "From: h.blanc@ac-lyon.example\nSubject: Tickets du lycée Ampère",
        "Bonjour,\nJ'étais correspondante du lycée Ampère jusqu'en juin ; pouvez-vous m'envoyer la liste des tickets ouverts ?", Unauthorised, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "urgency raised in a follow-up", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-003019] ENT",
        "Bonjour,\nLa situation devient très urgente : conseil de classe demain et aucun professeur ne peut saisir ses notes.", FollowUp, Some(TresHaut), None),
    case("urgency", "a new report, urgency by words", "From: paul.henry@ac-lille.example\nSubject: Coupure réseau administration",
        "Bonjour,\nPlus de réseau dans les bureaux de l'administration, la paie des AED doit partir aujourd'hui : c'est critique.", NewIncident, Some(TresHaut), None),
];
