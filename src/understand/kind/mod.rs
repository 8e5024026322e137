//! What a school contact wants: a new incident or change request, news on a ticket, a reminder,
//! a closure, or the list of their tickets.
//!
//! Rules read the subject and the sender's own text (folded), never the quoted history:
//! - "vous pouvez clôturer le ticket" closes, even without a number (never a new ticket);
//!   "tout fonctionne à nouveau" closes too when it relates to a ticket or answers a mail,
//!   unless a "mais … toujours pas" follows;
//! - "Relance", "toujours pas de nouvelles", "personne n'a donné suite" remind, with or without
//!   a number (the sender may have lost it);
//! - "la liste de nos tickets", "quelles interventions sont prévues pour nous" ask for the list;
//! - anything else about a known ticket adds to it;
//! - a new mail is a change request when what it says of a need outweighs what it says of a
//!   fault (`lexicon` has both), else an incident. A forwarded mail is weighed with what it
//!   forwards.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::fold::{before, re, re_set, set_matches};
use crate::understand::Kind;
use crate::vocab::ClosureAnswer;

mod abbrev;
mod lexicon;
pub mod model;

use lexicon::{
    ACT_TOLD, AGAIN_AFTER, ANOTHER_AFTER, AUTOMATIC_AFTER, AWAITING_VISIT, CHANGE_TO_AFTER, CHECK_BEFORE, CLOSE_ASKED,
    CONDITION_BEFORE, CONSTRAINT_AFTER, CONTRAST_WORDS, DAMAGE, EVENT_NEAR, FALLBACK_SENTENCE, FAULT,
    FAULT_AGAIN_AFTER, FAULT_STRONG, FILE_PROGRESS, LATER_REMARK, LIST_TITLE, NEED, NOT_A_BREAKDOWN, OBSOLETE_AFTER,
    PASSING_ON, PAST_REPORT, POLICY_AFTER, PRACTICAL_DETAIL, REMINDER_SUBJECT, REMINDER_TEXT, REMINDER_WHEN,
    REPAIR_AFTER, REPLACE_AFTER, REQUEST_EXPLICIT, RESOLVED, SCHEDULE_AFTER, SCHOOL_CONTEXT, SOLVES_BEFORE,
    STILL_BROKEN, TELLING_AFTER, THANKS_FILLER, THANKS_FOR_DONE, THANKS_WORDS, TYPE_FIELD, VISIT_AFTER,
    VISIT_CANCELLED, WAIT_TOLD, WHAT_WAS_DONE, WISHED_BEFORE, WORKS_PART,
};

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
const I_WORKS_PART: usize = 9;
const I_REMINDER_WHEN: usize = 10;
const I_PAST_REPORT: usize = 11;
const I_CANCELLED: usize = 12;
const I_WHAT_DONE: usize = 13;
const I_AWAITING: usize = 14;
const I_PASSING_ON: usize = 15;
const I_EVENT_NEAR: usize = 16;
const I_NEED: usize = 17;
/// `lexicon::DESIRE` and `lexicon::ASK` are the first two needs: they count only when what follows allows.
const I_DESIRE: usize = I_NEED;
const I_ASK: usize = I_NEED + 1;
/// `lexicon::NEED`'s needs and lacks ("il faudrait", "besoin d'"): a repair when a repair
/// follows.
const I_MUST: usize = I_NEED + 2;
/// `lexicon::NEED`'s renewals ("remplacer", "renouveler"): not a need when it is damage that
/// is replaced.
const I_RENEW: usize = I_NEED + 8;
/// `lexicon::NEED`'s provisions ("installer", "ajouter"): not a need when what was there is
/// installed again.
const I_PROVIDE: usize = I_NEED + 4;
/// `lexicon::NEED`'s lacks ("n'ont pas de compte"): what cannot be done for want of it
/// follows from the lack, not from a breakdown.
const I_LACK: usize = I_NEED + 3;
/// `lexicon::NEED`'s asking for it ("nous demandons le remplacement"): after damage, the
/// replacement asked for is a repair.
const I_ASKED_FOR: usize = I_NEED + 13;
/// `lexicon::NEED`'s new things ("un nouvel écran"): after damage, a replacement.
const I_NEW_THING: usize = I_NEED + 15;
const I_FAULT: usize = I_NEED + NEED.len();
/// `lexicon::FAULT`'s inabilities ("ne peuvent pas", "impossible de").
const I_UNABLE: usize = I_FAULT + 2;
/// The bits of all the needs' signs.
const NEED_BITS: u64 = ((1u64 << NEED.len()) - 1) << I_NEED;

static LIST: LazyLock<String> = LazyLock::new(lexicon::list);

fn all_patterns() -> Vec<&'static str> {
    let mut all = vec![
        LIST.as_str(),
        CLOSE_ASKED,
        RESOLVED,
        STILL_BROKEN,
        REMINDER_SUBJECT,
        REMINDER_TEXT,
        TYPE_FIELD,
        REQUEST_EXPLICIT,
        FAULT_STRONG,
        WORKS_PART,
        REMINDER_WHEN,
        PAST_REPORT,
        VISIT_CANCELLED,
        WHAT_WAS_DONE,
        AWAITING_VISIT,
        PASSING_ON,
        EVENT_NEAR,
    ];
    all.extend_from_slice(NEED);
    all.extend_from_slice(FAULT);
    debug_assert!(all.len() < 64, "signs are kept in a 64-bit mask");
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
        I_WORKS_PART => "says it works again somewhere",
        I_REMINDER_WHEN => "asks when, or for news",
        I_PAST_REPORT => "recalls an earlier report",
        I_CANCELLED => "calls the visit off, or a false alarm",
        I_WHAT_DONE => "asks what was done",
        I_AWAITING => "awaits a visit on a known day",
        I_PASSING_ON => "passes on a contact or a detail",
        I_EVENT_NEAR => "an event near at hand",
        I_DESIRE => "a wish",
        I_ASK => "asks whether something can be done",
        i if i < I_FAULT => "sign of a need",
        _ => "sign of a fault",
    }
}

/// Every sign of intent found, with where and the words (folded), for explaining a kind.
pub(crate) fn signs(subject: &str, own_text: &str) -> Vec<(&'static str, &'static str, String)> {
    let mut found = Vec::new();
    let (subject, own_text) = (abbrev::expand(subject), abbrev::expand(own_text));
    for (text, place) in [(&*subject, "subject"), (&*own_text, "text")] {
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
    /// Of `subject` and `text`, those where sign `index` was seen: a sign's own pattern is run
    /// only there (a scan costs as much as the whole set's).
    fn places<'t>(&self, index: usize, subject: &'t str, text: &'t str) -> impl Iterator<Item = &'t str> {
        [(subject, self.subject), (text, self.text)]
            .into_iter()
            .filter(move |(_, bits)| bits & (1 << index) != 0)
            .map(|(place, _)| place)
    }
}

/// A negation right before a word: "pas d'une panne", "n'est pas un incident".
static NEGATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:pas|plus|non|aucune?|sans)\s+(?:d'une?\s+|une?\s+|de\s+|d')?$|\bpas\s+d'$|\b(?:eviter|eviterait|eviteraient|evitera|prevenir|limiter)\s+(?:ce|ces|le|la|les|l'|tout|de|des|d')?\s*$",
    )
});

/// "Depuis le déplacement du bureau", "depuis l'installation de la mise à jour", "a bien été
/// installé": a need word naming a past event dates a fault. Not "à installer" (still to do).
static PAST_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bdepuis\s+(?:le|la|l'|les|son|sa|leur|leurs|notre|votre|cette|ce|cet)\s*$|\b(?:a|ont|avait|avaient)\s+(?:bien\s+|deja\s+|enfin\s+)?ete\s+(?:bien\s+)?$",
    )
});

/// "Vous avez ajouté", "nous avons bien installé": done already, when the need word is a past
/// participle ("nous avons besoin" is no past).
static DONE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:avez|avons|ai|ont|avaient|aviez|avions)\s+(?:bien\s+|deja\s+|enfin\s+)?$|\ba\s+(?:bien|deja|enfin)\s+$")
});

