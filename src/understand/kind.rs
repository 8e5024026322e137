//! What a school contact wants: a new incident or change request, news on a ticket, a reminder,
//! a closure, or the list of their tickets.
//!
//! Rules read the subject and the sender's own text (folded), never the quoted history:
//! - "vous pouvez clôturer le ticket" closes, even without a number (never a new ticket);
//!   "tout fonctionne à nouveau" closes too when it relates to a ticket or answers a mail,
//!   unless a "mais … toujours pas" follows;
//! - "Relance", "toujours pas de nouvelles", "où en est notre demande" remind, with or without
//!   a number (the sender may have lost it);
//! - "la liste de nos tickets", "un point sur toutes nos demandes" ask for the list;
//! - anything else about a known ticket adds to it;
//! - a new mail is a change request ("demande d'évolution", installing, adding, extending,
//!   quotes and feasibility) when that outweighs the signs of a fault, else an incident.

use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::fold::{re, re_set, set_matches};
use crate::understand::Kind;

/// "Send me the list of our tickets", "un point sur toutes nos demandes en cours".
const LIST: &str = r"\b(?:liste|listing|etat|recapitulatif|recap|bilan|point|situation|suivi|list|status|overview)\b[^.?!\n]{0,40}\b(?:nos|mes|toutes\s+(?:nos|les|mes)|tous\s+(?:nos|les|mes)|all\s+(?:our|my|the)|our|my)\s+(?:[a-z]+\s+)?(?:tickets|demandes|incidents|signalements|interventions|dossiers|requests)\b|\b(?:liste|list|lister|indiquer|envoyer|transmettre|communiquer|connaitre|recapituler)\b[^.?!\n]{0,40}\b(?:tickets|demandes|incidents|signalements|interventions|requests)\s+(?:(?:encore|toujours|still)\s+)?(?:en\s+cours|ouverts?|ouvertes|open|pending|non\s+(?:resolus|resolues|clotures|cloturees|traites|traitees))\b|\bou\s+en\s+sont\s+(?:toutes\s+)?(?:nos|mes)\s+(?:[a-z]+\s+)?(?:tickets|demandes|incidents|signalements)\b|\bquel(?:le)?s\s+(?:sont\s+)?(?:les\s+|nos\s+|mes\s+)?(?:tickets|demandes|incidents|signalements|interventions)\s+(?:qui\s+)?(?:sont\s+)?(?:encore\s+|toujours\s+)?(?:en\s+cours|ouverte?s?|open|en\s+attente|non\s+(?:resolue?s?|traitee?s?|cloturee?s?))|\bcombien\s+(?:de|d')\s*(?:tickets|demandes|incidents|signalements)\b|\b(?:lesquel(?:le)?s|ceux|celles)\s+de\s+(?:nos|mes)\s+(?:tickets|demandes|incidents|signalements)\b|\b(?:recapitulatif|recap|bilan|point)\s+(?:de\s+|des\s+|sur\s+)(?:tous\s+les\s+|toutes\s+les\s+|nos\s+|mes\s+|les\s+)?(?:tickets|demandes|signalements)\b";

/// An explicit request to close.
const CLOSE_ASKED: &str = r"\b(?:vous\s+pouvez|vous\s+pourrez|pouvez-vous|pourriez-vous|merci\s+de|je\s+vous\s+laisse|on\s+peut|nous\s+pouvons)\s+(?:donc\s+)?(?:(?:le|la|l')\s*(?:cloturer|solder|fermer|clore|classer)|(?:cloturer|solder)|(?:fermer|clore|classer)\s+(?:le|la|l'|ce|cette|notre|ma|mon)\s*(?:ticket|demande|incident|dossier|signalement|intervention|requete))\b|\b(?:ticket|demande|incident|dossier|intervention|signalement)\s+(?:peut|pourra|peuvent)\s+etre\s+(?:cloture|clos|ferme|classe|solde)e?s?\b|\b(?:ticket|demande|incident|dossier)\s+a\s+(?:cloturer|clore|fermer)\b|\b(?:considerer|considere[rz]?)\s+(?:le\s+ticket|la\s+demande|l'incident|le\s+probleme|ce\s+ticket|cette\s+demande)\s+comme\s+(?:clos|close|cloture|cloturee|ferme|fermee|resolu|resolue|regle|reglee)\b|\bproceder\s+a\s+la\s+cloture\b|\bcloture\s+(?:du|de\s+la|de\s+l')\s*(?:ticket|demande|incident)\b|\b(?:you\s+(?:can|may)|please)\s+close\s+(?:the|this|my|our)\s+(?:ticket|request|incident|case)\b";

