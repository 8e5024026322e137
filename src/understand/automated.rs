//! Mail written by machines: bounces, automatic replies, lists.
//!
//! These are recognised before anything else: a desk that answers an out-of-office or a
//! bounce starts a mail loop. The signals are the ones RFC 3834 and RFC 3464 define
//! (`Auto-Submitted`, `multipart/report`, `message/delivery-status`), the de-facto headers of
//! common servers (`X-Autoreply`, `Precedence`, `List-Id`, `X-Failed-Recipients`), senders
//! (`MAILER-DAEMON`), and, because some clients set none of them, subjects and texts
//! ("Réponse automatique", "failure notice", "Je suis absente jusqu'au…").

use std::sync::LazyLock;

use mail_parser::Message;
use regex::{Regex, RegexSet};

use super::fold::re;
use super::headers;
use super::text::Body;
use crate::understand::Kind;

/// Bounce subjects, at the start (a "TR: Undeliverable…" is a person forwarding one).
static BOUNCE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:undeliver(?:ed|able)|delivery\s+(?:status\s+notification|failure|failed|has\s+failed|delayed|incomplete|notification)|returned\s+mail|return(?:ed)?\s+to\s+sender|failure\s+notice|mail\s+delivery\s+(?:failed|failure|system|subsystem)|message\s+(?:not\s+delivered|delivery\s+failed|non\s+delivre|non\s+remis|non\s+distribue|retourne)|mail\s+system\s+error|rapport\s+de\s+non-remise|non\s+remis|non\s+distribuable|non\s+distribue|echec\s+(?:de\s+(?:la\s+)?)?(?:remise|distribution|livraison)|remise\s+(?:differee|retardee)|warning:\s+(?:could\s+not\s+send|delayed|message\s+\S+\s+delayed)|delayed\s+mail|could\s+not\s+send\s+message|notification\s+d'etat\s+de\s+(?:la\s+)?remise)",
    )
});

/// What a delivery system writes in the body of a bounce or delay notice.
static BOUNCE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"this is the mail system at host|this is the qmail-send program|i(?:'m| am) afraid i wasn't able to deliver|(?:could|can)\s*n[o']t\s+be\s+delivered\s+to\s+one\s+or\s+more\s+recipients|delivery\s+to\s+the\s+following\s+recipients?\s+(?:failed|has\s+been\s+delayed)|delivery\s+has\s+failed\s+to\s+these\s+recipients|the\s+following\s+addresses\s+had\s+permanent\s+fatal\s+errors|message\s+could\s+not\s+be\s+delivered|n'a\s+pas\s+pu\s+etre\s+(?:remis|distribue)|(?:message|courriel|mail)\s+n'a\s+pas\s+pu\s+etre\s+livre|la\s+remise\s+(?:du\s+message\s+)?a\s+echoue|your\s+message\s+(?:wasn't|was\s+not|couldn't\s+be|could\s+not\s+be)\s+delivered|delivery\s+(?:is|has\s+been)\s+delayed|will\s+retry\s+(?:until|for)",
    )
});

/// Out-of-office and read-receipt subjects; an acknowledgement's prefix ("Accusé de réception :
/// [CESAME #…] …", a mailbox's rule), not the desk's own "[CESAME #…] Accusé de réception".
static AUTO_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:reponse\s+automatique|reponse\s+auto|accuse\s+de\s+reception\s+automatique|automatic\s+acknowledge?ment|automatic\s+reply|auto[- ]?reply|auto[- ]?response|autoresponder|out\s+of\s+(?:the\s+)?office|out-of-office|absence\s+du\s+bureau|message\s+d'absence|notification\s+d'absence|avis\s+d'absence|accuse\s+de\s+lecture|notification\s+de\s+lecture|confirmation\s+de\s+lecture|read\s+receipt|return\s+receipt|read\s+notification|vacation\s+(?:reply|notice|message)|automatische\s+antwort|abwesenheitsnotiz|risposta\s+automatica|respuesta\s+automatica)\b|^\s*(?:auto|lu|non\s+lu|read|not\s+read|ooo|absent|absente|absence|vacances|conges|accuse\s+de\s+reception|relayed|delivered|remis|relaye)\s*:",
    )
});