/// Whether the word a match starts ends as a past participle does ("installé", "ajoutées",
/// "prévu"), on folded text.
fn participle(text: &str, at: usize) -> bool {
    let word: &str = text[at..].split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
    ["e", "es", "i", "is", "u", "us"].iter().any(|end| word.ends_with(end))
}

/// "De plus en plus", "encore plus", "bien plus" before a word: a degree, not a negation ("de
/// plus en plus pâles" is a fault getting worse).
static DEGREE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:en|toujours|encore|bien|beaucoup|un\s+peu|nettement)\s+plus\s+$"));

/// What the mail says, for a listed school contact.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts<'a> {
    pub subject: &'a str,
    pub own_text: &'a str,
    /// The whole text when the mail forwards someone else's (a teacher's wish sent on by the
    /// correspondant): what is asked is in the forwarded part.
    pub forwarded: Option<&'a str>,
    /// A ticket reference the mail may be about.
    pub has_ticket: bool,
    /// A reply (`Re:` subject or In-Reply-To).
    pub replying: bool,
    /// The learned model for second readings: the desk's, or the shipped one.
    pub model: &'a model::Model,
}

static TELLING: LazyLock<Regex> = LazyLock::new(|| re(TELLING_AFTER));
/// After a wish: what worked, wanted back.
static WISHED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:pouvoir\s+)?(?:[a-z']+\s+){1,3}(?:de\s+nouveau|a\s+nouveau|again)\b|^\s+(?:pouvoir\s+)?(?:retrouver|recuperer)\s+(?:l'usage|l'acces|le\s+fonctionnement|nos|notre|son|sa|ses|leur|leurs)\b",
    )
});
static TITLE: LazyLock<Regex> = LazyLock::new(|| re(LIST_TITLE));
static SCHEDULE: LazyLock<Regex> = LazyLock::new(|| re(SCHEDULE_AFTER));
static POLICY: LazyLock<Regex> = LazyLock::new(|| re(POLICY_AFTER));
static AUTOMATIC: LazyLock<Regex> = LazyLock::new(|| re(AUTOMATIC_AFTER));
static WISHED: LazyLock<Regex> = LazyLock::new(|| re(WISHED_BEFORE));
static CONSTRAINT: LazyLock<Regex> = LazyLock::new(|| re(CONSTRAINT_AFTER));
static VISIT: LazyLock<Regex> = LazyLock::new(|| re(VISIT_AFTER));
static VISIT_AHEAD: LazyLock<Regex> = LazyLock::new(|| re(VISIT_AFTER.trim_start_matches('^')));
static FAULT_AGAIN: LazyLock<Regex> = LazyLock::new(|| re(FAULT_AGAIN_AFTER));
static SOLVES: LazyLock<Regex> = LazyLock::new(|| re(SOLVES_BEFORE));

/// "Nous sommes bloqués", "on est bloqué": people stuck tell no breakdown by themselves.
static STUCK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:nous\s+sommes|on\s+est|je\s+suis|nous\s+voila|on\s+se\s+retrouve)\s+(?:donc\s+|completement\s+|totalement\s+|vraiment\s+)?$",
    )
});
/// "Non, ce n'est toujours pas réglé": a reply that opens by saying no answers the desk's
/// question (may we close?), it does not chase.
static ANSWER_NO: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:helas|malheureusement|eh\s+bien|bah|ben)\s*,?\s*)?(?:non|no|nope|negatif)\s*(?:[,.:;!]|merci|helas|malheureusement|toujours|pas\s+encore)",
    )
});
static CONTRAST: LazyLock<Regex> = LazyLock::new(|| re(CONTRAST_WORDS));
/// A reply that opens with a yes: "Oui, merci.", "Confirmé.", "Je vous le confirme",
/// "Affirmatif.", "Nickel 👍", or a thumb alone.
static ANSWER_YES: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:oui|yes|affirmatif|tout\s+a\s+fait|c'est\s+confirme|confirme|je\s+(?:vous\s+)?(?:le\s+)?confirme|(?:c'est\s+)?(?:nickel|parfait|impeccable|impec|top|ok|okay))\b|(?:👍|✅))",
    )
});
/// The desk's subject that asks whether it works: its closure notice ("Intervention terminée",
/// "Clôture technique"), or a question to close.
static CLOSURE_ASKED_IN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\]\s*(?:intervention\s+terminee|cloture\s+technique|(?:pouvons-nous|peut-on|pouvez-vous\s+confirmer)\b[^\n]{0,30}\b(?:clore|cloturer|fermer|solder|resolu))",
    )
});
static CONDITION: LazyLock<Regex> = LazyLock::new(|| re(CONDITION_BEFORE));
static CHECK: LazyLock<Regex> = LazyLock::new(|| re(CHECK_BEFORE));
static NO_BREAKDOWN: LazyLock<Regex> = LazyLock::new(|| re(NOT_A_BREAKDOWN));
static OBSOLETE: LazyLock<Regex> = LazyLock::new(|| re(OBSOLETE_AFTER));
static SCHOOL: LazyLock<Regex> = LazyLock::new(|| re(SCHOOL_CONTEXT));
static REPAIR: LazyLock<Regex> = LazyLock::new(|| re(REPAIR_AFTER));
static CHANGE_TO: LazyLock<Regex> = LazyLock::new(|| re(CHANGE_TO_AFTER));
static REPLACE: LazyLock<Regex> = LazyLock::new(|| re(REPLACE_AFTER));
static AGAIN: LazyLock<Regex> = LazyLock::new(|| re(AGAIN_AFTER));
/// Before "en panne", "hors service": a past state ("il était en panne et n'a pas été
/// remplacé"), the story of a need, not today's fault.
static WAS_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:etait|etaient|avait\s+ete|avaient\s+ete|fut|furent)\s+(?:deja\s+|souvent\s+)?$"));
/// Around a fault word, a past event named as the reason for a need ("après l'incident du mois
/// dernier, la direction souhaite …"): no fault told today.
static PAST_EVENT_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:apres|suite\s+a|depuis)\s+(?:l'|le\s+|la\s+|les\s+|cet\s+|cette\s+|ce\s+)$"));
static PAST_EVENT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:du|de\s+la|de\s+l')\s*(?:mois|semaine|annee|an|trimestre|ete|rentree)\s+(?:dernier|derniere|passee?|precedente?)\b",
    )
});
/// After "nous attendons toujours": what the school itself must provide.
static SCHOOL_SIDE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s+(?:la|le|les|l'|notre|nos)\s*(?:cles?|codes?|badges?|autorisations?|accord|bon\s+de\s+commande|devis\s+signe)\b",
    )
});
/// What a school comes back to the desk to tell, after a chase's "je reviens vers vous": "pour
/// préciser que …", "pour vous indiquer …".
static TELLING_PURPOSE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:pour\s+)?(?:vous\s+)?(?:preciser|informer|indiquer|signaler|confirmer|transmettre|communiquer|apporter|donner|dire|faire\s+savoir|faire\s+part|repondre)\b",
    )
});
/// A reply that asks for the ticket's level to change: "merci de passer ce ticket en urgence
/// très haute", "pouvez-vous relever la priorité" — news of the level, whatever it tells beside.
static LEVEL_ASKED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:passer|mettre|basculer|remonter|relever|monter|reclasser|requalifier|classer)\s+(?:ce|le|notre|mon|cet)\s+(?:ticket|dossier|signalement|incident|demande)\s+en\s+(?:urgence|priorite|urgent|prioritaire|p[1-4]\b)|\b(?:passez|mettez|basculez|remontez)-le\s+en\s+(?:urgence|priorite|urgent|prioritaire)|\b(?:relever|augmenter|monter|remonter|baisser|abaisser)\s+(?:l'urgence|la\s+priorite|le\s+niveau(?:\s+d'urgence)?)\b",
    )
});
/// A sentence that opens with a level's label, up to its end.
static LEVEL_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:^|[.!?\n])\s*(?:niveau\s+d'|degre\s+d')?(?:urgence|priorite)\s*:[^.!?\n]*(?P<end>[.!?\n]|$)")
});
/// A greeting that opens a mail.
static GREETING: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:bonjour|bonsoir|madame,?\s+monsieur|hello|hi)[\s,!.]*"));
/// After "il faudrait", "besoin d'": a repair.
static MUST_REPAIR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:(?:les|le|la|l'|lui|leur|y)\s*)?(?:refaire|reparer|recoller|revisser|reinstaller|rebrancher|reconfigurer|recalibrer|redresser|remettre\s+en\s+(?:etat|place|service|marche))\b|^\s*(?:une?\s+)?(?:reparation|depannage|remise\s+en\s+etat)\b",
    )
});
static ANOTHER: LazyLock<Regex> = LazyLock::new(|| re(ANOTHER_AFTER));
static DAMAGED: LazyLock<Regex> = LazyLock::new(|| re(DAMAGE));
static FALLBACK: LazyLock<Regex> = LazyLock::new(|| re(FALLBACK_SENTENCE));
static THANKS_FOR: LazyLock<Regex> = LazyLock::new(|| re(THANKS_FOR_DONE));

