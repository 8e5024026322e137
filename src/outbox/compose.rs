//! Building an outgoing RFC 5322 message from a rendered template.
//!
//! Everything that reaches a header is reduced to one clean line first: a decoded subject
//! may carry CR/LF (header injection) and must never split a header of ours.

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;

use super::render::Rendered;

/// Header that marks guichet's own mail, to recognise it coming back (loops, journal).
pub use crate::understand::LOOP_HEADER;

/// Who the desk is, for every outgoing mail.
#[derive(Debug, Clone)]
pub struct Identity {
    pub address: String,
    pub display_name: String,
    pub message_id_domain: String,
}

/// The thread an answer belongs to.
#[derive(Debug, Clone, Default)]
pub struct Thread {
    /// The incoming Message-ID (without brackets) being answered.
    pub in_reply_to: Option<String>,
    /// Its own References, oldest first (without brackets).
    pub references: Vec<String>,
}

impl Thread {
    /// The thread of an answer to `mail`: In-Reply-To its Message-ID, its References kept.
    pub fn answering(mail: &crate::understand::Understanding) -> Thread {
        Thread { in_reply_to: mail.message_id.clone(), references: mail.references.clone() }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ComposeError {
    #[error("bad address {0:?}: {1}")]
    Address(String, lettre::address::AddressError),
    #[error("building the message: {0}")]
    Build(#[from] lettre::error::Error),
}

/// Reduces a value to one printable line (no control characters), at most `max` chars.
pub fn one_line(value: &str, max: usize) -> String {
    let mut out = String::with_capacity(value.len().min(max));
    let mut last_space = false;
    for c in value.chars() {
        let c = if c.is_control() || c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (last_space || out.is_empty()) {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
        if out.chars().count() >= max {
            break;
        }
    }
    out.trim_end().to_string()
}

/// A Message-ID is kept only if it is a plausible `left@right` token.
fn clean_id(id: &str) -> Option<String> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let ok = !id.is_empty()
        && id.len() <= 250
        && id.contains('@')
        && id.bytes().all(|b| b.is_ascii_graphic() && b != b'<' && b != b'>');
    ok.then(|| id.to_string())
}

/// The Message-ID of a mail of ours: `<purpose-2026-000123@domain>` carries the ticket.
pub fn message_id(identity: &Identity, purpose: &str, key: &str) -> String {
    format!("{purpose}-{key}@{}", identity.message_id_domain)
}

/// A file sent with a mail (the original attachments go with a work order).
#[derive(Debug, Clone)]
pub struct File {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// Builds the message; returns its wire bytes. With `automatic`, an answer (in a thread) is
/// marked `Auto-Submitted: auto-replied`, anything else `auto-generated` (RFC 3834), and
/// `Precedence: auto_reply`; without (mail to a peer platform that drops or silences such
/// mail), only the loop header says it is guichet's.
pub fn compose(
    identity: &Identity,
    to: &str,
    rendered: &Rendered,
    message_id: &str,
    thread: &Thread,
    files: &[File],
    automatic: bool,
) -> Result<Vec<u8>, ComposeError> {
    let from_address = identity.address.parse().map_err(|e| ComposeError::Address(identity.address.clone(), e))?;
    let to_address = to.parse().map_err(|e| ComposeError::Address(to.to_string(), e))?;
    let mut builder = Message::builder()
        .from(Mailbox::new(Some(one_line(&identity.display_name, 100)), from_address))
        .to(Mailbox::new(None, to_address))
        .subject(one_line(&rendered.subject, 250))
        .message_id(Some(format!("<{message_id}>")))
        .date_now()
        .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str(LOOP_HEADER), identity.address.clone()));
    if automatic {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("Auto-Submitted"),
                if thread.in_reply_to.is_some() { "auto-replied" } else { "auto-generated" }.into(),
            ))
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Precedence"), "auto_reply".into()));
    }
    if let Some(parent) = thread.in_reply_to.as_deref().and_then(clean_id) {
        let mut refs: Vec<String> = thread.references.iter().filter_map(|r| clean_id(r)).collect();
        refs.retain(|r| *r != parent);
        refs.push(parent.clone());
        // Keep the thread root and the latest ids: long chains are cut like MUAs do.
        if refs.len() > 10 {
            refs.drain(1..refs.len() - 9);
        }
        let references = refs.iter().map(|r| format!("<{r}>")).collect::<Vec<_>>().join(" ");
        builder = builder.in_reply_to(format!("<{parent}>")).references(references);
    }
    let text = SinglePart::builder().header(ContentType::TEXT_PLAIN).body(rendered.text.clone());
    let body = match &rendered.html {
        Some(html) => MultiPart::alternative()
            .singlepart(text)
            .singlepart(SinglePart::builder().header(ContentType::TEXT_HTML).body(html.clone())),
        None => MultiPart::mixed().singlepart(text),
    };
    let message = if files.is_empty() {
        builder.multipart(body)?
    } else {
        let mut mixed = MultiPart::mixed().multipart(body);
        for file in files {
            let content_type = ContentType::parse(&file.content_type)
                .unwrap_or_else(|_| ContentType::parse("application/octet-stream").unwrap_or(ContentType::TEXT_PLAIN));
            mixed = mixed.singlepart(Attachment::new(one_line(&file.name, 200)).body(file.bytes.clone(), content_type));
        }
        builder.multipart(mixed)?
    };
    Ok(message.formatted())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> Identity {
        Identity {
            address: "cesame@region.example".into(),
            display_name: "Service CESAME".into(),
            message_id_domain: "cesame.example".into(),
        }
    }