/// A subject that may be an absence notice: "Absent jusqu'au 3 mai", "Congés d'été", "[Absence]
/// Re: …" (a prefix the sender's own rule adds)… but not "Absence de réseau".
static ABSENCE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:re\s*:\s*)?\[?\s*(?:absente?|absence|en\s+conges|conges|vacances|en\s+vacances)\b(?:\s*$|\s*[-:(!\]]|\s+(?:du|jusqu|a\s+partir|le|les|cette|ce|pour|prolongee|longue)\b|\s+\d)",
    )
});

/// Sentences of an out-of-office text.
const ABSENCE_SENTENCES: &str = r"je\s+suis\s+(?:actuellement\s+|en\s+ce\s+moment\s+)?(?:absente?|en\s+conges?|en\s+vacances|en\s+deplacement|en\s+formation|en\s+stage(?:\s+de\s+formation)?|en\s+arret\s+maladie|en\s+mission|en\s+seminaire)\b|n'(?:aurai|aurons)\s+(?:pas|qu'un|qu'une)\s+(?:(?:tres\s+)?(?:limite|reduit|ponctuel)\s+)?acces\b|acces\s+(?:tres\s+)?(?:limite|restreint|reduit)\s+a\s+(?:ma|mes|la)\s+(?:messagerie|mails|courriels|boite)|sans\s+acces\s+a\s+(?:ma|mes)\s+(?:messagerie|mails|courriels|e-?mails)|i\s+am\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:leave|vacation|holiday))|i\s+will\s+be\s+(?:out\s+of\s+(?:the\s+)?office|away)|je\s+serai\s+(?:absente?|de\s+retour)|de\s+retour\s+(?:le|au\s+bureau|lundi|mardi|mercredi|jeudi|vendredi|a\s+partir)|ne\s+(?:sera|seront)\s+pas\s+(?:transfere|lu|traite)|(?:durant|pendant|en)\s+mon\s+absence|des\s+mon\s+retour|a\s+mon\s+retour|will\s+not\s+be\s+read|(?:limited|no)\s+access\s+to\s+(?:e-?mails?|my\s+(?:e-?mails?|mail|inbox))|thank\s+you\s+for\s+your\s+(?:e-?mail|message)\b|back\s+in\s+the\s+office|(?:cette|mon|ma)\s+(?:adresse|boite(?:\s+aux\s+lettres)?|messagerie)\s+(?:n'est\s+plus\s+(?:consultee|utilisee|active|lue|relevee|valide)|a\s+ete\s+(?:fermee|desactivee|supprimee))|(?:merci\s+d'|veuillez\s+)(?:ecrire|adresser\s+vos\s+(?:messages|courriels))\s+desormais\s+a|this\s+(?:mailbox|address)\s+is\s+no\s+longer\s+(?:monitored|in\s+use|active)";

/// Sentences of an automatic notice: what any robot writes, a partner's included ("Ceci est un
/// message automatique… merci de ne pas y répondre"), and no absence.
const NOTICE_SENTENCES: &str = r"(?:ce|cet|le\s+present)\s+(?:message|courriel|mail|e-?mail)\s+(?:est|a\s+ete)\s+(?:genere|envoye|emis)\s+automatiquement|ceci\s+est\s+un\s+(?:message|courriel|mail|e-?mail)\s+(?:automatique|genere\s+automatiquement)|ceci\s+est\s+une\s+reponse\s+(?:automatique|generee\s+automatiquement)|this\s+is\s+an\s+automa(?:ted|tic)\s+(?:message|reply|response)|(?:merci\s+de|veuillez)\s+ne\s+pas\s+(?:y\s+)?repondre|please\s+do\s+not\s+reply";