/// The text without its fallback sentences and its thanks for what was done, and the signs
/// seen in it.
fn without_asides<'t>(text: &'t str, seen_in_text: u64) -> (Cow<'t, str>, u64) {
    // Only a text that wishes or asks can hold a fallback wish, and only thanks that name a
    // need word can weigh wrongly: the set said so already.
    let fallback = seen_in_text & ((1 << I_DESIRE) | (1 << I_ASK) | (1 << I_RENEW)) != 0 && FALLBACK.is_match(text);
    let thanks = seen_in_text & NEED_BITS != 0 && THANKS_FOR.is_match(text);
    if !fallback && !thanks {
        return (Cow::Borrowed(text), seen_in_text);
    }
    let mut kept = Cow::Borrowed(text);
    for (found, sentence) in [(fallback, &*FALLBACK), (thanks, &*THANKS_FOR)] {
        if found {
            kept = Cow::Owned(sentence.replace_all(&kept, "").into_owned());
        }
    }
    let seen = set_matches(&SIGNS, &[&kept]);
    (kept, seen)
}

/// Kind and a short reason.
pub(crate) fn intent(f: &Facts<'_>) -> (Kind, &'static str) {
    let (subject, mut own_text) = (abbrev::expand(f.subject), abbrev::expand(f.own_text));
    // In a reply, a sentence that states a level ("Urgence : très haute à l'époque, mais plus
    // aujourd'hui") speaks of the level, not of the fault: left out of the intent.
    if (f.has_ticket || f.replying) && LEVEL_SENTENCE.is_match(&own_text) {
        own_text = Cow::Owned(LEVEL_SENTENCE.replace_all(&own_text, "$end").into_owned());
    }
    let forwarded = f.forwarded.map(abbrev::expand);
    let f = &Facts { subject: &subject, own_text: &own_text, forwarded: forwarded.as_deref(), ..*f };
    let mut seen = Seen { subject: set_matches(&SIGNS, &[f.subject]), text: set_matches(&SIGNS, &[f.own_text]) };
    // "Revenu" said of a person or of a fault: one of the two readings goes.
    if seen.in_text(I_RESOLVED) && only_a_person_returned(f.own_text) {
        seen.text &= !(1 << I_RESOLVED);
    }
    if seen.in_text(I_REMINDER_TEXT) && only_a_fault_returned(f.own_text) {
        seen.text &= !(1 << I_REMINDER_TEXT);
    }
    let related = f.has_ticket || f.replying;
    if seen.any(I_LIST) {
        return (Kind::ListRequest, "asks for the list of tickets");
    }
    // An explicit "vous pouvez clôturer" is never a new ticket, even without a number; under a
    // condition the school says it has not checked yet, it closes nothing.
    if seen.any(I_CLOSE_ASKED) && !(seen.in_text(I_CLOSE_ASKED) && unchecked_condition(f.own_text)) {
        return (Kind::ClosureConfirmation, "asks to close the ticket");
    }
    // "Le son est revenu, l'image reste floue": a partial fix tells news of the ticket, even
    // in words a reminder uses ("toujours rien à l'étage").
    let partly_fixed = (seen.any(I_RESOLVED) || seen.in_text(I_WORKS_PART)) && seen.in_text(I_STILL_BROKEN);
    if related && partly_fixed && !seen.in_subject(I_REMINDER_SUBJECT) {
        return (Kind::FollowUp, "says it is only partly fixed");
    }
    // "Plus besoin de passer", "c'était simplement débranché": the school calls the visit off,
    // which closes it.
    if related && seen.in_text(I_CANCELLED) && !seen.in_text(I_STILL_BROKEN) {
        return (Kind::ClosureConfirmation, "calls the visit off, or a false alarm");
    }
    if related && seen.in_text(I_STILL_BROKEN) && ANSWER_NO.is_match(f.own_text) {
        return (Kind::FollowUp, "answers no: it still does not work");
    }
    // "Oui, merci." under "Intervention terminée" or "Pouvons-nous clôturer ?": the yes the desk
    // asked for ("Merci de nous confirmer que le problème est résolu", `ticket_news`).
    if f.has_ticket && ANSWER_YES.is_match(f.own_text) && CLOSURE_ASKED_IN.is_match(f.subject) && yes_alone(f.own_text)
    {
        return (Kind::ClosureConfirmation, "answers yes to the desk's closure question");
    }
    // "TR: Relance - ordinateur salle 7" with no ticket: the forwarded mail's subject, the
    // colleague's word to the correspondant, not the school's to the desk.
    let forwarded_subject = !f.has_ticket && FORWARD_PREFIX.is_match(f.subject);
    if seen.in_subject(I_REMINDER_SUBJECT) && !forwarded_subject {
        return (Kind::Reminder, "asks for news");
    }
    // What follows each chase sign of the text: "Nous attendons toujours la clé du local, elle
    // revient lundi" (the school waits on itself, news for the visit), "je reviens vers vous
    // pour préciser …" (a purpose told, news that decides); any other chase sign chases.
    let (mut told, mut chases) = (false, false);
    if seen.in_text(I_REMINDER_TEXT) {
        for m in EACH[I_REMINDER_TEXT].find_iter(f.own_text) {
            let after = &f.own_text[m.end()..];
            if TELLING_PURPOSE.is_match(after) {
                told = true;
            } else if !SCHOOL_SIDE.is_match(after) {
                chases = true;
            }
        }
    }
    if chases {
        return (Kind::Reminder, "asks for news");
    }
    if f.has_ticket && told {
        return (Kind::FollowUp, "comes back to the desk to tell something");
    }
    // "Pouvez-vous nous dire ce qu'il a fait ?": news asked of a visit, not a chase.
    if f.has_ticket && seen.in_text(I_WHAT_DONE) {
        return (Kind::FollowUp, "asks what was done");
    }
    // "Merci pour votre retour, nous attendons donc le technicien jeudi": news of the plan.
    if f.has_ticket && seen.in_text(I_AWAITING) && !seen.in_text(I_REMINDER_WHEN) {
        return (Kind::FollowUp, "awaits a visit on a known day");
    }
    // "Je vous transmets le contact de leur service": news, whatever else the mail says of
    // the fault.
    if f.has_ticket && seen.in_text(I_PASSING_ON) && !seen.in_text(I_REMINDER_WHEN) {
        return (Kind::FollowUp, "passes on a contact or a detail");
    }
    // "L'élève arrive dans trois semaines. Avez-vous une idée de la date ?", "J+12 et toujours
    // pas de valise, les examens commencent lundi": an event the fault endangers, with a question
    // or the fault still told, presses for the repair.
    let pressed = f.own_text.contains('?') || seen.in_text(I_STILL_BROKEN);
    if f.has_ticket && seen.in_text(I_EVENT_NEAR) && pressed && !seen.in_text(I_RESOLVED) {
        return (Kind::Reminder, "presses for the repair before an event near at hand");
    }
    if (seen.in_text(I_REMINDER_WHEN) || (seen.in_subject(I_REMINDER_WHEN) && own_subject_asks_when(f.subject)))
        && (related || seen.any(I_PAST_REPORT))
    {
        return second_reading(f, Kind::Reminder, "asks when, about an earlier report");
    }
    // "Nous sommes toujours sans imprimante", alone and no visit told: the school presses (told
    // among details, "complément d'information : … toujours sans réseau", it is news).
    let bare = f.own_text.trim().len() < 160;
    if f.has_ticket && bare && STILL_WITHOUT.is_match(f.own_text) && !VISIT_DONE.is_match(f.own_text) {
        return (Kind::Reminder, "still without the equipment, no visit told");
    }
    // "toujours HS", "Rien.", "Aucun retour.", alone: the school presses; under the desk's
    // closure notice or question it answers them.
    let desk_asks = || CLOSURE_ASKED_IN.is_match(f.subject) || DESK_QUESTION.is_match(f.subject);
    if f.has_ticket && STILL_DOWN_ALONE.is_match(f.own_text) && !desk_asks() {
        return (Kind::Reminder, "only says it is still down");
    }
    // "La situation est inchangée.", alone: the wait; after an attempt ("nous avons vidé le
    // cache : la situation est inchangée") it is news of the attempt.
    if f.has_ticket
        && bare
        && UNCHANGED.is_match(f.own_text)
        && !VISIT_DONE.is_match(f.own_text)
        && !ACT.is_match(f.own_text)
        && !attempted(f.own_text)
    {
        return (Kind::Reminder, "the situation unchanged, nothing done told");
    }
    // A reply's subject is the desk's ("[CESAME #…] Intervention terminée : <title>"), and so is
    // a forward's of the notice: only what follows its headline — the title and what the school
    // added ("- c'est réparé") — may say it works again.
    let subject = after_headline(f.subject);
    let subject_bits = if subject.len() == f.subject.len() { seen.subject } else { set_matches(&SIGNS, &[subject]) };
    let resolved_in = Seen { subject: subject_bits, text: seen.text };
    let resolved = (resolved_in.any(I_RESOLVED) && works_again(&resolved_in, subject, f.own_text))
        || (related && all_of_them(f.own_text))
        || (f.has_ticket && subject_says_fixed(subject) && nothing_against(f.own_text));
    if related && resolved && !seen.in_text(I_STILL_BROKEN) {
        match closed_with_a_remark(f.own_text) {
            Some(true) => return (Kind::ClosureConfirmation, "says it works again, with a remark for later"),
            Some(false) => return (Kind::FollowUp, "says it works again, but a remark tells a fault"),
            None => {}
        }
        return second_reading(f, Kind::ClosureConfirmation, "says it works again");
    }
    if f.has_ticket && LEVEL_ASKED.is_match(f.own_text) {
        return (Kind::FollowUp, "asks for the ticket's level to change");
    }
    if f.has_ticket {
        return second_reading(f, Kind::FollowUp, "about a known ticket");
    }
    // "Tickets en cours" as the subject, or as a text of a few words ("Nos tickets ouverts
    // svp."), and a text that reports nothing: the list.
    let own = f.own_text.trim();
    let short_title = own.len() < 60 && TITLE.is_match(own);
    if TITLE.is_match(f.subject) || short_title {
        let text = weigh("", f.own_text, &Seen { subject: 0, text: seen.text });
        if text.need == text.asked && text.fault == 0 {
            return (Kind::ListRequest, "the subject titles the list of tickets");
        }
    }
    // A forward is weighed with what it forwards, unless the forwarder's own words ask for a
    // change ("plutôt que de réparer encore ce poste, nous souhaiterions le remplacer") above a
    // fault told below: the desk answers the forwarder's request.
    let own = || weigh_new(f.subject, f.own_text, seen.subject, seen.text);
    let weights = match f.forwarded {
        Some(text) => Some(own())
            .filter(|w| w.typed.is_none() && w.need >= 2 && w.need > w.fault)
            .unwrap_or_else(|| weigh_new(f.subject, text, seen.subject, set_matches(&SIGNS, &[text]))),
        None => own(),
    };
    if weights.is_request() {
        return (Kind::NewRequest, "change request");
    }
    if !weights.tells_nothing() {
        return (Kind::NewIncident, "new report");
    }
    match f.model.new_mail_reading(&joined(f.subject, f.own_text)) {
        Some(Kind::NewRequest) => {
            (Kind::NewRequest, "learned model: reads like a change request, where no rule read a need or a fault")
        }
        Some(Kind::ListRequest) => (
            Kind::ListRequest,
            "learned model: reads like a list request by a wide margin, where no rule read a need or a fault",
        ),
        _ => (Kind::NewIncident, "new report"),
    }
}