    fn rendered(subject: &str) -> Rendered {
        Rendered { subject: subject.into(), text: "Bonjour,\n".into(), html: Some("<p>Bonjour,</p>".into()) }
    }

    #[test]
    fn injected_header_lines_stay_in_the_subject() {
        let raw = compose(
            &identity(),
            "a@x.example",
            &rendered("Panne\r\nBcc: victim@evil.example\r\n\r\nbody"),
            "ack-2026-000001@cesame.example",
            &Thread::default(),
            &[],
            true,
        )
        .unwrap();
        let text = String::from_utf8_lossy(&raw);
        let headers = text.split("\r\n\r\n").next().unwrap();
        assert!(!headers.lines().any(|l| l.to_ascii_lowercase().starts_with("bcc:")), "{headers}");
    }

    #[test]
    fn mail_to_a_peer_that_drops_automatic_mail_carries_only_the_loop_header() {
        let raw = compose(
            &identity(),
            "glpi@x.example",
            &rendered("Mise à jour"),
            "sync-1@c.example",
            &Thread::default(),
            &[],
            false,
        )
        .unwrap();
        let text = String::from_utf8_lossy(&raw).to_ascii_lowercase();
        let headers = text.split("\r\n\r\n").next().unwrap();
        assert!(!headers.contains("auto-submitted:") && !headers.contains("precedence:"), "{headers}");
        assert!(headers.contains("x-guichet-loop:"), "{headers}");
    }

    #[test]
    fn answers_are_threaded_and_marked_automatic() {
        let thread = Thread { in_reply_to: Some("m1@school.example".into()), references: vec!["root@x".into()] };
        let raw = compose(
            &identity(),
            "a@x.example",
            &rendered("Accusé"),
            "ack-2026-000001@cesame.example",
            &thread,
            &[],
            true,
        )
        .unwrap();
        let parsed = mail_parser::MessageParser::default().parse(&raw).unwrap();
        assert_eq!(parsed.message_id(), Some("ack-2026-000001@cesame.example"));
        assert_eq!(parsed.in_reply_to().as_text(), Some("m1@school.example"));
        assert_eq!(parsed.header_raw("Auto-Submitted").map(str::trim), Some("auto-replied"));
        assert_eq!(parsed.header_raw(LOOP_HEADER).map(str::trim), Some("cesame@region.example"));
        assert!(parsed.body_html(0).unwrap().contains("Bonjour"));
    }

    #[test]
    fn an_answer_continues_the_thread_of_the_mail() {
        let raw = b"From: a@b.example\r\nMessage-ID: <m3@b.example>\r\nReferences: <r1@x> <r2@x>\r\nSubject: x\r\n\r\ntexte\r\n";
        let directory = crate::directory::Directory::default();
        let roles = crate::understand::Roles::default();
        let mail = crate::understand::understand(raw, &roles.context(&directory));
        let thread = Thread::answering(&mail);
        assert_eq!(thread.in_reply_to.as_deref(), Some("m3@b.example"));
        assert_eq!(thread.references, ["r1@x", "r2@x"]);
    }

    #[test]
    fn one_line_removes_controls() {
        assert_eq!(one_line("a\r\n\tb\u{7}c  ", 50), "a b c");
        assert_eq!(one_line("abcdef", 3), "abc");
    }
}
