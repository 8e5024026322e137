//! The forty-first aside part: written after the thirty-sixth round, intent once more, in the
//! voices of other writers (a bursar, a head, a technician of the school, a suppléant in
//! English) and with shorter and longer mails than before.

use super::{case, Case};
use guichet::understand::Kind::*;

pub const ASIDE_41: &[Case] = &[
    case("intent", "a bursar confirms", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004101] Poste de l'intendance",
        "Bonjour,\nLe poste de l'intendance est reparti après le remplacement de l'alimentation ; la gestionnaire a pu faire sa clôture comptable. Merci, affaire terminée.", ClosureConfirmation, None, None),
    case("intent", "a head's thanks", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-004102] Téléphonie HS",
        "Madame, Monsieur,\nLa téléphonie est rétablie. Je remercie vos équipes pour leur diligence.", ClosureConfirmation, None, None),
    case("intent", "short yes", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004103] Badgeuse",
        "Résolu, merci.", ClosureConfirmation, None, None),
    case("intent", "English, closing", "From: tice@region.example\nSubject: RE: [CESAME #2026-004104] Montaigne - no internet",
        "Connection restored at Montaigne since 2 pm, thanks. You can close it.", ClosureConfirmation, None, None),
    case("intent", "the school's technician reports his try", "From: marc.petit@ac-lyon.example\nSubject: RE: [CESAME #2026-004105] Borne wifi salle 4",
        "J'ai réinitialisé la borne comme indiqué : elle redémarre mais ne diffuse toujours aucun réseau.", FollowUp, None, None),
    case("intent", "a long reminder", "From: sandrine.morel@ac-paris.example\nSubject: RE: [CESAME #2026-004106] Imprimante vie scolaire",
        "Bonjour,\nJe me permets de revenir vers vous au sujet de l'imprimante de la vie scolaire signalée il y a trois semaines. Malgré deux appels, aucune intervention n'a été programmée et la vie scolaire imprime depuis le secrétariat, ce qui désorganise le service. Pourriez-vous me donner une date ?", Reminder, None, None),
    case("intent", "a reminder by subject only", "From: paul.henry@ac-lille.example\nSubject: Relance : [CESAME #2026-004107]",
        "", Reminder, None, None),
    case("intent", "English, waiting", "From: tice@region.example\nSubject: RE: [CESAME #2026-004108] Faidherbe switch down ASAP",
        "We have been waiting since Monday and nobody has come. Please escalate.", Reminder, None, None),
    case("intent", "a detail in one line", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004109] Souris sans fil",
        "Il s'agit des souris Logitech M185.", FollowUp, None, None),
    case("intent", "a worse turn in English", "From: tice@region.example\nSubject: RE: [CESAME #2026-004110] Faidherbe lab server",
        "Update: the server no longer boots at all since this morning.", FollowUp, None, None),
    case("intent", "availability", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-004111] Tablettes pour l'ULIS",
        "Je serai disponible mardi et jeudi après-midi pour en parler avec le technicien.", FollowUp, None, None),
    case("intent", "the list by a head", "From: claire.dubois@ac-lyon.example\nSubject: Demande de bilan",
        "Madame, Monsieur,\nJe souhaiterais disposer d'un bilan des signalements en cours concernant le lycée Ampère.", ListRequest, None, None),
    case("intent", "the list, bluntly", "From: paul.henry@ac-lille.example\nSubject: ?",
        "Nos tickets ouverts svp.", ListRequest, None, None),
    case("intent", "list, which ones are still waiting", "From: sandrine.morel@ac-paris.example\nSubject: Point d'étape",
        "Bonjour,\nQuels signalements du lycée sont encore en attente d'intervention ?", ListRequest, None, None),
    case("intent", "cancel a need", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-004112] Wifi invités",
        "Bonjour,\nFinalement le conseil d'administration a refusé le wifi invité. Merci d'annuler notre demande.", ClosureConfirmation, None, None),
];