/// A statement that it works again.
const RESOLVED: &str = r"\b(?:fonctionne|fonctionnent|marche|marchent|refonctionne|refonctionnent|remarche|remarchent|repond|repondent)\s+(?:(?:bien|tres\s+bien)\s+)?(?:a\s+nouveau|de\s+nouveau|desormais|maintenant|correctement|parfaitement|normalement)\b|\b(?:refonctionne|refonctionnent|remarche|remarchent)\b|\b(?:probleme|souci|incident|panne|dysfonctionnement)\s+(?:est\s+|a\s+ete\s+)?(?:bien\s+)?(?:resolue?|reglee?|reparee?)\b|\bc'est\s+(?:resolu|regle|repare)\b|\btout\s+est\s+(?:ok|rentre\s+dans\s+l'ordre|en\s+ordre|revenu\s+a\s+la\s+normale)\b|\brentre\s+dans\s+l'ordre\b|\b(?:issue|problem)\s+(?:is\s+|has\s+been\s+)?(?:solved|resolved|fixed)\b|\bworks\s+(?:again|now|fine)\b";

/// "…mais toujours pas", "par contre encore": a resolution that is only partial.
const STILL_BROKEN: &str = r"\btoujours\s+pas\b|\b(?:mais|cependant|par\s+contre|toutefois|sauf|except)\b[^.!?\n]{0,80}\b(?:toujours|encore|plus|pas|ne|n'|reste)\b|\bstill\s+(?:not|broken|down)\b|\bbut\s+(?:still|not)\b|\b(?:encore|toujours)\s+(?:coupee?s?|en\s+panne|hs|noire?s?|bloquee?s?|inaccessibles?|hors\s+service|eteinte?s?)\b|\b(?:reste|restent)\s+(?:en\s+panne|hs|noire?s?|bloquee?s?|coupee?s?|inaccessibles?|eteinte?s?|muette?s?)\b";

/// A reminder in the subject: "Relance", "2e relance", "Rappel :", "Toujours sans nouvelles".
const REMINDER_SUBJECT: &str = r"^[\s\[]*(?:(?:re|tr|fwd?)\s*:\s*)*(?:(?:\d+\s*(?:e|eme|er|nde?)|deuxieme|troisieme|nouvelle|derniere|seconde)\s+)?(?:relance|rappel)\b\s*(?:$|[:\-!#(\[]|\d|n[o°]|(?:ticket|demande|dossier|incident|signalement|intervention|concernant|pour|suite|sur)\b|de\s+(?:la\s+|ma\s+|notre\s+)?(?:demande|ticket|signalement|incident|dossier)\b)|\b(?:\d+\s*(?:e|eme)|deuxieme|troisieme|nouvelle|derniere)\s+relance\b|\btoujours\s+(?:pas\s+de|sans|aucune?|rien|en\s+attente)\b|\bsans\s+(?:nouvelles?|reponse|retour)\b|\b(?:any|an)\s+update\b|\bstill\s+waiting\b";

/// A reminder in the text: asking for news of something already reported.
const REMINDER_TEXT: &str = r"\bje\s+(?:me\s+permets\s+de\s+)?vous\s+relance[rsz]?\b|\bje\s+me\s+permets\s+de\s+relancer\b|\brelancer?\s+(?:ma|notre|la|cette|votre)\s+(?:demande|ticket|dossier|signalement)\b|\b(?:nouvelle|deuxieme|troisieme|2e|3e|2eme|3eme|seconde)\s+relance\b|\bje\s+reviens\s+vers\s+vous\s+(?:concernant|au\s+sujet|pour|car|a\s+propos|suite)\b|\b(?:merci\s+de|pouvez-vous|pourriez-vous)\s+relancer\b|\b(?:demande|ticket|signalement|dossier)\s+n'a\s+toujours\s+pas\s+ete\s+(?:traitee?|prise?\s+en\s+charge)\b|\btoujours\s+(?:pas\s+(?:eu\s+)?(?:de\s+|d')?(?:nouvelles?|reponse|retour|technicien|intervention|passage|solution)|rien|aucune?\s+(?:nouvelle|reponse|intervention|retour|passage)|en\s+attente)\b|\b(?:nous\s+attendons|j'attends)\s+toujours\b|\b(?:sans|aucune?|pas\s+de)\s+(?:nouvelles?|reponse|retour)\s+(?:de\s+votre\s+part|depuis)\b|\bou\s+en\s+(?:est|sommes-nous)\s*(?:notre|ma|la|votre|le|mon|cette|ce|l')?\b|\bavez-vous\s+(?:des\s+nouvelles|du\s+nouveau)\b|\bpersonne\s+n'est\s+(?:encore\s+)?(?:venu|passe|intervenu)\b|\b(?:pas|plus)\s+(?:note|garde|retrouve)\s+(?:le\s+)?(?:numero|reference)\b|\bstill\s+(?:waiting|no\s+(?:news|answer|reply))\b|\b(?:no|any)\s+news\b";