static MODEL: LazyLock<model::Model> = LazyLock::new(|| {
    model::Model::from_tsv(model::SHIPPED).unwrap_or_else(|e| {
        tracing::error!("the shipped kind model cannot be read, rules alone decide: {e:#}");
        model::Model::default()
    })
});

/// The text the model reads: subject and the sender's own text, folded and expanded.
pub(crate) fn model_text(subject: &str, own_text: &str) -> String {
    joined(&abbrev::expand(subject), &abbrev::expand(own_text))
}

fn joined(subject: &str, own_text: &str) -> String {
    format!("{subject}\n{own_text}")
}

/// The model's lean on a mail among `among`, against `rival` (or the next), for `--explain`.
pub(crate) fn model_lean(
    subject: &str,
    own_text: &str,
    among: &[Kind],
    rival: Option<Kind>,
    model: &model::Model,
) -> Option<model::Lean> {
    model.lean(&model_text(subject, own_text), among, rival)
}

/// The desk's model when it has one, else the shipped one.
pub(crate) fn model_or_shipped(desk: Option<&model::Model>) -> &model::Model {
    desk.unwrap_or(&MODEL)
}

/// A mail about a ticket that the rules read only by a weak sign or by default: the learned
/// model has a second reading ([`model::Model::second_reading`]). Strong signs ("vous pouvez
/// clôturer", "Relance" in the subject, the list, a partial fix) never reach it.
fn second_reading(f: &Facts<'_>, ruled: Kind, why: &'static str) -> (Kind, &'static str) {
    // `f` holds the expanded texts already.
    match f.model.second_reading(&joined(f.subject, f.own_text), ruled) {
        model::Second::Keep => (ruled, why),
        model::Second::ClosureLeftToDesk if thanked_without_fault(f.own_text) => {
            (Kind::ClosureConfirmation, "learned model: a closure, with thanks and no fault told")
        }
        model::Second::ClosureLeftToDesk => {
            (ruled, "rules' reading kept: the learned model reads a closure, left to the desk")
        }
        // "Le son est revenu, merci !": it works again, thanked in a few words with nothing
        // against it; a lean to news there is the noise of so few words. Longer, a thanked fix
        // may be partial ("le poste 1 est réparé, merci. Pour le poste 2, …").
        model::Second::Change(Kind::FollowUp)
            if ruled == Kind::ClosureConfirmation
                && f.own_text.trim().len() < 50
                && thanked_without_fault(f.own_text) =>
        {
            (ruled, why)
        }
        model::Second::ChaseLeftToRules if asks_after_the_file(f.own_text) => {
            (Kind::Reminder, "learned model: reads like a chase, and the mail only asks after its file")
        }
        model::Second::ChaseLeftToRules if tells_only_the_wait(f.own_text) => {
            (Kind::Reminder, "learned model: reads like a chase, and the mail only tells the wait")
        }
        model::Second::ChaseLeftToRules => (ruled, why),
        model::Second::Change(Kind::ListRequest) => (Kind::ListRequest, "learned model: reads like a list request"),
        model::Second::Change(Kind::Reminder) => {
            (Kind::Reminder, "learned model: reads like a chase, by a wide margin")
        }
        model::Second::Change(kind) => (kind, "learned model: reads like news of the ticket"),
    }
}

