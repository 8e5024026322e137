//! What a mail is: the order of the decisions.
//!
//! The order is what keeps the desk safe:
//! 1. machines (`automated`): bounces, automatic replies, lists, never answered;
//! 2. nothing readable: `malformed`;
//! 3. a listed address whose mail failed the receiving server's SPF/DMARC check: forged,
//!    `unauthorised`, whatever it says;
//! 4. configured partners (`partners`); then, for senders outside the directory: spam
//!    (`spam`), a platform or a contractor recognised by content, a system notification,
//!    otherwise `unauthorised`;
//! 5. for the schools' contacts: spam only on overwhelming signs, a written UAI of a school
//!    they are not listed for is `unauthorised`, else what they want (`kind`).

use mail_parser::Message;

use super::text::Body;
use super::{automated, fold, headers, kind, partners, quote, refs, spam, text, uai_find, urgency};
use super::{Context, Kind, TicketRef, Urgency};
use crate::directory::School;

/// Everything read from a mail before deciding what it is.
pub(crate) struct Mail<'m> {
    pub msg: &'m Message<'m>,
    pub body: Body,
    pub subject: String,
    pub folded_subject: String,
    pub folded_text: String,
    pub own: quote::Own,
    pub sender: Option<String>,
    pub sender_name: Option<String>,
    /// Schools the sender is correspondant or suppléant of.
    pub schools: Vec<&'m School>,
    pub refs: refs::Found,
    pub written: uai_find::Found,
    /// In a forward without a code of the sender's, the forwarded report's code when it is one
    /// of the sender's schools.
    pub forwarded_school: Option<crate::uai::Uai>,
    pub replying: bool,
    /// In-Reply-To, then References from the latest to the oldest.
    pub reply_ids: Vec<String>,
    /// The failing check when a listed sender's From was refuted by the desk's exchanger.
    pub forged_by: Option<&'static str>,
    /// An unlisted sender whose display name is a listed contact's ("Claire Dubois"
    /// <claire.dubois.lycee@…>): the impostor's first move, or a person's personal box.
    pub borrows_a_name: bool,
}