/// A form field saying what the mail is: `Type de demande : Demande d'évolution`.
const TYPE_FIELD: &str = r"\btype(?:\s+de\s+(?:demande|ticket|signalement|intervention|requete))?\s*[:\t|-]\s*(?:(?P<inc>incident|panne|dysfonctionnement|probleme|defaut|bug)|(?P<req>demande\s+d'evolution|evolution|demande|installation|changement|modification|ajout|nouveau|nouvelle|request|change))\b";

/// "Demande d'évolution" and its synonyms.
const REQUEST_EXPLICIT: &str = r"\bdemandes?\s+d'evolution\b|\bdemande\s+d(?:e|')\s*(?:travaux|modification|changement|materiel|equipement|installation|deplacement|ajout|extension|creation|raccordement|cablage|mise\s+en\s+place)\b|\bchange\s+request\b|\b(?:evolution|modification|extension|reorganisation|restructuration)\s+(?:du|de\s+la|de\s+l'|des)\s*(?:reseau|infrastructure|parc|installation|equipement|cablage|baie|wifi)\b";

/// "Ne … plus", a breakdown, out of order: a fault, weighing double.
const FAULT_STRONG: &str = r"\bne\s+(?:[a-z']+\s+){0,2}plus\b|\bn'[a-z]+\s+(?:[a-z']+\s+)?plus\b|\b(?:en\s+)?panne\b|\bhs\b|\bhors\s+service\b";

