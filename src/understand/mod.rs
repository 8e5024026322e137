//! Understanding a mail: from raw RFC 5322 bytes to what it is for the desk.
//!
//! Pure code, no I/O: the same function serves the daemon and `guichet inspect`.
//!
//! [`understand`] reads the mail (`text`, `headers`, `html`), separates the sender's own words
//! from quoted history (`quote`), decides what it is in a fixed order (`decide`), and keeps
//! what the sender stated: urgency (`urgency`) and UAI (`uai_find`) from the subject and their
//! own text, ticket references (`refs`) from everywhere a reference may hide.

mod automated;
mod decide;
pub mod dsn;
pub mod explain;
mod fold;
mod headers;
mod html;
mod kind;
mod partners;
mod quote;
mod refs;
mod roles;
mod spam;
mod text;
mod uai_find;
mod urgency;

use serde::Serialize;

use crate::directory::Directory;
use crate::uai::Uai;
pub use crate::vocab::{ClosureAnswer, TicketRef, Urgency};
/// Lower case without accents, as the understanding compares words.
pub(crate) use fold::fold as folded;
pub use kind::model;
pub use roles::{load_kind_model, Roles};

/// What a mail is, in the vocabulary of the corpus labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    NewIncident,
    NewRequest,
    FollowUp,
    Reminder,
    ClosureConfirmation,
    ListRequest,
    AutoReply,
    Bounce,
    Bulk,
    Unauthorised,
    Spam,
    Malformed,
    ContractorUpdate,
    PlatformUpdate,
}

impl Kind {
    /// Whether a mail of this kind needs an authenticated sender when `[auth] require` is
    /// set: those that open a ticket or change one (history, state, contractor or platform
    /// updates). Automatic mails (auto-replies, bounces, lists) are recorded only and would
    /// rarely pass; refusals, list requests and quarantined kinds change no ticket.
    pub fn needs_authentication(self) -> bool {
        match self {
            Kind::NewIncident
            | Kind::NewRequest
            | Kind::FollowUp
            | Kind::Reminder
            | Kind::ClosureConfirmation
            | Kind::ContractorUpdate
            | Kind::PlatformUpdate => true,
            Kind::ListRequest
            | Kind::AutoReply
            | Kind::Bounce
            | Kind::Bulk
            | Kind::Unauthorised
            | Kind::Spam
            | Kind::Malformed => false,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::NewIncident => "new_incident",
            Kind::NewRequest => "new_request",
            Kind::FollowUp => "follow_up",
            Kind::Reminder => "reminder",
            Kind::ClosureConfirmation => "closure_confirmation",
            Kind::ListRequest => "list_request",
            Kind::AutoReply => "auto_reply",
            Kind::Bounce => "bounce",
            Kind::Bulk => "bulk",
            Kind::Unauthorised => "unauthorised",
            Kind::Spam => "spam",
            Kind::Malformed => "malformed",
            Kind::ContractorUpdate => "contractor_update",
            Kind::PlatformUpdate => "platform_update",
        }
    }
}

/// An attachment as recorded on a ticket (content is not kept in the database).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    pub name: String,
    pub content_type: String,
    pub size: usize,
}

/// What the desk knows of its own identity, to recognise replies to its own mails.
#[derive(Debug, Clone)]
pub struct Context<'a> {
    pub directory: &'a Directory,
    /// Domain of the desk's own Message-IDs (`ack-2026-000123@<domain>`); `None` accepts any.
    pub own_domain: Option<&'a str>,
    /// The label of the subject tag, `CESAME` in `[CESAME #2026-000123]`.
    pub subject_label: &'a str,
    /// Addresses or `@domain`s of maintenance contractors (lower case).
    pub contractors: &'a [String],
    /// Addresses or `@domain`s of ticketing platforms (lower case).
    pub platforms: &'a [String],
    /// The authserv-id of the desk's own mail exchanger (`[auth] authserv_id`): only its
    /// `Authentication-Results` can make a mail forged (`auth::forged`).
    pub authserv_id: Option<&'a str>,
    /// The desk's own learned kind model (`[desk] kind_model`, `guichet corpus train`); None:
    /// the shipped one.
    pub model: Option<&'a model::Model>,
}