impl<'m> Mail<'m> {
    pub fn read(msg: &'m Message<'m>, ctx: &Context<'m>) -> Mail<'m> {
        let body = text::read_body(msg);
        let subject = headers::subject(msg);
        let (sender, sender_name) = headers::from(msg);
        let reply_ids = headers::reply_ids(msg);
        let folded_text = fold::fold(&body.text);
        let own = quote::own_text(&body.text, &folded_text);
        let folded_subject = fold::fold(&subject);
        let schools = sender.as_deref().map(|s| ctx.directory.schools_of(s)).unwrap_or_default();
        let forward = headers::is_forward(&folded_subject);
        // A forward carries someone else's history: only what the sender wrote refers to a ticket.
        let places = refs::Places {
            subject: &subject,
            reply_ids: if forward { &[] } else { &reply_ids },
            own_text: &own.text,
            quoted_text: if forward { "" } else { &body.text },
            nested: if forward { "" } else { &body.nested },
        };
        let refs = refs::find(&places, ctx.subject_label, ctx.own_domain);
        // Several schools' codes written: the one the mail says it is for.
        let named = |uai: &crate::uai::Uai| {
            ctx.directory.get(uai).is_some_and(|school| uai_find::names_school(&own.folded, &fold::fold(&school.name)))
        };
        let written = uai_find::find(&subject, &own.text, named);
        // A forward whose sender serves several schools and wrote no code: the forwarded
        // report's code, when it is one of theirs, tells which (the code stays the report's, not
        // the sender's word). A sender of one school is read as that school anyway.
        let forwarded_school = if forward && schools.len() > 1 && written.uai.is_none() && written.invalid.is_none() {
            uai_find::find("", &body.text, named).uai.filter(|uai| schools.iter().any(|s| s.uai == *uai))
        } else {
            None
        };
        let replying = !reply_ids.is_empty() || headers::is_reply(&folded_subject);
        // Only a listed address is worth forging: the check is made for those alone.
        let forged_by = if schools.is_empty() { None } else { crate::auth::forged(msg.raw_message(), ctx.authserv_id) };
        let borrows_a_name = schools.is_empty()
            && sender_name.as_deref().is_some_and(|name| {
                let name = fold::fold(name);
                ctx.directory.contact_named(name.split(|c: char| !c.is_ascii_lowercase())).is_some()
            });
        Mail {
            msg,
            body,
            subject,
            folded_subject,
            folded_text,
            own,
            sender,
            sender_name,
            schools,
            refs,
            written,
            forwarded_school,
            replying,
            reply_ids,
            forged_by,
            borrows_a_name,
        }
    }

    fn listed(&self) -> bool {
        !self.schools.is_empty()
    }

    /// The urgency the sender stated.
    pub fn urgency(&self) -> Option<Urgency> {
        urgency::find(self.urgency_subject(), &self.own.folded)
    }

    /// The subject as a statement of urgency: a reply's ("RE: … URGENT vidéoprojecteur") is
    /// the original's, not said again; a forward's is the sender's own choice.
    pub fn urgency_subject(&self) -> &str {
        if headers::is_reply(&self.folded_subject) {
            ""
        } else {
            &self.folded_subject
        }
    }

    /// A platform's own ticket id.
    pub fn platform_id(&self) -> Option<String> {
        partners::platform_id(&self.subject, &self.body.text)
            .or_else(|| headers::raw(self.msg, "x-remedy-incident").map(|v| headers::one_line(&v)))
            .or_else(|| headers::raw(self.msg, "rt-ticket").map(|v| headers::one_line(&v)))
    }

    /// Our ticket as a platform quotes it ("Référence externe").
    pub fn external_reference(&self) -> Option<TicketRef> {
        refs::external_reference(&self.folded_text)
    }

    /// What the headers and words say of a machine having written the mail.
    pub fn verdict(&self) -> automated::Verdict {
        automated::detect(&automated::Facts {
            msg: self.msg,
            body: &self.body,
            subject_folded: &self.folded_subject,
            own_folded: &self.own.folded,
            sender: self.sender.as_deref(),
            sender_name: self.sender_name.as_deref(),
            listed: self.listed(),
        })
    }

    /// One of the desk's tickets, written of in a contractor's words ("Ordre de travail",
    /// "notre technicien passera").
    fn contractor_ticket(&self) -> Option<TicketRef> {
        self.refs.ticket.filter(|_| partners::sounds_like_contractor(&self.folded_subject, &self.own.folded))
    }

    /// Whether an outsider writes as a partner does: a work order, one of the desk's tickets in
    /// a contractor's words, or a platform's notification.
    fn speaks_as_partner(&self, generated: bool) -> bool {
        self.refs.work_order.is_some() || self.contractor_ticket().is_some() || self.reads_like_platform(generated)
    }

    /// A platform's notification, or a platform's agent answering the desk's mail: its own
    /// ticket's hook beside the desk's (Zammad's "RE: [CESAME #…] … [Ticket#1013588]"), which
    /// no school's teacher writes.
    fn reads_like_platform(&self, generated: bool) -> bool {
        let own_id = self.platform_id().is_some();
        partners::looks_like_platform(&self.folded_text, own_id, generated) || own_id && self.refs.ticket.is_some()
    }

    /// The spam score and the bar that applies to this sender (see `spam`); `auto_submitted`
    /// from the [`automated::Verdict`].
    pub fn spam_assessment(&self, auto_submitted: bool) -> spam::Assessment {
        self.spam_facts(|facts| spam::assess(facts, self.spam_bar(auto_submitted)))
    }

    /// Why the mail is spam, if it is: [`Self::spam_assessment`]'s reason, the sender's bar
    /// weighed only where it decides (`spam::reason`).
    pub fn spam_reason(&self, auto_submitted: bool) -> Option<String> {
        self.spam_facts(|facts| spam::reason(facts, self.listed(), || self.spam_bar(auto_submitted)))
    }

    fn spam_facts<T>(&self, then: impl FnOnce(&spam::Facts<'_>) -> T) -> T {
        let reply_to =
            self.msg.reply_to().and_then(|a| a.first()).and_then(|a| a.address()).map(str::to_ascii_lowercase);
        let upstream = headers::upstream_spam(self.msg);
        let links = html_links(self.msg);
        then(&spam::Facts {
            subject_folded: &self.folded_subject,
            text_folded: &self.own.folded,
            attachments: &self.body.attachments,
            sender: self.sender.as_deref(),
            reply_to: reply_to.as_deref(),
            upstream: upstream.as_deref(),
            links: &links,
            borrowed_name: self.borrows_a_name,
        })
    }

    /// The bar this sender's mail must reach to be spam: an outsider's is lower when the mail
    /// says nothing of a school (no code, no need or fault at a school) nor of a ticket as a
    /// platform or a contractor writes of one.
    fn spam_bar(&self, auto_submitted: bool) -> spam::Bar {
        if self.listed() {
            spam::Bar::Contact
        } else if self.written.uai.is_some() || self.weights().reads_like_a_report() {
            spam::Bar::Report
        } else if self.speaks_as_partner(false) {
            spam::Bar::Partner
        } else if auto_submitted {
            spam::Bar::System
        } else {
            spam::Bar::Stranger
        }
    }

    /// What the subject and the sender's own words say of a need and of a fault.
    pub fn weights(&self) -> kind::Weights {
        kind::weights(&self.folded_subject, &self.own.folded)
    }
}

/// The addresses the HTML parts link to, lower case, one per line.
fn html_links(msg: &Message<'_>) -> String {
    static HREF: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r#"(?i)href\s*=\s*["']?([^"'\s>]+)"#).expect("valid pattern"));
    let mut links = String::new();
    for part in msg.parts.iter() {
        if let mail_parser::PartType::Html(html) = &part.body {
            for c in HREF.captures_iter(html).take(50) {
                links.push_str(&c[1].to_ascii_lowercase());
                links.push('\n');
            }
        }
    }
    links
}

/// The kind of a mail and why.
pub(crate) fn kind(mail: &Mail<'_>, ctx: &Context<'_>) -> (Kind, String) {
    let verdict = mail.verdict();
    // A configured platform's notifications are machine mail by nature (GLPI marks them
    // Auto-Submitted, RT Precedence: bulk): read, not set aside; its bounces stay bounces.
    let platform = mail.sender.as_deref().is_some_and(|s| partners::configured(s, ctx.platforms));
    // A bounce told by its words alone gives way to an upstream filter's spam verdict (a fake
    // carrier's "Échec de livraison" scored by Barracuda).
    let words_against_verdict = || verdict.bounce_by_words && headers::upstream_spam(mail.msg).is_some();
    match verdict.kind {
        Some((Kind::Bounce, reason)) if !words_against_verdict() => return (Kind::Bounce, reason),
        Some((_, reason)) if platform && mail.forged_by.is_none() => {
            return (Kind::PlatformUpdate, format!("sender is a configured platform ({reason})"));
        }
        // RT's news of a ticket: `Precedence: bulk` and its subject tag, from outside.
        Some((Kind::Bulk, reason)) if verdict.bulk_by_precedence && !mail.listed() && mail.platform_id().is_some() => {
            return (Kind::PlatformUpdate, format!("ticketing platform's tag ({reason})"));
        }
        // RT's autoreply to the desk's mail (`Auto-Submitted: auto-replied`): the one mail that
        // gives the desk RT's ticket number.
        Some((Kind::AutoReply, reason)) if !mail.listed() => {
            if let Some(ticket) = verdict.platform_header.as_deref() {
                return (Kind::PlatformUpdate, format!("RT-Ticket: {ticket} ({reason})"));
            }
            // Another platform's receipt names its ticket in the subject, beside the desk's
            // ("Merci pour votre demande ([CESAME #…] Routeur) [Ticket#1018906]", Zammad's ticket
            // hook): the platform, unless someone's absence is told.
            let platform_ticket = partners::platform_id(&mail.subject, "").filter(|_| mail.refs.ticket.is_some());
            if let Some(ticket) = platform_ticket.filter(|_| !verdict.absent) {
                return (Kind::PlatformUpdate, format!("platform's receipt of its ticket {ticket} ({reason})"));
            }
            // A robot's notice alone ("message automatique, merci de ne pas répondre") about a
            // work order or a platform's ticket: the partner's own robot, read as the partner.
            if !(verdict.notice_only && mail.speaks_as_partner(verdict.generated.is_some())) {
                return (Kind::AutoReply, reason);
            }
        }
        // A bounce in words against an upstream verdict: read on, the spam score decides.
        Some((Kind::Bounce, _)) => {}
        Some(decided) => return decided,
        None => {}
    }
    let Some(sender) = mail.sender.as_deref() else {
        if mail.own.text.trim().is_empty() {
            return (Kind::Malformed, "no From and no text".into());
        }
        return (Kind::Unauthorised, "no From address".into());
    };
    if mail.subject.is_empty() && mail.body.text.trim().is_empty() && mail.body.attachments.is_empty() {
        return (Kind::Malformed, "empty mail".into());
    }
    if let Some(method) = mail.forged_by {
        return (Kind::Unauthorised, format!("forged From: Authentication-Results: {method}"));
    }
    if platform {
        return (Kind::PlatformUpdate, "sender is a configured platform".into());
    }
    if partners::configured(sender, ctx.contractors) {
        return (Kind::ContractorUpdate, "sender is a configured contractor".into());
    }
    if let Some(reason) = mail.spam_reason(verdict.auto_submitted) {
        return (Kind::Spam, reason);
    }
    if mail.listed() {
        contact(mail, sender, ctx)
    } else {
        outsider(mail, verdict.generated)
    }
}

/// A sender outside the directory: a partner recognised by what it writes, a system, or
/// someone not entitled to open tickets.
fn outsider(mail: &Mail<'_>, generated: Option<String>) -> (Kind, String) {
    let contractor = mail.contractor_ticket();
    let by_ticket = |ticket: TicketRef| {
        (Kind::ContractorUpdate, format!("ticket {ticket} in a contractor's words, from outside the directory"))
    };
    // A person answering under a platform's tag and the desk's ("RE: [GLPI #0008109] [CESAME
    // #…] Ordre de travail …": GLPI relayed the work order to the firm) in a contractor's words,
    // with no notification's fields: the contractor, not the platform.
    let in_person = generated.is_none() && !partners::looks_like_platform(&mail.folded_text, false, false);
    if let Some(ticket) = contractor.filter(|_| in_person) {
        return by_ticket(ticket);
    }
    if mail.reads_like_platform(generated.is_some()) {
        return (Kind::PlatformUpdate, "ticketing platform notification".into());
    }
    if let Some(order) = mail.refs.work_order {
        return (Kind::ContractorUpdate, format!("work order OT-{order} from outside the directory"));
    }
    if let Some(ticket) = contractor {
        return by_ticket(ticket);
    }
    if let Some(reason) = generated {
        return (Kind::AutoReply, reason);
    }
    match &mail.written.uai {
        Some(uai) => (Kind::Unauthorised, format!("sender not listed for {uai}")),
        None => (Kind::Unauthorised, "sender not in the directory".into()),
    }
}

/// A school's correspondant or suppléant.
fn contact(mail: &Mail<'_>, sender: &str, ctx: &Context<'_>) -> (Kind, String) {
    if let Some(uai) = &mail.written.uai {
        let other_school = ctx.directory.get(uai).is_some_and(|school| !school.is_contact(sender));
        if other_school {
            return (Kind::Unauthorised, format!("sender not listed for {uai}"));
        }
    }
    let forward = headers::is_forward(&mail.folded_subject);
    // A new mail (neither a reply nor a forward) that only quotes an old ticket below: the
    // sender pasted history, the mail may well be about something new.
    let pasted = mail.refs.from == "quoted text" && !mail.replying && !forward && {
        let w = kind::weights(&mail.folded_subject, &mail.own.folded);
        w.need + w.fault > 0
    };
    let (kind, why) = kind::intent(&kind::Facts {
        subject: &mail.folded_subject,
        own_text: &mail.own.folded,
        forwarded: forward.then_some(mail.folded_text.as_str()),
        has_ticket: mail.refs.ticket.is_some() && !pasted,
        replying: mail.replying,
        model: kind::model_or_shipped(ctx.model),
    });
    match mail.refs.ticket {
        Some(ticket) if !matches!(kind, Kind::NewIncident | Kind::NewRequest) => {
            (kind, format!("{why} ({ticket} from {})", mail.refs.from))
        }
        _ => (kind, why.to_string()),
    }
}
