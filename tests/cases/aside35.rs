//! The thirty-fifth aside part: written after the thirtieth round, on threads as mail clients
//! write them: Outlook's "De : … Envoyé : …" history without quote marks, Gmail's "Le … a
//! écrit :", answers written below the quote, subjects changed along the way, and urgent or
//! closing words that belong to the history, not to the sender.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_35: &[Case] = &[
    case("intent", "Outlook history under a closure", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003501] Téléphonie",
        "Bonjour,\nLes postes ont de nouveau la tonalité depuis ce matin, vous pouvez clôturer.\n\nCordialement\n\nDe : CESAME <cesame@cesame.example>\nEnvoyé : mardi 1 décembre 2026 10:02\nÀ : sandrine.morel@ac-paris.example\nObjet : [CESAME #2026-003501] Téléphonie\n\nVotre signalement a été enregistré. Urgence : très haut.", ClosureConfirmation, None, None),
    case("intent", "Gmail history under a reminder", "From: j.martin@ac-aix.example\nSubject: Re: [CESAME #2026-003502] Souris sans fil",
        "Bonjour, toujours pas de passage du technicien, où en est-on ?\n\nLe mar. 1 déc. 2026 à 10:15, CESAME <cesame@cesame.example> a écrit :\n> Votre signalement a été enregistré sous la référence 2026-003502.\n> Il a été transmis au prestataire.", Reminder, None, None),
    case("intent", "an answer below the quote", "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-003503] Copieur",
        "> Pouvez-vous nous indiquer le modèle exact du copieur ?\n\nC'est un Sharp MX-3071, numéro de série sur la photo jointe.", FollowUp, None, None),
    case("intent", "the history says it works", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003504] Badgeuse",
        "La badgeuse s'est de nouveau bloquée ce midi, même symptôme.\n\n-----Message d'origine-----\nDe : anne.leroux@ac-bordeaux.example\nEnvoyé : lundi 30 novembre 2026 14:00\nObjet : RE: [CESAME #2026-003504] Badgeuse\n\nTout fonctionne depuis votre passage, merci.", FollowUp, None, None),
    case("intent", "a subject changed by the sender", "From: claire.dubois@ac-lyon.example\nSubject: Imprimante réparée (était : [CESAME #2026-003505] Imprimante salle 12)",
        "Bonjour,\nL'imprimante de la salle 12 fonctionne parfaitement depuis le remplacement du tambour. Merci !", ClosureConfirmation, None, None),
    case("urgency", "urgency in the quoted first report", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003506] URGENT serveur",
        "Précision : le serveur redémarre seul toutes les deux heures environ.\n\nLe 2 déc. 2026 à 08:10, marc.petit@ac-lyon.example a écrit :\n> URGENT : le serveur pédagogique est tombé, plus personne ne travaille.", FollowUp, None, None),
    case("request", "a new report forwarded from the head", "From: paul.henry@ac-lille.example\nSubject: TR: Salle du conseil",
        "Merci de prendre en compte la demande ci-dessous du proviseur.\n\nDe : Proviseur <proviseur@ac-lille.example>\nEnvoyé : jeudi 3 décembre 2026 17:40\nÀ : paul.henry@ac-lille.example\nObjet : Salle du conseil\n\nPaul, peux-tu demander l'installation d'un système de visioconférence dans la salle du conseil ? Ce n'est pas urgent.", NewRequest, None, None),
    case("request", "a teacher's fault forwarded with a level", "From: j.martin@ac-aix.example\nSubject: TR: PC salle 11\n",
        "Urgence moyenne, collège Mistral 0130456A.\n\nLe 3 déc. 2026 à 11:02, Prof Techno <techno@ac-aix.example> a écrit :\n> Bonjour, le PC du bureau de la salle 11 affiche un écran bleu au démarrage.", NewIncident, Some(Moyen), Some("0130456A")),
    case("intent", "top-posted list request over an old thread", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-003507] Badgeuse",
        "Bonjour,\nSans rapport avec ce ticket : pourriez-vous m'envoyer la liste de tous nos tickets ouverts ?\n\n-----Message d'origine-----\nDe : CESAME\nObjet : [CESAME #2026-003507] Badgeuse\n\nIntervention planifiée jeudi.", ListRequest, None, None),
    case("intent", "a one-line thanks over the history", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-003508] Imprimante vie scolaire",
        "Merci pour l'information.\n\nDe : CESAME\nEnvoyé : mercredi 2 décembre 2026\nObjet : [CESAME #2026-003508] Imprimante vie scolaire\n\nLe prestataire interviendra vendredi matin.", FollowUp, None, None),
    case("intent", "partly working, bottom-posted", "From: paul.henry@ac-lille.example\nSubject: Re: [CESAME #2026-003509] Wifi bâtiment C",
        "> Le prestataire a remplacé la borne du 1er étage.\n\nMerci. Le 1er étage capte bien, le 2e toujours rien.", FollowUp, None, None),
    case("intent", "a reminder with a signature that says urgent", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-003510] Écran salle B12",
        "Bonjour,\nNous sommes toujours en attente du remplacement de l'écran.\n\nClaire Dubois\nPour toute urgence : 04 78 00 12 34", Reminder, None, None),
    case("request", "a reply to the desk that is a new fault", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-003511] Accusé de réception",
        "Bonjour,\nMerci pour la clôture. Par contre, depuis ce matin c'est le wifi du CDI qui ne marche plus.", FollowUp, None, None),
    case("spam", "a phish replying to a thread", "From: cesame.helpdesk@mailbox-verify.example\nSubject: RE: [CESAME #2026-003512] Accusé de réception\nReply-To: verify@mailbox-verify.example",
        "Pour garder l'accès à vos tickets, vérifiez votre compte ici : https://mailbox-verify.example/cesame", Spam, None, None),
];