/// Everything guichet read from one mail.
#[derive(Debug, Clone, Serialize)]
pub struct Understanding {
    pub kind: Kind,
    pub urgency: Option<Urgency>,
    /// The UAI the sender wrote, when its check letter is right.
    pub uai: Option<Uai>,
    /// `Some(false)` when a code was written with a wrong check letter; `None` when none.
    pub uai_valid: Option<bool>,
    /// The code as written when its check letter is wrong, to explain it in the answer.
    pub invalid_uai: Option<String>,
    pub ticket_ref: Option<TicketRef>,
    /// From address, lower case.
    pub sender: Option<String>,
    /// Display name of the sender, sanitised (single line).
    pub sender_name: Option<String>,
    /// The school guichet settles on: the written UAI, else the sender's only school.
    pub school: Option<Uai>,
    /// Message-ID without angle brackets.
    pub message_id: Option<String>,
    /// Its References, oldest first (without brackets): the thread an answer continues.
    pub references: Vec<String>,
    /// In-Reply-To, then References from the latest to the oldest.
    #[serde(skip)]
    pub reply_ids: Vec<String>,
    /// The value of its [`LOOP_HEADER`], when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loop_marker: Option<String>,
    /// The check that refuted a listed sender's From (SPF, DKIM, DMARC), per [`crate::auth::forged`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub forged_by: Option<&'static str>,
    /// Subject decoded and sanitised to one line (no CR/LF/control characters).
    pub subject: String,
    /// The mail's text (quoted history and signatures may remain), plain text.
    pub text: String,
    /// What the sender wrote: `text` without the quoted or forwarded history below it. What
    /// they say is read from it, never from the mail they answer.
    pub own_text: String,
    pub attachments: Vec<Attachment>,
    /// A work order reference `OT-YYYY-NNNNNN` when present (contractor mail).
    pub work_order: Option<TicketRef>,
    /// A ticketing platform's own ticket id (e.g. `INC000001234567`).
    pub platform_id: Option<String>,
    /// What the sender's own words say of a technical closure (news, reminders, closures).
    pub closure_answer: ClosureAnswer,
    /// Why the mail got its kind, in a few words, for logs and review.
    pub reason: String,
    /// For a bounce: the mails it returns (their Message-IDs) and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub returned: Option<dsn::Returned>,
}

/// The header guichet writes on every mail it sends, naming the desk's address: a mail that
/// carries it is guichet's own (a journal copy) or another instance's, never answered.
pub const LOOP_HEADER: &str = "X-Guichet-Loop";

impl Understanding {
    /// A listed address in From, but DMARC/SPF failed: answering would write to the person
    /// being impersonated.
    pub fn is_forged(&self) -> bool {
        self.forged_by.is_some()
    }

    /// Whether the mail answers one of the notices guichet sends agents (`<agent-…@…>` in
    /// its threading headers): a command mail, whoever sends it.
    pub fn replies_to_agent_mail(&self) -> bool {
        self.reply_ids.iter().any(|id| id.starts_with("agent-"))
    }

    /// The line `guichet inspect` prints for one file.
    pub fn inspect_json(&self, file: &str) -> serde_json::Value {
        serde_json::json!({
            "file": file,
            "kind": self.kind.as_str(),
            "urgency": self.urgency.map(Urgency::as_str),
            "uai": self.uai.as_ref().map(Uai::as_str),
            "uai_valid": self.uai_valid,
            "ticket_ref": self.ticket_ref.map(|t| t.to_string()),
            "sender": self.sender,
            "school": self.school.as_ref().map(Uai::as_str),
            "reason": self.reason,
        })
    }
}

/// The sender's own words in a body text: quoted and forwarded history left out (see `quote`),
/// as the understanding reads them; for the desk agents' commands.
pub(crate) fn own_words(text: &str) -> String {
    quote::own_text(text, &fold::fold(text)).text
}

/// The subject and the sender's own text of `raw`, folded, as the learned kind model's entry
/// points read them; None when no header can be read.
fn subject_and_own(raw: &[u8]) -> Option<(String, String)> {
    let msg = text::parse(raw)?;
    let body = text::read_body(&msg);
    let own = quote::own_text(&body.text, &fold::fold(&body.text));
    Some((fold::fold(&headers::subject(&msg)), own.folded))
}

/// The text the learned kind model reads in `raw` (subject and the sender's own text, folded,
/// abbreviations expanded), for training it; None when no header can be read.
pub fn model_text(raw: &[u8]) -> Option<String> {
    let (subject, own) = subject_and_own(raw)?;
    Some(kind::model_text(&subject, &own))
}

/// The kind the learned second reading gives `raw`, a mail about a ticket the rules read as
/// `ruled` by a weak sign or by default (see `kind::second_reading`); None when no header can
/// be read. For measuring the second reading on readings the rules made before.
pub fn second_kind(raw: &[u8], ruled: Kind, model: &model::Model) -> Option<Kind> {
    let (subject, own) = subject_and_own(raw)?;
    Some(kind::second_kind(&subject, &own, ruled, model))
}