/// Signs of a wish for something new; each pattern counts once.
const REQUEST_HINTS: &[&str] = &[
    r"\b(?:souhaiterions|souhaitons|souhaiterais|souhaite|voudrions|voudrais|aimerions|desirons)\s+(?:faire\s+)?(?:installer|ajouter|mettre\s+en\s+place|deplacer|etendre|creer|obtenir|disposer|avoir|equiper|raccorder|modifier|augmenter|remplacer|renouveler|acquerir|autoriser|debloquer|changer|porter)\b",
    r"\binstall(?:er|ation|ations|e|ent)\b",
    r"\b(?:ajout|creation|extension|deplacement|mise\s+en\s+place|raccordement|cablage|augmentation)\s+(?:d'une?|de|du|des|d')",
    r"\bsupplementaires?\b",
    r"\b(?:devis|faisabilite|proposition|chiffrage)\b",
    r"\bnouve(?:au|l|lle|aux|lles)\s+(?:postes?|prises?|bornes?|vlan|reseaux?|salles?|imprimantes?|ecrans?|videoprojecteurs?|comptes?|equipements?|materiels?|switch)\b",
    r"\b(?:aurions|avons|aurons|aurais)\s+besoin\s+d(?:e|')",
    r"\b(?:pourriez|pouvez)-vous\s+(?:installer|ajouter|prevoir|etudier|mettre\s+en\s+place|creer|autoriser|debloquer|ouvrir|augmenter|deplacer|remplacer|equiper)\b|\ba\s+prevoir\b|\bserait-il\s+possible\s+d(?:e|')\s*(?:installer|ajouter|mettre|deplacer|creer|etendre|obtenir|avoir|equiper|raccorder)",
    r"\bdans\s+le\s+cadre\s+de\s+l'amenagement\b|\bamenagement\s+d",
    // To buy, equip, renew or replace (a need, not a breakdown).
    r"\b(?:achat|acquisition|acquerir|commander|equiper|doter|renouvel\w*|remplacement|remplacer)\b",
    // To move or re-cable a room or equipment.
    r"\b(?:demenag\w*|deplacer|transferer|recabl\w*|travaux)\b",
    // Capacity to raise.
    r"\b(?:augmenter|augmentation|porter\s+a|passer\s+a)\b.{0,30}\b(?:debit|stockage|espace|capacite|quota|bande\s+passante|licences?|postes?)\b|\b(?:debit|stockage|espace|capacite|quota)\b.{0,40}\b(?:ne\s+suffi\w*|insuffisante?s?|trop\s+(?:faible|petite?|limitee?))\b",
    // Access or filtering to change.
    r"\b(?:autoriser|debloquer|ouvrir|donner|creer|accorder|modifier)\s+(?:l'|un\s+|une\s+|les\s+|des\s+|le\s+)?(?:acces|droits?|comptes?|sites?|profils?|filtrage)\b|\bacces\s+(?:wifi\s+)?invites?\b",
    // The filtering policy itself.
    r"\bfiltre\w*|\bfiltrage\b|\bliste\s+(?:blanche|noire)\b|\bwhitelist\b",
    // Asking for it: "nous demandons leur remplacement", "il faudra déplacer", "doit être recâblée".
    r"\b(?:demandons|sollicitons)\s+(?:leur|le|la|l'|un|une|des)?\s*(?:remplacement|installation|renouvellement|changement|ajout|deplacement|acces|augmentation|creation)\b|\bil\s+(?:faudra|faudrait)\s+(?:les?\s+|la\s+|l')?(?:deplacer|installer|raccorder|prevoir|recabler|ajouter|cabler|creer|equiper)\b|\bdoi(?:t|vent)\s+etre\s+(?:recablee?s?|cablee?s?|deplacee?s?|installee?s?|equipee?s?|raccordee?s?|amenagee?s?)\b",
    // One more of something: "une imprimante en plus", "a besoin d'un".
    r"\b(?:une?|des|deux|trois|quatre)\s+[a-z]+\s+(?:en\s+plus|de\s+plus)\b|\b(?:une?\s+(?:deuxieme|second|seconde|troisieme)|d'autres)\s+[a-z]+",
    // A capability wished for: "que les élèves puissent imprimer".
    r"\b(?:puissent|puisse|pouvoir)\s+(?:imprimer|utiliser|acceder|se\s+connecter|disposer|projeter|scanner|partager)\b",
    r"\b(?:a|ont|aurait|auraient)\s+besoin\s+d(?:e|')",
    // A need, not a breakdown: "il nous faudrait", "nous voudrions que", "est-il possible d'avoir".
    r"\bil\s+(?:nous|leur|lui|me|vous)\s+(?:faudrait|faut|faudra)\b|\bnous\s+(?:voudrions|souhaiterions|aimerions|souhaitons)\s+que\b|\b(?:pourrions-nous|pourrait-on|peut-on|pouvons-nous)\s+(?:en\s+)?(?:avoir|obtenir|disposer|beneficier|recevoir)\b|\best-il\s+possible\s+d(?:'avoir|'obtenir|'en\s+avoir|e\s+(?:disposer|beneficier|recevoir))\b",
    // Something that never was there, or people who arrive.
    r"\bn'(?:a|ont|avons|avait|avaient)\s+jamais\s+eu\b|\bn'(?:est|sont)\s+pas\s+(?:encore\s+)?(?:equipee?s?|cablee?s?|raccordee?s?)\b|\barrive(?:nt|ront|ra)?\b[^.!?\n]{0,40}\b(?:enseignants?|professeurs?|agents?|assistants?|stagiaires?|documentalistes?|secretaires?|personnels?)\b|\b(?:enseignants?|professeurs?|agents?|assistants?(?:\s+d'education)?|stagiaires?|documentalistes?)\b[^.!?\n]{0,30}\barrive(?:nt|ront|ra)?\b|\bnouve(?:au|l|lle|aux|lles)\s+(?:enseignants?|professeurs?|collegues?|personnels?|agents?|documentalistes?|secretaires?|assistants?)\b",
    // Planned for later: "pour la rentrée", "pour septembre".
    r"\b(?:pour|a|avant|des)\s+la\s+rentree\b|\bpour\s+(?:septembre|janvier|la\s+prochaine\s+annee)\b",
];