/// What the learned model reads in a new mail (subject and own text folded), as it does where
/// the rules weighed nothing either way: for measuring it on readings made before.
pub(crate) fn new_mail_reading(subject: &str, own_text: &str, model: &model::Model) -> Option<Kind> {
    model.new_mail_reading(&model_text(subject, own_text))
}

/// The kind the second reading gives a mail about a ticket (subject and own text folded) that
/// the rules read as `ruled` by a weak sign or by default: for measuring it on readings made
/// before (`tests/understand_model.rs`).
pub(crate) fn second_kind(subject: &str, own_text: &str, ruled: Kind, model: &model::Model) -> Kind {
    let (subject, own_text) = (abbrev::expand(subject), abbrev::expand(own_text));
    let f = Facts { subject: &subject, own_text: &own_text, forwarded: None, has_ticket: true, replying: true, model };
    second_reading(&f, ruled, "").0
}

/// What a school's own words (quoted notice left out) say of a technical closure, for a mail
/// about a ticket read as `kind`. The ticket's state decides what it does: only a ticket the
/// contractor closed is closed by a confirmation, or reopened.
/// - a closure is a confirmation;
/// - a reminder, something still broken ("toujours pas", "sauf le scanner") or a fault told
///   ("ne fonctionne plus") says it is not fixed;
/// - news that the learned model clearly reads as a closure ("nickel, merci") confirms: the
///   contractor's closure is then the corroboration the model alone lacks; a visit still to
///   come ("il peut passer mardi") never does.
pub(crate) fn closure_answer(subject: &str, own_text: &str, kind: Kind, model: &model::Model) -> ClosureAnswer {
    match kind {
        Kind::ClosureConfirmation => return ClosureAnswer::Confirmed,
        Kind::Reminder => return ClosureAnswer::StillBroken,
        Kind::FollowUp => {}
        _ => return ClosureAnswer::Unclear,
    }
    let (subject, own) = (abbrev::expand(subject), abbrev::expand(own_text));
    if tells_a_fault(&own) {
        return ClosureAnswer::StillBroken;
    }
    // "C'est bon pour nous, le prestataire peut venir mardi": a visit agreed to, not a repair.
    if VISIT_AHEAD.is_match(&own) {
        return ClosureAnswer::Unclear;
    }
    match model.second_reading(&joined(&subject, &own), kind) {
        model::Second::ClosureLeftToDesk => ClosureAnswer::Confirmed,
        _ => ClosureAnswer::Unclear,
    }
}

/// A short question about the file's progress and nothing practical: "Une solution est-elle en
/// vue ?", "Nous avez-vous oubliés ?", not "Faut-il laisser les postes allumés ?" nor "Le
/// technicien passe-t-il toujours demain ? Je dois réserver la salle." On the first readings of
/// parts 30 to 200 (news read by default that the model read as a chase by 4 to 16), it picked
/// 11 chases and no news (13 and 2 before a proposal asked, a cost, a room to book counted as
/// practical).
fn asks_after_the_file(own: &str) -> bool {
    static PROCESS: LazyLock<Regex> = LazyLock::new(|| re(FILE_PROGRESS));
    static PRACTICAL: LazyLock<Regex> = LazyLock::new(|| re(PRACTICAL_DETAIL));
    let core = GREETING.replace(own.trim(), "");
    core.len() < 140 && core.contains('?') && PROCESS.is_match(&core) && !PRACTICAL.is_match(&core)
}

/// A short mail that tells only how long the fault or the wait has lasted, nothing done since:
/// "Nous sommes toujours sans imprimante", "Les collègues font cours sans tableau depuis la
/// rentrée", "L'intervention était annoncée pour mardi. Nous sommes vendredi." — not "toujours
/// en panne après le passage du technicien" nor "les quatre autres n'ont toujours du son que
/// d'un côté". On the first readings of parts 30 to 240 (news read by default that the model
/// read as a chase by 4 to 16), it picked 10 chases and no news (11 and a partial fix before a
/// problem "réglé" counted as an act).
fn tells_only_the_wait(own: &str) -> bool {
    static WAIT: LazyLock<Regex> = LazyLock::new(|| re(WAIT_TOLD));
    // "Merci, l'imprimante est toujours en panne": an answer to the desk's message, no press.
    static THANKS_FIRST: LazyLock<Regex> =
        LazyLock::new(|| re(r"^\s*(?:merci|thanks?|thank\s+you)\s*(?:[,.!;:]|beaucoup|bien|pour|for|$)"));
    let core = GREETING.replace(own.trim(), "");
    if core.len() >= 200
        || !WAIT.is_match(&core)
        || ACT.is_match(&core)
        || VISIT_DONE.is_match(&core)
        || THANKS_FIRST.is_match(&core)
    {
        return false;
    }
    !(EACH[I_RESOLVED].is_match(&core) || EACH[I_WORKS_PART].is_match(&core))
}

/// The own text (expanded) says it is not fixed: "pas résolu", something still broken ("toujours
/// pas", "sauf le scanner") or a fault told ("ne fonctionne plus").
fn tells_a_fault(own: &str) -> bool {
    let seen = Seen { subject: 0, text: set_matches(&SIGNS, &[own]) };
    let fixed_denied = seen.in_text(I_RESOLVED) && denied(&seen, I_RESOLVED, "", own);
    fixed_denied || seen.in_text(I_STILL_BROKEN) || seen.in_text(I_FAULT_STRONG) || weigh("", own, &seen).fault > 0
}

/// "Ça remarche, merci. Pour information, il faudra prévoir son remplacement l'an prochain":
/// thanks for a repair, and advice for later that tells no fault (`Some(true)`); a remark that
/// tells one ("il bourre encore") is news (`Some(false)`); no remark, `None`.
fn closed_with_a_remark(own: &str) -> Option<bool> {
    static LATER: LazyLock<Regex> = LazyLock::new(|| re(LATER_REMARK));
    let mut remarks = LATER.find_iter(own).peekable();
    remarks.peek()?;
    if remarks.any(|m| tells_a_fault(m.as_str())) {
        return Some(false);
    }
    thanked_without_fault(&LATER.replace_all(own, "")).then_some(true)
}

/// A closure the learned model reads is taken when the school thanks, tells something of its
/// own beyond the thanks, and neither asks, nor says "mais", nor tells a fault: on the first
/// readings of parts 30–63 (`tests/understand_model.rs`), the 17 such mails the rules had read
/// as news were all closures. Thanks alone ("nickel, merci à vous", "merci pour votre retour") may
/// answer an acknowledgement: left to the desk.
fn thanked_without_fault(own: &str) -> bool {
    static THANKS: LazyLock<Regex> = LazyLock::new(|| re(THANKS_WORDS));
    // "Thank you for your email", "merci pour votre message": an answer's courtesy (an absence
    // notice's first words), no thanks for a repair.
    static FOR_THE_MESSAGE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"^(?:thank\s+you|thanks|merci|remercie)\s+(?:beaucoup\s+|bien\s+)?(?:pour|for)\s+(?:votre|your|ce|this)\s+(?:message|mail|e-?mail|courriel)\b",
        )
    });
    // "Thanks, the technician can come on Thursday": thanks for a visit arranged, still ahead.
    static VISIT_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:can|could|will|may)\s+(?:come|pass\s+by|drop\s+by|visit|do\s+it)\b|\b(?:peut|pourra|peuvent|pourront)\s+(?:passer|venir|intervenir)\b|\b(?:viendra|viendront|passera|passeront|interviendra|interviendront)\b|\b(?:will\s+be|sera|seront)\s+(?:free|open|available|libres?|ouverte?s?|disponibles?|presente?s?)\b",
        )
    });
    // "Nous ne pourrons tester qu'au conseil de mardi ; je vous dirai alors si tout fonctionne":
    // the test, and the school's word on it, still ahead.
    static TEST_AHEAD: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:je\s+vous\s+(?:dirai|tiendrai\s+au\s+courant|confirmerai|redirai)|nous\s+vous\s+(?:dirons|tiendrons\s+au\s+courant|confirmerons))\b|\b(?:ne\s+)?pourr(?:ai|ons)\s+(?:le\s+|la\s+|les\s+)?(?:tester|essayer|verifier)\b",
        )
    });
    let thanks_for_more = THANKS.find_iter(own).any(|m| !FOR_THE_MESSAGE.is_match(&own[m.start()..]));
    if !thanks_for_more || !nothing_against(own) || VISIT_AHEAD.is_match(own) || TEST_AHEAD.is_match(own) {
        return false;
    }
    let told = own
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| w.len() > 2 && !THANKS_FILLER.contains(w) && !THANKS.is_match(w))
        .count();
    told >= 3
}