/// Sentences of an out-of-office text, or of an automatic acknowledgement.
static AWAY_TEXT: LazyLock<Regex> = LazyLock::new(|| re(&format!("{ABSENCE_SENTENCES}|{NOTICE_SENTENCES}")));
static NOTICE_TEXT: LazyLock<Regex> = LazyLock::new(|| re(NOTICE_SENTENCES));

/// Outlook's recall of a message, as it reaches a mailbox outside the sender's Exchange
/// organisation: there the recall cannot act and arrives as a mail of its own, "Recall: …" /
/// "Rappel : …" (Microsoft's "Recall or replace an email message that you sent"). Its text is
/// one sentence; the subject alone ("Rappel :") is also a school's reminder.
static RECALL_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^[^\n]{0,80}\b(?:souhaite\s+rappeler\s+le\s+message|would\s+like\s+to\s+recall\s+the\s+message)\b")
});

/// An absence alone, no robot's notice.
static ABSENCE_TEXT: LazyLock<Regex> = LazyLock::new(|| re(ABSENCE_SENTENCES));

/// The body signs, in one pass: 0 a delivery system's words, 1 an absence notice's.
static TEXT_SIGNS: LazyLock<RegexSet> = LazyLock::new(|| super::fold::set_of(&[&BOUNCE_TEXT, &AWAY_TEXT]));

/// A machine-written mail, or a weak hint of one.
#[derive(Debug, Default)]
pub(crate) struct Verdict {
    /// Bounce, auto-reply or bulk, with the reason.
    pub kind: Option<(Kind, String)>,
    /// `Auto-Submitted: auto-generated`, a no-reply sender…: a notification of some system,
    /// decided after platforms and contractors are ruled out.
    pub generated: Option<String>,
    /// Bulk by `Precedence` alone, no list header: RT marks all its mail so
    /// (`Precedence: bulk`), a ticket's news included.
    pub bulk_by_precedence: bool,
    /// RFC 3834 `Auto-Submitted` other than `no`: a system says it wrote the mail. Spammers
    /// rarely claim it, ticket systems and notifiers do.
    pub auto_submitted: bool,
    /// The automatic reply rests on a robot's notice alone ("Ceci est un message automatique,
    /// merci de ne pas y répondre"): no absence told, no header saying it answers a mail. A
    /// partner's robot writes so of the work order it received.
    pub notice_only: bool,
    /// A platform names its ticket in a header of its own: RT's `RT-Ticket: <rtname> #<id>`
    /// (`lib/RT/Action/SendEmail.pm`, `SetRTSpecialHeaders`), on every mail RT sends, its
    /// autoreply included.
    pub platform_header: Option<String>,
    /// An automatic reply tells someone's absence, in the subject ("Réponse automatique",
    /// "Absent jusqu'au…") or the text: a person's out-of-office, not a system's receipt.
    pub absent: bool,
    /// The bounce rests on its words alone (subject or text), no delivery report, no daemon
    /// sender, no `X-Failed-Recipients`: an upstream filter's spam verdict outweighs it.
    pub bounce_by_words: bool,
}

/// Facts about the mail the verdict needs.
pub(crate) struct Facts<'a> {
    pub msg: &'a Message<'a>,
    pub body: &'a Body,
    pub subject_folded: &'a str,
    pub own_folded: &'a str,
    pub sender: Option<&'a str>,
    pub sender_name: Option<&'a str>,
    pub listed: bool,
}