/// Signs of a fault; each pattern counts once.
const FAULT_HINTS: &[&str] = &[
    r"\bbloquee?s?\b|\bcassee?s?\b|\bfendue?\b|\bcoupee?s?\b",
    r"\b(?:erreur|error)\b|\bimpossible\s+d",
    r"\bne\s+(?:marche|marchent|fonctionne|fonctionnent|repond|repondent|demarre|demarrent|s'allume|s'allument|imprime)\s+pas\b",
    r"\bdysfonctionne\w*|\bbug\w*|\bplant(?:e|ent|age)\b|\bcrash\w*",
    r"\blente?s?\b|\bralenti\w*|\bse\s+deconnecte\w*|\bclignote\w*",
    r"\becran\s+(?:noir|bleu)\b|\bplus\s+(?:d'acces|de\s+(?:reseau|connexion|son|internet|wifi|image|affichage))\b|\bsans\s+(?:reseau|internet|connexion|wifi)\b",
    r"\b(?:probleme|souci|incident|defaillance|anomalie)s?\b|\ben\s+defaut\b",
];

/// Positions in [`SIGNS`].
const I_LIST: usize = 0;
const I_CLOSE_ASKED: usize = 1;
const I_RESOLVED: usize = 2;
const I_STILL_BROKEN: usize = 3;
const I_REMINDER_SUBJECT: usize = 4;
const I_REMINDER_TEXT: usize = 5;
const I_TYPE_FIELD: usize = 6;
const I_REQUEST_EXPLICIT: usize = 7;
const I_FAULT_STRONG: usize = 8;
const I_REQUEST_HINTS: usize = 9;
const I_FAULT_HINTS: usize = I_REQUEST_HINTS + REQUEST_HINTS.len();

fn all_patterns() -> Vec<&'static str> {
    let mut all = vec![
        LIST,
        CLOSE_ASKED,
        RESOLVED,
        STILL_BROKEN,
        REMINDER_SUBJECT,
        REMINDER_TEXT,
        TYPE_FIELD,
        REQUEST_EXPLICIT,
        FAULT_STRONG,
    ];
    all.extend_from_slice(REQUEST_HINTS);
    all.extend_from_slice(FAULT_HINTS);
    all
}

/// Every sign in one set: one pass over the subject and one over the text tell which occur;
/// positions are then looked up only for those.
static SIGNS: LazyLock<RegexSet> = LazyLock::new(|| re_set(&all_patterns()));
static EACH: LazyLock<Vec<Regex>> = LazyLock::new(|| all_patterns().into_iter().map(re).collect());

/// What each sign of [`SIGNS`] means, for `guichet inspect --explain`.
fn sign_name(index: usize) -> &'static str {
    match index {
        I_LIST => "asks for the list of tickets",
        I_CLOSE_ASKED => "asks to close",
        I_RESOLVED => "says it works again",
        I_STILL_BROKEN => "says something is still broken",
        I_REMINDER_SUBJECT => "reminder (subject)",
        I_REMINDER_TEXT => "reminder (text)",
        I_TYPE_FIELD => "form field naming the type",
        I_REQUEST_EXPLICIT => "names a change request",
        I_FAULT_STRONG => "strong sign of a fault",
        i if i < I_FAULT_HINTS => "sign of a change request",
        _ => "sign of a fault",
    }
}

/// Every sign of intent found, with where and the words (folded), for explaining a kind.
pub(crate) fn signs(subject: &str, own_text: &str) -> Vec<(&'static str, &'static str, String)> {
    let mut found = Vec::new();
    for (text, place) in [(subject, "subject"), (own_text, "text")] {
        for index in SIGNS.matches(text).iter() {
            if let Some(m) = EACH[index].find(text) {
                found.push((sign_name(index), place, m.as_str().trim().chars().take(80).collect()));
            }
        }
    }
    found
}

/// Which signs occur in the subject and in the text.
struct Seen {
    subject: u64,
    text: u64,
}

impl Seen {
    fn any(&self, index: usize) -> bool {
        (self.subject | self.text) & (1 << index) != 0
    }
    fn in_subject(&self, index: usize) -> bool {
        self.subject & (1 << index) != 0
    }
    fn in_text(&self, index: usize) -> bool {
        self.text & (1 << index) != 0
    }
}

/// A negation right before a word: "pas d'une panne", "n'est pas un incident".
static NEGATION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:pas|plus|non|aucune?|sans)\s+(?:d'une?\s+|une?\s+|de\s+|d')?$|\bpas\s+d'$"));

/// What the mail says, for a listed school contact.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts<'a> {
    pub subject: &'a str,
    pub own_text: &'a str,
    /// A ticket reference the mail may be about.
    pub has_ticket: bool,
    /// A reply (`Re:` subject or In-Reply-To).
    pub replying: bool,
}