/// How much a new mail speaks of a need and of a fault.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Weights {
    pub need: usize,
    /// The part of `need` that only asks or wishes ("pouvez-vous", "nous souhaiterions"),
    /// whatever is asked.
    pub asked: usize,
    pub fault: usize,
    /// The text names a school's places, people or services (a room, the pupils, the ENT);
    /// read only by [`weights`], for mail from outside the directory.
    pub school: bool,
    /// A form field named the type: it decides.
    pub typed: Option<bool>,
}

impl Weights {
    /// A need outweighs the fault; a tie, or nothing said, is an incident (the safe side: the
    /// contractor looks at it, and the desk can requalify).
    fn is_request(&self) -> bool {
        self.typed.unwrap_or(self.need > self.fault)
    }

    /// Neither a need nor a fault seen, nor a type field: an incident only by default.
    pub fn tells_nothing(&self) -> bool {
        self.need == 0 && self.fault == 0 && self.typed.is_none()
    }

    /// Whether the mail reads like a school's report at all (for mail from outside the
    /// directory, where it tells an unauthorised report from spam): a need, or more than a
    /// passing mention of a problem, at a school (its rooms, pupils, services). An offer to
    /// renew a licence speaks of a need, a fake update of software "no longer supported", but
    /// of no school.
    pub fn reads_like_a_report(&self) -> bool {
        self.school && (self.need >= 1 || self.fault >= 2)
    }
}

/// The weights of a new mail's subject and text, with whether it names a school's places.
pub(crate) fn weights(subject: &str, text: &str) -> Weights {
    let (subject, text) = (&*abbrev::expand(subject), &*abbrev::expand(text));
    let school = [subject, text].iter().any(|t| SCHOOL.is_match(t));
    let weights = weigh_new(subject, text, set_matches(&SIGNS, &[subject]), set_matches(&SIGNS, &[text]));
    Weights { school, ..weights }
}

/// A new mail's weights, its fallback sentences and thanks for what was done left out.
fn weigh_new(subject: &str, text: &str, seen_subject: u64, seen_text: u64) -> Weights {
    let (text, seen_text) = without_asides(text, seen_text);
    weigh(subject, &text, &Seen { subject: seen_subject, text: seen_text })
}

fn weigh(subject: &str, text: &str, seen: &Seen) -> Weights {
    let mut w = Weights::default();
    if let Some(c) = seen.places(I_TYPE_FIELD, subject, text).find_map(|t| EACH[I_TYPE_FIELD].captures(t)) {
        w.typed = Some(c.name("req").is_some());
    }
    if seen.any(I_REQUEST_EXPLICIT) {
        'explicit: for text in seen.places(I_REQUEST_EXPLICIT, subject, text) {
            for m in EACH[I_REQUEST_EXPLICIT].find_iter(text) {
                if negated(text, m.start()) {
                    w.fault += 2;
                } else {
                    w.need += 3;
                    break 'explicit;
                }
            }
        }
    }
    // A wish counts unless it only introduces telling ("je souhaite vous signaler"); asking
    // whether something can be done counts as a need, or as a fault when a repair is asked.
    // A wish to have back what worked ("nous aimerions pouvoir imprimer de nouveau", "retrouver
    // l'accès") asks for a repair.
    let wishes = || seen.places(I_DESIRE, subject, text);
    if followed(wishes(), I_DESIRE, |after| TELLING.is_match(after) || WISHED_BACK.is_match(after)).1 {
        w.asked += 1;
    }
    w.fault += usize::from(followed(wishes(), I_DESIRE, |after| WISHED_BACK.is_match(after)).0);
    // What is damaged is replaced as a repair: the replacement, or another one provided, is
    // then no need.
    let damage_replaced = (seen.any(I_RENEW) || seen.any(I_PROVIDE) || seen.any(I_NEW_THING))
        && [subject, text].iter().any(|t| DAMAGED.find_iter(t).any(|m| !negated(t, m.start())));
    let repair_after = |after: &str| {
        (REPAIR.is_match(after) && !CHANGE_TO.is_match(after)) || (damage_replaced && REPLACE.is_match(after))
    };
    let (repair, other) = followed(seen.places(I_ASK, subject, text), I_ASK, repair_after);
    w.asked += usize::from(other);
    w.fault += usize::from(repair);
    w.need += w.asked;
    let mut plain_needs = NEED_BITS & !(1 << I_DESIRE) & !(1 << I_ASK);
    if damage_replaced {
        plain_needs &= !(1 << I_RENEW) & !(1 << I_NEW_THING);
        let replacement = |m: regex::Match<'_>| m.as_str().contains("remplac") || m.as_str().contains("chang");
        if seen.places(I_ASKED_FOR, subject, text).all(|t| EACH[I_ASKED_FOR].find_iter(t).all(replacement)) {
            plain_needs &= !(1 << I_ASKED_FOR);
        }
    }
    // "Installer à nouveau le logiciel qui a disparu": put back, a repair; so is "fournir un
    // nouveau câble" for one that was cut.
    let put_back = |after: &str| AGAIN.is_match(after) || (damage_replaced && ANOTHER.is_match(after));
    if let (true, false) = followed(seen.places(I_PROVIDE, subject, text), I_PROVIDE, put_back) {
        plain_needs &= !(1 << I_PROVIDE);
    }
    // "Il faudrait les refaire", "besoin d'une réparation": what is needed is a repair; so is
    // "il faudrait les remplacer" for what was broken or stolen.
    let must_repair = |after: &str| MUST_REPAIR.is_match(after) || (damage_replaced && REPLACE.is_match(after));
    if let (true, false) = followed(seen.places(I_MUST, subject, text), I_MUST, must_repair) {
        plain_needs &= !(1 << I_MUST);
        w.fault += 1;
    }
    // A need word that only names a past event ("depuis le déplacement du bureau", "a été
    // installé") is no need. Rescanned for the needs seen only.
    let seen_needs = (seen.subject | seen.text) & plain_needs;
    for index in (I_NEED..I_NEED + NEED.len()).filter(|i| seen_needs & (1 << i) != 0) {
        let past = |t: &str| {
            EACH[index].find_iter(t).all(|m| {
                let before = before(t, m.start(), 24);
                PAST_BEFORE.is_match(before) || (DONE_BEFORE.is_match(before) && participle(t, m.start()))
            })
        };
        if seen.places(index, subject, text).all(past) {
            plain_needs &= !(1 << index);
        }
    }
    w.need += ((seen.subject | seen.text) & plain_needs).count_ones() as usize;
    // A fault word after a negation ("pas d'une panne") is a sign of a need instead.
    let mut fault_group = |index: usize, weight: usize| {
        if !seen.any(index) {
            return;
        }
        let mut affirmed = false;
        for text in seen.places(index, subject, text) {
            for m in EACH[index].find_iter(text) {
                // "Ne suffit plus", "ne doivent plus", "ne supportent plus", "ne sont plus mis
                // à jour": a need, a rule, age, not a breakdown; "coupé à 18 h" a schedule;
                // "ne peut pas être déplacé" a constraint.
                let after = &text[m.end()..];
                let not_a_fault = SCHEDULE.is_match(after)
                    || POLICY.is_match(after)
                    || OBSOLETE.is_match(after)
                    || CONSTRAINT.is_match(after)
                    || SOLVES.is_match(before(text, m.start(), 40))
                    || (m.as_str().starts_with("bloq") && STUCK_BEFORE.is_match(before(text, m.start(), 30)))
                    || whole_count(m.as_str())
                    || (index == I_UNABLE && m.as_str().starts_with("ne ") && for_want(text, m.start()))
                    || (AUTOMATIC.is_match(after) && WISHED.is_match(before(text, m.start(), 80)))
                    || (index == I_FAULT_STRONG && foretold(m.as_str()))
                    || (index == I_FAULT_STRONG && WAS_BEFORE.is_match(before(text, m.start(), 30)))
                    || (PAST_EVENT_BEFORE.is_match(before(text, m.start(), 20)) && PAST_EVENT_AFTER.is_match(after));
                if NO_BREAKDOWN.is_match(m.as_str()) || not_a_fault {
                    continue;
                }
                // "Ne démarre toujours pas depuis lundi": the negation is the verb's, and a
                // fault's onset is no thing denied.
                if negated(text, m.start()) && !m.as_str().starts_with("depuis") {
                    w.need += 1;
                } else {
                    affirmed = true;
                }
            }
        }
        if affirmed {
            w.fault += weight;
        }
    };
    fault_group(I_FAULT_STRONG, 2);
    for index in I_FAULT..I_FAULT + FAULT.len() {
        fault_group(index, 1);
    }
    w
}