pub(crate) fn detect(f: &Facts<'_>) -> Verdict {
    let marks = Marks::read(f.msg);
    let text = Text::new(f.own_folded);
    let mut verdict = Verdict::default();
    if let Some((reason, by_words)) = bounce(f, &marks, &text) {
        verdict.bounce_by_words = by_words;
        verdict.kind = Some((Kind::Bounce, reason));
    } else if let Some((reason, notice_only)) = auto_reply(f, &marks, &text) {
        verdict.notice_only = notice_only;
        verdict.kind = Some((Kind::AutoReply, reason));
    } else if let Some(reason) = bulk(&marks) {
        verdict.bulk_by_precedence = marks.list_header.is_none();
        verdict.kind = Some((Kind::Bulk, reason));
    }
    verdict.generated = generated(f, &marks);
    verdict.auto_submitted = marks.system_says_so();
    verdict.platform_header = marks.rt_ticket;
    // Read for automatic replies only, the few mails that need it.
    verdict.absent = matches!(verdict.kind, Some((Kind::AutoReply, _)))
        && (AUTO_SUBJECT.is_match(f.subject_folded)
            || ABSENCE_SUBJECT.is_match(f.subject_folded)
            || ABSENCE_TEXT.is_match(f.own_folded));
    verdict
}

/// The automation headers of a mail, read in one pass over its headers.
#[derive(Debug, Default)]
struct Marks {
    /// First token of `Auto-Submitted`, lower case.
    auto_submitted: Option<String>,
    /// An `X-Autoreply`-like header saying yes.
    autoreply_header: Option<&'static str>,
    precedence: Option<String>,
    delivered_to_autoresponder: bool,
    list_header: Option<&'static str>,
    failed_recipients: bool,
    null_return_path: bool,
    report_type: Option<String>,
    /// RT's `RT-Ticket` header, one line.
    rt_ticket: Option<String>,
}

impl Marks {
    /// `Auto-Submitted` is there and other than `no` (RFC 3834).
    fn system_says_so(&self) -> bool {
        self.auto_submitted.as_deref().is_some_and(|v| !v.is_empty() && v != "no")
    }

    fn read(msg: &Message<'_>) -> Marks {
        const AUTOREPLY: [&str; 5] = [
            "x-autoreply",
            "x-autorespond",
            "x-auto-reply",
            "x-autoresponder",
            "x-ms-exchange-organization-autoreplytype",
        ];
        const LIST: [&str; 4] = ["list-id", "list-unsubscribe", "list-post", "x-mailing-list"];
        let mut marks = Marks { report_type: headers::report_type(msg), ..Marks::default() };
        for (name, value) in headers::all_raw(msg) {
            let is = |n: &str| name.eq_ignore_ascii_case(n);
            if is("auto-submitted") {
                let token = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
                marks.auto_submitted.get_or_insert(token);
            } else if let Some(n) = AUTOREPLY.iter().find(|n| is(n)) {
                if !["no", "false", "0"].iter().any(|v| value.eq_ignore_ascii_case(v)) {
                    marks.autoreply_header.get_or_insert(n);
                }
            } else if is("precedence") {
                marks.precedence.get_or_insert(value.to_ascii_lowercase());
            } else if is("delivered-to") {
                marks.delivered_to_autoresponder |= value.eq_ignore_ascii_case("autoresponder");
            } else if let Some(n) = LIST.iter().find(|n| is(n)) {
                marks.list_header.get_or_insert(n);
            } else if is("x-failed-recipients") {
                marks.failed_recipients = true;
            } else if is("return-path") {
                marks.null_return_path |= value.trim() == "<>";
            } else if is("rt-ticket") {
                marks.rt_ticket.get_or_insert_with(|| headers::one_line(&value));
            }
        }
        marks
    }
}

/// The own words' signs of a machine ([`TEXT_SIGNS`]), scanned when first asked: most mails
/// are told from a person's by their headers and sender before their words are needed.
struct Text<'a> {
    folded: &'a str,
    signs: std::cell::OnceCell<regex::SetMatches>,
}

impl<'a> Text<'a> {
    fn new(folded: &'a str) -> Self {
        Text { folded, signs: std::cell::OnceCell::new() }
    }

    fn sign(&self, index: usize) -> bool {
        self.signs.get_or_init(|| TEXT_SIGNS.matches(self.folded)).matched(index)
    }

    /// A delivery system's words.
    fn bounce(&self) -> bool {
        self.sign(0)
    }