/// What the learned model reads in `raw`, a new mail the rules weighed at nothing either way
/// (see `kind::intent`): a change request or the list, None for an incident or when no header
/// can be read. For measuring that reading on readings the rules made before.
pub fn new_mail_reading(raw: &[u8], model: &model::Model) -> Option<Kind> {
    let (subject, own) = subject_and_own(raw)?;
    kind::new_mail_reading(&subject, &own, model)
}

/// Reads one mail. Never panics, whatever the bytes.
pub fn understand(raw: &[u8], ctx: &Context<'_>) -> Understanding {
    let Some(msg) = text::parse(raw) else {
        let mut text = String::new();
        text::push_text(&mut text, &text::decode_legacy(&raw[..raw.len().min(text::MAX_TEXT)]), text::MAX_TEXT);
        return Understanding { text, ..empty(Kind::Malformed, "no header could be read".into()) };
    };
    let mail = decide::Mail::read(&msg, ctx);
    let (kind, reason) = decide::kind(&mail, ctx);

    // What the sender stated counts for reports, and is kept for review when unauthorised;
    // a machine's or a partner's "Urgence"/"Priorité" is not the school's.
    let reads_content = matches!(
        kind,
        Kind::NewIncident
            | Kind::NewRequest
            | Kind::FollowUp
            | Kind::Reminder
            | Kind::ClosureConfirmation
            | Kind::ListRequest
            | Kind::Unauthorised
    );
    let (urgency, uai, uai_valid, invalid_uai) = if reads_content {
        let valid = match (&mail.written.uai, &mail.written.invalid) {
            (Some(_), _) => Some(true),
            (None, Some(_)) => Some(false),
            (None, None) => None,
        };
        // A closure states no level: its "rien d'urgent" is of a remark for later.
        let urgency = if kind == Kind::ClosureConfirmation { None } else { mail.urgency() };
        (urgency, mail.written.uai.clone(), valid, mail.written.invalid.clone())
    } else {
        (None, None, None, None)
    };
    let school = if reads_content && kind != Kind::Unauthorised {
        uai.clone().or_else(|| mail.forwarded_school.clone()).or_else(|| match mail.schools.as_slice() {
            [only] => Some(only.uai.clone()),
            _ => None,
        })
    } else {
        None
    };
    let (ticket_ref, work_order) = match kind {
        Kind::Spam | Kind::Bulk | Kind::Malformed => (None, None),
        Kind::PlatformUpdate => (mail.external_reference().or(mail.refs.ticket), mail.refs.work_order),
        _ => (mail.refs.ticket, mail.refs.work_order),
    };
    let platform_id = if kind == Kind::PlatformUpdate { mail.platform_id() } else { None };
    let closure_answer =
        kind::closure_answer(&mail.folded_subject, &mail.own.folded, kind, kind::model_or_shipped(ctx.model));
    let message_id = headers::message_id(&msg);
    let references = headers::references(&msg);
    let loop_marker = headers::raw(&msg, LOOP_HEADER).map(|v| v.trim().to_string());
    let decide::Mail { subject, sender, sender_name, body, reply_ids, forged_by, own, .. } = mail;
    Understanding {
        kind,
        urgency,
        uai,
        uai_valid,
        invalid_uai,
        ticket_ref,
        sender,
        sender_name,
        school,
        message_id,
        references,
        reply_ids,
        loop_marker,
        forged_by,
        subject,
        text: body.text,
        own_text: own.text,
        attachments: body.attachments,
        work_order,
        platform_id,
        returned: (kind == Kind::Bounce).then(|| dsn::returned(&msg)),
        closure_answer,
        reason,
    }
}

/// An understanding with nothing read.
fn empty(kind: Kind, reason: String) -> Understanding {
    Understanding {
        kind,
        urgency: None,
        uai: None,
        uai_valid: None,
        invalid_uai: None,
        ticket_ref: None,
        sender: None,
        sender_name: None,
        school: None,
        message_id: None,
        references: Vec::new(),
        reply_ids: Vec::new(),
        loop_marker: None,
        forged_by: None,
        subject: String::new(),
        text: String::new(),
        own_text: String::new(),
        attachments: Vec::new(),
        work_order: None,
        platform_id: None,
        returned: None,
        closure_answer: ClosureAnswer::Unclear,
        reason,
    }
}

#[cfg(test)]
mod tests;