/// Kind and a short reason.
pub(crate) fn intent(f: &Facts<'_>) -> (Kind, &'static str) {
    let seen = Seen { subject: set_matches(&SIGNS, &[f.subject]), text: set_matches(&SIGNS, &[f.own_text]) };
    let related = f.has_ticket || f.replying;
    if seen.any(I_LIST) {
        return (Kind::ListRequest, "asks for the list of tickets");
    }
    // An explicit "vous pouvez clôturer" is never a new ticket, even without a number.
    if seen.any(I_CLOSE_ASKED) {
        return (Kind::ClosureConfirmation, "asks to close the ticket");
    }
    if seen.in_subject(I_REMINDER_SUBJECT) || seen.in_text(I_REMINDER_TEXT) {
        return (Kind::Reminder, "asks for news");
    }
    if related && seen.any(I_RESOLVED) && !seen.in_text(I_STILL_BROKEN) {
        return (Kind::ClosureConfirmation, "says it works again");
    }
    if f.has_ticket {
        return (Kind::FollowUp, "about a known ticket");
    }
    if is_request(f, &seen) {
        (Kind::NewRequest, "change request")
    } else {
        (Kind::NewIncident, "new report")
    }
}

fn is_request(f: &Facts<'_>, seen: &Seen) -> bool {
    let texts = [f.subject, f.own_text];
    if seen.any(I_TYPE_FIELD) {
        if let Some(c) = texts.iter().find_map(|t| EACH[I_TYPE_FIELD].captures(t)) {
            return c.name("req").is_some();
        }
    }
    let mut request = 0;
    let mut fault = 0;
    if seen.any(I_REQUEST_EXPLICIT) {
        for text in texts {
            for m in EACH[I_REQUEST_EXPLICIT].find_iter(text) {
                if negated(text, m.start()) {
                    fault += 2;
                } else {
                    request += 3;
                    break;
                }
            }
        }
    }
    let hint_bits = ((1u64 << REQUEST_HINTS.len()) - 1) << I_REQUEST_HINTS;
    request += ((seen.subject | seen.text) & hint_bits).count_ones() as usize;
    // A fault word after a negation ("pas d'une panne") is a hint of a request instead.
    let mut weigh = |index: usize, weight: usize| {
        if !seen.any(index) {
            return;
        }
        let mut affirmed = false;
        for text in texts {
            for m in EACH[index].find_iter(text) {
                // "ne suffit plus" is a need for more, not a breakdown.
                if m.as_str().contains("suffi") {
                    continue;
                }
                if negated(text, m.start()) {
                    request += 1;
                } else {
                    affirmed = true;
                }
            }
        }
        if affirmed {
            fault += weight;
        }
    };
    weigh(I_FAULT_STRONG, 2);
    for index in I_FAULT_HINTS..I_FAULT_HINTS + FAULT_HINTS.len() {
        weigh(index, 1);
    }
    request >= 2 && request > fault
}