    /// An absence notice's or an automatic acknowledgement's words.
    fn away(&self) -> bool {
        self.sign(1)
    }
}

/// A bounce's reason, and whether it rests on words alone.
fn bounce(f: &Facts<'_>, marks: &Marks, text: &Text<'_>) -> Option<(String, bool)> {
    if f.body.delivery_report || marks.report_type.as_deref() == Some("delivery-status") {
        return Some(("delivery status notification (multipart/report)".into(), false));
    }
    if marks.failed_recipients {
        return Some(("X-Failed-Recipients header".into(), false));
    }
    let local = f.sender.and_then(|s| s.split('@').next()).unwrap_or_default();
    if matches!(local, "mailer-daemon" | "mailerdaemon" | "mail-daemon") {
        return Some(("sender MAILER-DAEMON".into(), false));
    }
    let daemon_name = f.sender_name.is_some_and(|n| n.to_ascii_lowercase().starts_with("mail delivery"));
    // "Échec de livraison de votre colis": a carrier's word (or a lure's), no mail system's.
    let subject_says = BOUNCE_SUBJECT.is_match(f.subject_folded) && !PARCEL.is_match(f.subject_folded);
    if (local == "postmaster" || daemon_name) && (subject_says || text.bounce()) {
        return Some((format!("delivery failure from {local}"), false));
    }
    if subject_says && (marks.null_return_path || !f.listed || text.bounce()) {
        return Some(("delivery failure subject".into(), !marks.null_return_path));
    }
    if (marks.null_return_path || !f.listed) && text.bounce() {
        return Some(("delivery failure text".into(), !marks.null_return_path));
    }
    None
}

/// A parcel or an order named in a subject: a carrier's notice, not a mail system's.
static PARCEL: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:colis|commande|parcel|package|shipment|livreur|transporteur)\b"));

/// The reason a mail is an automatic reply, and whether a robot's notice alone says so.
fn auto_reply(f: &Facts<'_>, marks: &Marks, text: &Text<'_>) -> Option<(String, bool)> {
    marked_reply(f, marks, text).map(|reason| (reason, false)).or_else(|| {
        // Without any marker, only a short text made of such sentences.
        if f.own_folded.len() >= 600 {
            return None;
        }
        let sentences: Vec<&str> = AWAY_TEXT.find_iter(f.own_folded).map(|m| m.as_str()).collect();
        (sentences.len() >= 2).then(|| {
            if sentences.iter().any(|sentence| !NOTICE_TEXT.is_match(sentence)) {
                ("out-of-office text".into(), false)
            } else {
                ("an automatic notice's text".into(), true)
            }
        })
    })
}

/// A mail that says it answers automatically: a report, a header, a subject, or an absence
/// in the subject over absence sentences.
fn marked_reply(f: &Facts<'_>, marks: &Marks, text: &Text<'_>) -> Option<String> {
    if f.body.read_report || marks.report_type.as_deref() == Some("disposition-notification") {
        return Some("read receipt (disposition notification)".into());
    }
    if f.body.calendar_reply {
        return Some("an answer to a meeting invitation (text/calendar, method REPLY)".into());
    }
    if f.own_folded.len() < 400 && RECALL_TEXT.is_match(f.own_folded.trim_start()) {
        return Some("a message recalled (Outlook)".into());
    }
    if marks.auto_submitted.as_deref() == Some("auto-replied") {
        return Some("Auto-Submitted: auto-replied".into());
    }
    if let Some(name) = marks.autoreply_header {
        return Some(format!("{name} header"));
    }
    if marks.precedence.as_deref() == Some("auto_reply") {
        return Some("Precedence: auto_reply".into());
    }
    if marks.delivered_to_autoresponder {
        return Some("Delivered-To: Autoresponder".into());
    }
    if AUTO_SUBJECT.is_match(f.subject_folded) {
        return Some("automatic reply subject".into());
    }
    (ABSENCE_SUBJECT.is_match(f.subject_folded) && text.away()).then(|| "absence subject and text".into())
}

