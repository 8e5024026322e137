//! The hundred-and-fourth aside part: written after the ninety-sixth round, before any change, on
//! the classes other than needs: spam and phishing in French (a false rector's request for gift
//! cards, a fake ENT password reset in HTML only, a false delivery of toner, an upstream
//! verdict in `X-Spam-Status` only), urgency in forms not yet seen ("Urgence (1-3) : 3",
//! "Priorité : haute – bloquant", "[Urgence : faible]", "niveau orange"), codes written "UAI
//! n° 0330789D" and "0751043 B", intents (a partial fix told as a list, a list as a plain
//! question), and a few reports for balance.

use super::{case, Case};
use guichet::understand::Kind::*;
use guichet::understand::Urgency::*;

pub const ASIDE_104: &[Case] = &[
    // --- spam -----------------------------------------------------------------------------------
    case("spam", "a false rector's request", "From: Recteur d'académie <recteur.academie@messagerie-perso.example>\nSubject: Demande confidentielle",
        "Bonjour,\nÊtes-vous disponible ? J'ai besoin que vous m'achetiez discrètement des cartes cadeaux pour une remise de prix ce soir. Je vous rembourserai demain. Répondez-moi rapidement.", Spam, None, None),
    case("spam", "a fake ENT reset, HTML only", "From: ENT Région <no-reply@ent-region-securite.example>\nSubject: Réinitialisation de votre mot de passe ENT\nContent-Type: text/html; charset=utf-8",
        "<p>Bonjour,</p><p>Une demande de réinitialisation de votre mot de passe ENT a été effectuée. Si vous n'êtes pas à l'origine de cette demande, <a href=\"https://ent-region-securite.example/annuler\">annulez-la ici</a> sous 12 heures.</p>", Spam, None, None),
    case("spam", "a false toner delivery", "From: Service Livraison Toner <livraison@toner-express.example>\nSubject: Livraison de vos toners - confirmation requise",
        "Madame, Monsieur,\nVotre commande de 24 toners est prête à être expédiée. Merci de confirmer l'adresse de livraison et le bon de commande signé en réponse à ce message, sans quoi la commande sera facturée.", Spam, None, None),
    case("spam", "a verdict in X-Spam-Status only", "From: Promo Informatique <offres@promo-info.example>\nSubject: Déstockage : PC portables à 199 €\nX-Spam-Status: Yes, score=6.3 required=5.0",
        "Bonjour,\nDéstockage exceptionnel : PC portables reconditionnés à 199 €, livraison gratuite pour les établissements.", Spam, None, None),
    // --- urgency --------------------------------------------------------------------------------
    case("urgency", "a scale in parentheses", "From: sandrine.morel@ac-paris.example\nSubject: Serveur pédagogique",
        "Bonjour,\nLe serveur pédagogique ne répond plus, aucun élève ne peut ouvrir de session.\nUrgence (1-3) : 3\nUAI n° 0751043 B", NewIncident, Some(TresHaut), Some("0751043B")),
    case("urgency", "high priority, blocking", "From: claire.dubois@ac-lyon.example\nSubject: Copieur administration",
        "Bonjour,\nLe copieur de l'administration est en erreur permanente (code E-201).\nPriorité : haute – bloquant pour les bulletins", NewIncident, Some(TresHaut), None),
    case("urgency", "a low tag in brackets", "From: paul.henry@ac-lille.example\nSubject: [Urgence : faible] Souris salle 3",
        "Bonjour,\nDeux souris de la salle 3 ne fonctionnent plus. UAI n° 0595012C", NewIncident, Some(Bas), Some("0595012C")),
    case("urgency", "a colour level", "From: anne.leroux@ac-bordeaux.example\nSubject: Réseau du CDI",
        "Bonjour,\nLe réseau du CDI coupe plusieurs fois par heure.\nNiveau d'urgence : orange (moyen)", NewIncident, Some(Moyen), None),
    // --- intents --------------------------------------------------------------------------------
    case("intent", "a partial fix as a list", "From: j.martin@ac-aix.example\nSubject: RE: [CESAME #2026-010405] Salle informatique",
        "Bonjour,\nPoint après votre passage :\n- postes 1 à 10 : OK\n- postes 11 et 12 : toujours pas de réseau\n- imprimante : OK", FollowUp, None, None),
    case("intent", "a list as a plain question", "From: marc.petit@ac-lyon.example\nSubject: Question",
        "Bonjour,\nEst-ce qu'on a encore des tickets ouverts chez vous ?", ListRequest, None, None),
    case("intent", "a reminder as a plain question", "From: anne.leroux@ac-bordeaux.example\nSubject: RE: [CESAME #2026-010408] Réseau du CDI",
        "Bonjour,\nQuelqu'un a-t-il pu regarder ? Ça coupe toujours.", Reminder, None, None),
    case("intent", "a closure as a plain statement", "From: claire.dubois@ac-lyon.example\nSubject: RE: [CESAME #2026-010406] Copieur administration",
        "Bonjour,\nLe copieur imprime de nouveau, les bulletins sont partis. Merci !", ClosureConfirmation, None, None),
    // --- reports ----------------------------------------------------------------------------------
    case("request", "a need told briefly", "From: sandrine.morel@ac-paris.example\nSubject: Visualiseur",
        "Bonjour,\nLa salle 14 n'a pas de visualiseur ; pourriez-vous en prévoir un ?", NewRequest, None, None),
    case("request", "a fault told briefly", "From: marc.petit@ac-lyon.example\nSubject: Vidéoprojecteur salle 4",
        "Bonjour,\nLe vidéoprojecteur de la salle 4 s'éteint tout seul au bout de cinq minutes.", NewIncident, None, None),
];