/// "Les prises ne conviendront plus", "le logiciel ne fonctionnerait plus": a "ne … plus" in
/// the future or the conditional foretells what a change will bring, no breakdown.
fn foretold(found: &str) -> bool {
    let Some(inner) = found.strip_suffix("plus") else { return false };
    // Endings of the future and the conditional that no imperfect shares ("démarrait",
    // "ouvrait", "s'éclairait" stopped: a breakdown).
    const ENDS: [&str; 13] = [
        "ront",
        "era",
        "dra",
        "ourra",
        "evra",
        "erait",
        "drait",
        "ourrait",
        "evrait",
        "eraient",
        "draient",
        "ourraient",
        "evraient",
    ];
    inner.split_whitespace().filter(|w| *w != "ne").any(|w| {
        let w = w.rsplit('\'').next().unwrap_or(w);
        w.len() > 4 && ENDS.iter().any(|end| w.ends_with(end))
    })
}

/// "Les AESH n'ont pas de compte ; elles ne peuvent pas consulter …": a lack told just before.
fn for_want(text: &str, at: usize) -> bool {
    let before = before(text, at, 200);
    EACH[I_LACK].find_iter(before).any(|m| !negated(before, m.start())) || NEVER_AFTER.is_match(&text[at..])
}

/// "Les bulletins ne peuvent pas partir : la fonction n'a jamais été activée": what was never
/// there, told after the inability, is a want as well.
static NEVER_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[^\n]{0,160}?\bn'(?:a|ont|avait|avaient|est|sont|etait|etaient)\s+(?:jamais|pas\s+encore|encore\s+jamais)\b")
});

/// "90 calculatrices sur 90", "30 out of 30": a count of the whole, all there, not some missing.
fn whole_count(found: &str) -> bool {
    let mut words = found.split_whitespace();
    let first = words.next();
    (found.contains(" sur ") || found.contains(" out of ")) && first.is_some() && words.last() == first
}

/// Whether some match of sign `index` in `texts` is followed by `after`, and whether some is not.
fn followed<'t>(texts: impl Iterator<Item = &'t str>, index: usize, after: impl Fn(&str) -> bool) -> (bool, bool) {
    let (mut with, mut without) = (false, false);
    for text in texts {
        for m in EACH[index].find_iter(text) {
            if after(&text[m.end()..]) {
                with = true;
            } else {
                without = true;
            }
        }
    }
    (with, without)
}

/// What follows the desk's headline in a reply's subject (folded; the desk writes "{tag}
/// {headline} : {title}"): "re: [cesame #2026-000001] intervention terminee : imprimante - c'est
/// repare" gives "imprimante - c'est repare". A subject the school wrote after the tag is its
/// own, unless it is a headline alone ("intervention terminee").
fn after_headline(subject: &str) -> &str {
    let Some(tag_end) = subject.rfind(']') else { return subject };
    let rest = &subject[tag_end + 1..];
    if let Some((_, title)) = rest.split_once(" : ") {
        return title;
    }
    let rest = rest.trim();
    // A client that rewrote the separator ("Intervention terminée - Imprimante - OK, réparé"):
    // the headline goes, the title and what the school added stay.
    if let Some(after) = ["intervention terminee", "accuse de reception"].iter().find_map(|h| rest.strip_prefix(h)) {
        return after;
    }
    if rest.ends_with("bien recue") {
        ""
    } else {
        rest
    }
}

/// "Où en est-on ? (ticket 2026-025603)": the school's own subject asks for news. Under the
/// desk's tag only what comes before it counts: the title after it is the first report's, which
/// may itself have been a question ("Une date pour l'installation ?").
fn own_subject_asks_when(subject: &str) -> bool {
    let own = match subject.find('[') {
        Some(tag) if subject[tag..].contains('#') => &subject[..tag],
        _ => subject,
    };
    EACH[I_REMINDER_WHEN].is_match(own)
}

/// The school's word added at the end of the desk's subject: "… Imprimante - OK, réparé",
/// "… Wifi : résolu".
fn subject_says_fixed(after_headline: &str) -> bool {
    static FIXED_TAIL: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?:^|\s[-:]\s*|,\s*)(?:ok\s*[,.!]?\s*)?(?:c'est\s+)?(?:resolue?|reglee?|reparee?|ok|fonctionne|ca\s+(?:marche|fonctionne))\s*[!.]*\s*$",
        )
    });
    FIXED_TAIL.is_match(after_headline)
}

/// A yes with nothing against it, and no visit to come.
fn yes_alone(own: &str) -> bool {
    nothing_against(own) && !VISIT_AHEAD.is_match(own)
}

/// "Si le technicien a bien changé la carte, vous pouvez clôturer ; je n'ai pas encore pu
/// vérifier": leave to close asked under a condition, and the school has not checked it.
fn unchecked_condition(own: &str) -> bool {
    static IF_BEFORE: LazyLock<Regex> = LazyLock::new(|| re(r"\b(?:si|s'il|s'ils)\s[^.!?;\n]*$"));
    static NOT_CHECKED: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:pas\s+encore|pas|jamais)\s+(?:pu\s+)?(?:verifie[rz]?|teste[rz]?|essaye[rz]?|controle[rz]?|regarde[rz]?)\b|\bpas\s+encore\s+(?:pu\s+)?(?:le\s+|la\s+|les\s+)?(?:verifier|tester|essayer|controler)\b",
        )
    });
    let Some(ask) = EACH[I_CLOSE_ASKED].find(own) else { return false };
    IF_BEFORE.is_match(&own[..ask.start()]) && NOT_CHECKED.is_match(own)
}

/// Thanks or a yes that nothing takes back: no question, no "mais", no fault told.
fn nothing_against(own: &str) -> bool {
    !own.contains('?') && !CONTRAST.is_match(own) && !tells_a_fault(own)
}

/// A count that is whole again and no fault told: "90 calculatrices chargées sur 90".
fn all_of_them(own: &str) -> bool {
    static COUNT: LazyLock<Regex> =
        LazyLock::new(|| re(r"\b\d{1,4}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:sur|out\s+of)\s+\d{1,4}\b"));
    COUNT.find_iter(own).any(|m| whole_count(m.as_str())) && !tells_a_fault(own)
}