fn bulk(marks: &Marks) -> Option<String> {
    if let Some(name) = marks.list_header {
        return Some(format!("{name} header"));
    }
    let precedence = marks.precedence.as_deref()?;
    matches!(precedence, "bulk" | "list" | "junk").then(|| format!("Precedence: {precedence}"))
}

fn generated(f: &Facts<'_>, marks: &Marks) -> Option<String> {
    if let Some(value) = marks.auto_submitted.as_deref().filter(|_| marks.system_says_so()) {
        return Some(format!("Auto-Submitted: {value}"));
    }
    let local = f.sender.and_then(|s| s.split('@').next()).unwrap_or_default();
    const NO_REPLY: [&str; 8] = [
        "noreply",
        "no-reply",
        "no_reply",
        "donotreply",
        "do-not-reply",
        "nepasrepondre",
        "ne-pas-repondre",
        "ne_pas_repondre",
    ];
    NO_REPLY.contains(&local).then(|| format!("no-reply sender {local}"))
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::super::{headers, text};
    use super::*;

    fn kind(raw: &str, listed: bool) -> Option<Kind> {
        let msg = text::parse(raw.as_bytes()).expect("parses");
        let body = text::read_body(&msg);
        let (sender, name) = headers::from(&msg);
        let subject = fold(&headers::subject(&msg));
        let own = fold(&body.text);
        let facts = Facts {
            msg: &msg,
            body: &body,
            subject_folded: &subject,
            own_folded: &own,
            sender: sender.as_deref(),
            sender_name: name.as_deref(),
            listed,
        };
        detect(&facts).kind.map(|(k, _)| k)
    }

    #[test]
    fn a_parcel_not_delivered_is_no_bounce() {
        let raw = "From: suivi@colis.example\r\nSubject: Livraison en attente\r\n\r\n\
                   Votre colis n'a pas pu etre livre faute d'adresse complete.\r\n";
        assert_eq!(kind(raw, false), None);
        let mta = "From: relay@mx.example\r\nSubject: Avis\r\n\r\nVotre message n'a pas pu etre livre.\r\n";
        assert_eq!(kind(mta, false), Some(Kind::Bounce));
        let carrier =
            "From: suivi@colis.example\r\nSubject: Echec de livraison de votre colis\r\n\r\nReprogrammez.\r\n";
        assert_eq!(kind(carrier, false), None);
    }

    #[test]
    fn delay_notice_is_a_bounce() {
        let raw = "From: Mail Delivery Subsystem <postmaster@relay.example>\r\nSubject: Delivery Status Notification (Delay)\r\n\r\n\
                   Delivery to the following recipient has been delayed:\r\n    x@y.example\r\n";
        assert_eq!(kind(raw, false), Some(Kind::Bounce));
    }

    #[test]
    fn exchange_ndr_in_french() {
        let raw = "From: Microsoft Outlook <postmaster@lycee.example>\r\nSubject: Non remis : Imprimante\r\n\r\n\
                   Le message n'a pas pu être remis aux destinataires suivants.\r\n";
        assert_eq!(kind(raw, false), Some(Kind::Bounce));
    }

    #[test]
    fn forwarded_bounce_from_a_person_is_not_one() {
        let raw = "From: a@lycee.example\r\nSubject: TR: Undeliverable: Imprimante\r\n\r\nJe vous transfère ce message d'erreur.\r\n";
        assert_eq!(kind(raw, true), None);
    }

    #[test]
    fn auto_replies_by_header_or_subject() {
        assert_eq!(
            kind("From: a@b\r\nX-Autorespond: vacation\r\nSubject: Re: x\r\n\r\nAbsent.\r\n", true),
            Some(Kind::AutoReply)
        );
        assert_eq!(kind("From: a@b\r\nPrecedence: auto_reply\r\nSubject: x\r\n\r\nx\r\n", true), Some(Kind::AutoReply));
        assert_eq!(
            kind("From: a@b\r\nSubject: Automatic reply: Printer\r\n\r\nI am away.\r\n", true),
            Some(Kind::AutoReply)
        );
        assert_eq!(
            kind("From: a@b\r\nSubject: Lu : Imprimante\r\n\r\nVotre message a été lu.\r\n", true),
            Some(Kind::AutoReply)
        );
        assert_eq!(
            kind("From: a@b\r\nSubject: Absente jusqu'au 2 mai\r\n\r\nJe suis absente, je lirai vos messages à mon retour.\r\n", true),
            Some(Kind::AutoReply)
        );
        // Exchange's notices of a delivery that succeeded ("Relayed:", "Delivered:", "Remis :"):
        // automatic, no failure.
        let relayed = "From: postmaster@a.example\r\nSubject: Relayed: [CESAME #2026-000001] Scanner\r\n\r\n\
                       Delivery to these recipients or groups is complete.\r\n";
        assert_eq!(kind(relayed, false), Some(Kind::AutoReply));
        let reset = "From: a@b\r\nSubject: Remise en service du scanner\r\n\r\nLe scanner ne marche plus.\r\n";
        assert_eq!(kind(reset, true), None);
    }

    /// Outlook's recall and a meeting's answer are written by the client: recorded, never
    /// answered. A school's "Rappel :" that reminds, and an invitation, are not.
    #[test]
    fn recalls_and_meeting_answers() {
        let recall = "From: a@b\r\nSubject: Rappel : Imprimante\r\n\r\nClaire Dubois souhaite rappeler le message « Imprimante ».\r\n";
        assert_eq!(kind(recall, true), Some(Kind::AutoReply));
        let recall = "From: a@b\r\nSubject: Recall: Printer\r\n\r\nPaul Henry would like to recall the message, \"Printer\".\r\n";
        assert_eq!(kind(recall, true), Some(Kind::AutoReply));
        let reminder = "From: a@b\r\nSubject: Rappel : Imprimante\r\n\r\nJe vous rappelle que l'imprimante ne marche toujours pas.\r\n";
        assert_eq!(kind(reminder, true), None);
        let answer = "From: a@b\r\nSubject: Accepté: Intervention\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\n\
                      BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n";
        assert_eq!(kind(answer, true), Some(Kind::AutoReply));
        let invitation = answer.replace("method=REPLY", "method=REQUEST").replace("METHOD:REPLY", "METHOD:REQUEST");
        assert_eq!(kind(&invitation, true), None);
    }

    #[test]
    fn an_absence_in_the_subject_s_brackets() {
        let raw = "From: a@b\r\nSubject: [Absence] Re: [CESAME #2026-000001] Wifi\r\n\r\nJe suis en congé maladie jusqu'au 3 mars, sans accès à ma messagerie.\r\n";
        assert_eq!(kind(raw, true), Some(Kind::AutoReply));
        let raw = "From: a@b\r\nSubject: [Absence de réseau] salle 4\r\n\r\nJe suis en salle 4 : plus de réseau.\r\n";
        assert_eq!(kind(raw, true), None);
    }

    #[test]
    fn out_of_office_text_without_any_marker() {
        let raw = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Wifi\r\n\r\nBonjour,\r\nJe suis actuellement en congés et serai \
                   de retour le 4 mars. Votre message ne sera pas transféré.\r\n";
        assert_eq!(kind(raw, true), Some(Kind::AutoReply));
        // A robot's notice: an automatic reply too, marked as resting on the notice alone.
        let notice = "From: a@b\r\nSubject: Votre message\r\n\r\nCeci est une réponse automatique. \
                      Merci de ne pas y répondre.\r\n";
        let msg = text::parse(notice.as_bytes()).expect("parses");
        let body = text::read_body(&msg);
        let own = fold(&body.text);
        let facts = Facts {
            msg: &msg,
            body: &body,
            subject_folded: "votre message",
            own_folded: &own,
            sender: Some("a@b"),
            sender_name: None,
            listed: false,
        };
        let verdict = detect(&facts);
        assert_eq!((verdict.kind.map(|(k, _)| k), verdict.notice_only), (Some(Kind::AutoReply), true));
        // A secretariat's receipt: the mail says it was generated, and not to answer it.
        let receipt = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Traceur\r\n\r\nNous accusons bonne réception \
                       de votre message. Ce courriel est généré automatiquement, merci de ne pas y répondre.\r\n";
        assert_eq!(kind(receipt, false), Some(Kind::AutoReply));
        // A training course and a limited access to the mailbox: an absence told at length.
        let course = "From: a@b\r\nSubject: RE: [CESAME #2026-000001] Tableau\r\n\r\nBonjour,\r\nJe suis \
                      actuellement en stage de formation et n'aurai qu'un accès très limité à ma messagerie \
                      jusqu'au 11 décembre.\r\n";
        assert_eq!(kind(course, true), Some(Kind::AutoReply));
        let with_pupils = "From: a@b\r\nSubject: RE: [CESAME #2026-000001] Tableau\r\n\r\nJe suis en stage \
                           avec les BTS cette semaine, le technicien peut passer le matin.\r\n";
        assert_eq!(kind(with_pupils, true), None);
        // A mailbox no longer read, that says where to write: an automatic reply.
        let closed = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Scanner\r\n\r\nCette adresse n'est plus \
                      consultée depuis le 1er septembre. Merci d'écrire désormais à c@d.\r\n";
        assert_eq!(kind(closed, false), Some(Kind::AutoReply));
        // A person telling that a mail was sent automatically is no notice.
        let person = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Traceur\r\n\r\nLe message d'erreur est \
                      envoyé automatiquement par le traceur. Merci de ne pas y répondre, c'est une alerte.\r\n";
        assert_eq!(kind(person, false), None);
    }

    #[test]
    fn an_english_absence_without_a_header() {
        let raw = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Printer\r\n\r\nThank you for your email. I am \
                   currently out of the office with no access to email until December 14th.\r\n";
        assert_eq!(kind(raw, true), Some(Kind::AutoReply));
        // Thanks alone, from a person, is no absence.
        let thanks = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Printer\r\n\r\nThank you for your email. \
                      The printer works again.\r\n";
        assert_eq!(kind(thanks, true), None);
    }

    #[test]
    fn absence_of_network_is_an_incident_not_an_absence() {
        let raw = "From: a@b\r\nSubject: Absence de réseau en salle 12\r\n\r\nPlus de réseau depuis ce matin.\r\n";
        assert_eq!(kind(raw, true), None);
        let raw = "From: a@b\r\nSubject: Re: [CESAME #2026-000001] Wifi\r\n\r\nJe suis absente demain, le technicien peut passer.\r\n";
        assert_eq!(kind(raw, true), None);
    }

    #[test]
    fn lists_and_newsletters() {
        assert_eq!(kind("From: n@l\r\nList-Id: <news.l>\r\nSubject: Lettre\r\n\r\nx\r\n", false), Some(Kind::Bulk));
        assert_eq!(kind("From: n@l\r\nPrecedence: junk\r\nSubject: Promo\r\n\r\nx\r\n", false), Some(Kind::Bulk));
    }

    #[test]
    fn auto_generated_is_only_a_hint() {
        let raw = "From: noreply@portal.example\r\nAuto-Submitted: auto-generated\r\nSubject: x\r\n\r\nx\r\n";
        let msg = text::parse(raw.as_bytes()).unwrap();
        let body = text::read_body(&msg);
        let facts = Facts {
            msg: &msg,
            body: &body,
            subject_folded: "x",
            own_folded: "x",
            sender: Some("noreply@portal.example"),
            sender_name: None,
            listed: false,
        };
        let verdict = detect(&facts);
        assert!(verdict.kind.is_none());
        assert_eq!(verdict.generated.as_deref(), Some("Auto-Submitted: auto-generated"));
    }
}