fn negated(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    NEGATION_BEFORE.is_match(&text[from..at])
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    fn kind(subject: &str, text: &str, has_ticket: bool, replying: bool) -> Kind {
        let (subject, text) = (fold(subject), fold(text));
        intent(&Facts { subject: &subject, own_text: &text, has_ticket, replying }).0
    }

    #[test]
    fn closures() {
        assert_eq!(
            kind("RE: [X #2025-000001] Wifi", "Réparé, merci ! Le ticket peut être clos.", true, true),
            Kind::ClosureConfirmation
        );
        assert_eq!(
            kind("Re: Imprimante", "L'imprimante refonctionne normalement depuis hier.", false, true),
            Kind::ClosureConfirmation
        );
        assert_eq!(kind("Re: x", "Problem solved, thanks.", true, true), Kind::ClosureConfirmation);
        assert_eq!(
            kind("Imprimante", "Elle remarche, vous pouvez clôturer le ticket.", false, false),
            Kind::ClosureConfirmation
        );
        assert_eq!(
            kind("RE: [X #2025-000001] Wifi", "Considérez la demande comme résolue.", true, true),
            Kind::ClosureConfirmation
        );
    }

    #[test]
    fn closing_something_else_is_not_a_closure() {
        assert_ne!(
            kind("Wifi invité", "Merci de fermer l'accès wifi invité, il est ouvert à tous.", false, false),
            Kind::ClosureConfirmation
        );
        assert_eq!(
            kind("RE: [X #2025-000001] Visite", "C'est bon pour moi, le technicien peut passer mardi.", true, true),
            Kind::FollowUp
        );
    }

    #[test]
    fn partial_fix_is_a_follow_up() {
        let text = "Le wifi fonctionne à nouveau au CDI, mais la salle 12 n'a toujours pas de réseau.";
        assert_eq!(kind("RE: [X #2025-000001] Wifi", text, true, true), Kind::FollowUp);
        assert_eq!(kind("RE: x", "Le problème n'est toujours pas résolu.", true, true), Kind::FollowUp);
    }

    #[test]
    fn reminders_with_or_without_number() {
        assert_eq!(
            kind("2e relance - vidéoprojecteur", "Bonjour, sans nouvelles depuis 3 semaines.", false, false),
            Kind::Reminder
        );
        assert_eq!(
            kind("Imprimante", "Avez-vous des nouvelles ? Personne n'est encore passé.", false, false),
            Kind::Reminder
        );
        assert_eq!(kind("Ticket 2025-000042", "Où en est ma demande ?", true, false), Kind::Reminder);
        assert_eq!(kind("RE: x", "Still waiting for the technician.", true, true), Kind::Reminder);
        assert_eq!(
            kind(
                "TR: [CESAME #2026-000310] Accusé de réception",
                "Je reviens vers vous car notre demande n'a toujours pas été traitée. Merci de relancer le prestataire.",
                true,
                false
            ),
            Kind::Reminder
        );
    }

    #[test]
    fn restarting_is_not_reminding() {
        assert_eq!(
            kind("Relance du serveur impossible", "Le serveur ne redémarre plus.", false, false),
            Kind::NewIncident
        );
        assert_eq!(
            kind("Sauvegarde", "Je relance le serveur chaque matin, il plante.", false, false),
            Kind::NewIncident
        );
        assert_eq!(kind("RELANCE - vidéoprojecteur", "Merci de votre retour.", false, false), Kind::Reminder);
        assert_eq!(kind("Rappel : demande du 3 mars", "Bonjour.", false, false), Kind::Reminder);
    }

    #[test]
    fn list_requests() {
        assert_eq!(
            kind("Récapitulatif", "Pouvez-vous m'envoyer l'état de nos tickets ?", false, false),
            Kind::ListRequest
        );
        assert_eq!(
            kind("Demandes en cours", "Merci de me transmettre la liste des demandes ouvertes.", false, false),
            Kind::ListRequest
        );
        assert_eq!(
            kind("Panne", "Voici la liste des incidents constatés : écran noir.", false, false),
            Kind::NewIncident
        );
    }

    #[test]
    fn follow_up_needs_a_ticket() {
        assert_eq!(
            kind("RE: [X #2025-000001] Wifi", "Précision : la borne du CDI clignote.", true, true),
            Kind::FollowUp
        );
        assert_eq!(kind("RE: Bonjour", "Le poste ne s'allume plus.", false, true), Kind::NewIncident);
    }

    #[test]
    fn requests_and_incidents() {
        assert_eq!(
            kind("Ajout de 2 bornes wifi au gymnase", "Nous aurions besoin d'une couverture wifi.", false, false),
            Kind::NewRequest
        );
        assert_eq!(
            kind(
                "Projet",
                "Nous souhaitons mettre en place un réseau pour les caméras. Pouvez-vous nous faire un devis ?",
                false,
                false
            ),
            Kind::NewRequest
        );
        assert_eq!(kind("Type : évolution", "Déplacer l'imprimante.", false, false), Kind::NewRequest);
        assert_eq!(
            kind(
                "Demande de déplacement d'une borne wifi",
                "Nous demandons de la déplacer (modification du réseau).",
                false,
                false
            ),
            Kind::NewRequest
        );
        assert_eq!(
            kind("Demande", "Type de demande : Incident\nLe serveur ne démarre plus.", false, false),
            Kind::NewIncident
        );
        assert_eq!(
            kind("Ce n'est pas une demande d'évolution", "Le switch est en panne depuis l'installation.", false, false),
            Kind::NewIncident
        );
        assert_eq!(
            kind("Nouveau poste", "Le nouveau poste installé hier ne démarre plus, écran noir.", false, false),
            Kind::NewIncident
        );
    }
}