/// Some "it works again" is neither denied ("pas résolu du tout"), a condition ("si tout va
/// bien") nor a check asked for ("vérifier que tout remarche"), nor an agreement to a visit
/// ("tout est ok de notre côté pour que le technicien vienne vendredi"), nor the fault again
/// ("affiche de nouveau le message d'erreur").
fn works_again(seen: &Seen, subject: &str, text: &str) -> bool {
    seen.places(I_RESOLVED, subject, text).any(|t| {
        EACH[I_RESOLVED].find_iter(t).any(|m| {
            let after = &t[m.end()..];
            let said = !negated(t, m.start())
                && !CONDITION.is_match(before(t, m.start(), 16))
                && !CHECK.is_match(before(t, m.start(), 80))
                && !HEARSAY.is_match(before(t, m.start(), 80))
                && !A_PART.is_match(before(t, m.start(), 50))
                && !FUNCTION_LOST.is_match(m.as_str());
            said && !VISIT.is_match(after) && !FAULT_AGAIN.is_match(after) && !denied_after(after)
        })
    })
}

/// "Le technicien … n'est jamais revenu": a person who did not come back, not a fault that did
/// not ("le problème n'est jamais revenu"), when that is all the text says works again.
fn only_a_person_returned(own: &str) -> bool {
    static PERSON_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"\b(?:technicien|prestataire|intervenant|depanneur|reparateur|quelqu'un|personne)\b[^.!?\n]{0,50}$")
    });
    only_returns(own, I_RESOLVED, &PERSON_BEFORE)
}

/// "Le problème n'est jamais revenu": a fault that did not come back, not a technician who did
/// not, when that is all the text says of a wait.
fn only_a_fault_returned(own: &str) -> bool {
    static FAULT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"\b(?:probleme|panne|souci|bug|coupure|erreur|defaut|incident|dysfonctionnement|message|plantage)s?\b[^.!?\n]{0,50}$",
        )
    });
    only_returns(own, I_REMINDER_TEXT, &FAULT_BEFORE)
}

/// Every match of sign `index` in `own` is a "revenu" whose subject `who` finds before it.
fn only_returns(own: &str, index: usize, who: &Regex) -> bool {
    EACH[index].find_iter(own).all(|m| m.as_str().contains("revenu") && who.is_match(before(own, m.start(), 70)))
}

/// "Ça remarche pas", "fonctionne toujours pas": spoken French drops the "ne", and the
/// negation follows the verb alone ("pas mal" praises).
fn denied_after(after: &str) -> bool {
    static DENIAL: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:toujours\s+|encore\s+)?(?:pas|plus|jamais)\b"));
    DENIAL.is_match(after) && !after.trim_start().starts_with("pas mal")
}

/// "Toujours sans imprimante", "encore privés de réseau", "still without a printer": still
/// without the equipment.
static STILL_WITHOUT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:toujours|encore)\s+(?:sans|prive(?:e|s|es)?\s+(?:de|d'))\s*(?:l'|le\s+|la\s+|les\s+|notre\s+|nos\s+)?(?:imprimantes?|reseau|internet|wifi|telephones?|standard|son|image|ordinateurs?|postes?|photocopieurs?|copieurs?|videoprojecteurs?|connexion|acces|ecrans?|scanners?|tableaux?)\b|\bstill\s+(?:without|no)\s+(?:a\s+|the\s+|any\s+|our\s+)?(?:printer|network|internet|wifi|wi-fi|phone|sound|projector|computer|screen|access|connection|scanner)s?\b",
    )
});
/// "toujours HS", "Toujours en panne !", "Rien.", "Aucun retour.", a question mark alone, and a
/// signature at most: the whole mail.
static STILL_DOWN_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:bonjour\s*[,.!]?\s*)?(?:(?:(?:c'est|c|ca|il\s+est|elle\s+est|ils\s+sont|elles\s+sont)\s+)?toujours\s+(?:hs|en\s+panne|hors\s+service|down|bloquee?s?|pareil|rien|en\s+attente)|rien|\?+|(?:toujours\s+)?(?:aucun\s+(?:retour|signe|technicien)|aucune\s+(?:nouvelle|reponse)|pas\s+de\s+(?:nouvelles|retour|reponse)))\s*[.!…]*\s*(?:\n[^\n]{0,40})?\s*$",
    )
});
/// A forward's prefix: "TR:", "Fwd:".
static FORWARD_PREFIX: LazyLock<Regex> = LazyLock::new(|| re(r"^\s*(?:tr|fwd?|fw)\s*:"));
/// The desk's questions in a reply's subject, beside its closure notice ([`CLOSURE_ASKED_IN`]):
/// its request for details, or any question.
static DESK_QUESTION: LazyLock<Regex> = LazyLock::new(|| re(r"\]\s*demande\s+de\s+precisions?\b|\?"));
/// "La situation est inchangée", "rien n'a bougé", "toujours au même point": nothing moved.
static UNCHANGED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:la\s+)?situation\s+(?:est|reste|demeure)\s+(?:toujours\s+|malheureusement\s+|exactement\s+)?(?:inchangee|la\s+meme|identique)\b|\brien\s+n'a\s+(?:change|bouge|evolue)\b|\btoujours\s+au\s+meme\s+point\b",
    )
});
/// Something done since (a visit, a restart, an attempt): the wait's words then report on it.
static ACT: LazyLock<Regex> = LazyLock::new(|| re(ACT_TOLD));
/// An attempt told in the first person or an advice followed ("nous avons vidé le cache", "comme
/// vous le conseilliez"); waiting, writing and chasing are no attempt.
static ATTEMPT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:nous\s+avons|j'ai|on\s+a)\s+(?:bien\s+|deja\s+|aussi\s+|donc\s+|encore\s+)?(?P<verb>[a-z]{3,}(?:e|i|u|is|it))\b|\bcomme\s+vous\s+(?:le\s+|nous\s+l')?(?:conseill|suggeri|suggere|recommand|demand|indiqu|propos)[a-z]*\b",
    )
});
fn attempted(own: &str) -> bool {
    const WAITING: [&str; 7] = ["attendu", "patiente", "signale", "ecrit", "relance", "rappele", "appele"];
    ATTEMPT.captures_iter(own).any(|c| c.name("verb").is_none_or(|v| !WAITING.contains(&v.as_str())))
}
/// A visit told: then "toujours sans …" is news of a repair that failed.
static VISIT_DONE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:technicien|prestataire|intervenant|depanneur)s?\s+(?:est|sont|a|ont)\s+(?:bien\s+)?(?:passee?s?|venue?s?|intervenue?s?)\b|\b(?:apres|malgre|depuis)\s+(?:le|son|leur|votre)\s+(?:passage|intervention|visite)\b",
    )
});

/// "Une partie des dossiers est de nouveau accessible": some of it works again, not all.
static A_PART: LazyLock<Regex> = LazyLock::new(|| {
    re(r"\b(?:une\s+partie|certaine?s|quelques|la\s+moitie|un\s+tiers|some|part\s+of)\b[^.!?\n]{0,40}$")
});

/// "Le technicien dit que c'est réparé": the contractor's word, which the school has not
/// confirmed (a colleague's "me confirme que" is the school's own).
static HEARSAY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:technicien|prestataire|intervenant|depanneur|mainteneur|fournisseur)\s+(?:nous\s+|m'|me\s+)?(?:dit|a\s+dit|affirme|indique|assure|annonce|pense|estime|declare|pretend)\s+(?:que|qu')[^.!?\n]*$",
    )
});

/// "Depuis votre passage, l'alarme ne se déclenche plus" tells a symptom gone; "… le PC ne
/// démarre plus" a function lost, which is a fault again.
static FUNCTION_LOST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bne\s+(?:se\s+|s')?(?:demarre|marche|fonctionne|allume|imprime|repond|connecte|ouvre|charge|capte|lance|lit)(?:nt)?\s+plus\b",
    )
});

/// Every occurrence of sign `index` comes right after a negation: "pas résolu du tout".
fn denied(seen: &Seen, index: usize, subject: &str, text: &str) -> bool {
    seen.places(index, subject, text).all(|t| EACH[index].find_iter(t).all(|m| negated(t, m.start())))
}

fn negated(text: &str, at: usize) -> bool {
    let before = before(text, at, 24);
    NEGATION_BEFORE.is_match(before) && !DEGREE_BEFORE.is_match(before)
}

#[cfg(test)]
mod tests;
