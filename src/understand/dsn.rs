//! What a bounce returns: the Message-IDs of the mails it reports undeliverable and why.
//!
//! RFC 3464 delivery status notifications (Postfix, OpenSMTPD, Exim, Exchange in its
//! standard form) are `multipart/report; report-type=delivery-status` with a
//! `message/delivery-status` part (`Final-Recipient`, `Status`, `Diagnostic-Code`) and the
//! returned mail as `message/rfc822` or only its header as `text/rfc822-headers`. Bounces
//! outside that form quote the returned header in their text: its `Message-ID` line is read.

use mail_parser::{Message, MessageParser, MimeHeaders, PartType};
use regex::Regex;
use std::sync::LazyLock;

/// The mails a bounce returns, and its reason in one line.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Returned {
    pub message_ids: Vec<String>,
    pub reason: String,
}

static QUOTED_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?im)^[ \t>]*Message-ID:[ \t]*<([^<>\s]+)>").expect("message-id pattern"));

/// Reads a bounce (already known to be one).
pub fn returned(msg: &Message<'_>) -> Returned {
    let mut out = Returned::default();
    let mut status = Vec::new();
    for part in msg.parts.iter().skip(1) {
        let (ctype, subtype) = part
            .content_type()
            .map(|c| (c.ctype().to_ascii_lowercase(), c.subtype().unwrap_or_default().to_ascii_lowercase()))
            .unwrap_or_default();
        match (&part.body, ctype.as_str(), subtype.as_str()) {
            (PartType::Message(inner), _, _) => out.message_ids.extend(inner.message_id().map(str::to_string)),
            (_, "text", "rfc822-headers") => {
                let mut header = part.contents().to_vec();
                header.extend_from_slice(b"\r\n\r\n");
                if let Some(inner) = MessageParser::default().parse_headers(&header) {
                    out.message_ids.extend(inner.message_id().map(str::to_string));
                }
            }
            (_, "message", "delivery-status" | "global-delivery-status") => {
                status.push(String::from_utf8_lossy(part.contents()).into_owned())
            }
            _ => {}
        }
    }
    if out.message_ids.is_empty() {
        // The body only: the bounce's own Message-ID is in its header.
        let body = msg.raw_message().get(msg.root_part().offset_body as usize..).unwrap_or_default();
        let text = String::from_utf8_lossy(body);
        out.message_ids.extend(QUOTED_ID.captures_iter(&text).map(|c| c[1].to_string()));
    }
    out.message_ids.dedup();
    out.reason = reason(&status.join("\n"))
        .unwrap_or_else(|| msg.subject().map_or_else(|| "non remis".to_string(), |s| s.trim().to_string()));
    out
}

/// `Status` and `Diagnostic-Code` of the first failed recipient, in one line.
fn reason(status: &str) -> Option<String> {
    let field = |name: &str| {
        status.lines().find_map(|l| {
            let (key, value) = l.split_once(':')?;
            key.trim().eq_ignore_ascii_case(name).then(|| value.trim().to_string())
        })
    };
    match (field("Status"), field("Diagnostic-Code")) {
        (Some(s), Some(d)) => Some(format!("{s} {d}")),
        (s, d) => s.or(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> Returned {
        returned(&MessageParser::default().parse(raw.as_bytes()).unwrap())
    }

    /// As Postfix's bounce(8) writes one (RFC 3464, the returned mail's header only).
    #[test]
    fn a_postfix_dsn_names_the_returned_mail_and_the_diagnostic() {
        let raw = "From: MAILER-DAEMON@mx.region.example (Mail Delivery System)\r\n\
            Subject: Undelivered Mail Returned to Sender\r\nMessage-Id: <20261205.ABC@mx.region.example>\r\n\
            Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n\
            Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
            --B\r\nContent-Type: text/plain\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered.\r\n\
            --B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.region.example\r\n\r\n\
            Final-Recipient: rfc822; ot@maintenance.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\
            Diagnostic-Code: smtp; 550 5.1.1 <ot@maintenance.example>: Recipient address rejected\r\n\
            --B\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: CESAME <cesame@region.example>\r\n\
            Subject: OT-2026-000042\r\nMessage-ID: <ot-2026-000042.1@cesame.example>\r\n--B--\r\n";
        let r = read(raw);
        assert_eq!(r.message_ids, ["ot-2026-000042.1@cesame.example"]);
        assert_eq!(r.reason, "5.1.1 smtp; 550 5.1.1 <ot@maintenance.example>: Recipient address rejected");
    }

    #[test]
    fn a_bounce_in_plain_text_quotes_the_returned_header() {
        let raw =
            "From: postmaster@lycee.example\r\nSubject: Delivery failure\r\nMessage-ID: <own@lycee.example>\r\n\r\n\
            Your message could not be delivered.\r\n\r\n--- Original message ---\r\n\
            Message-ID: <ack-2026-000007@cesame.example>\r\nSubject: Accusé de réception\r\n";
        let r = read(raw);
        assert_eq!(r.message_ids, ["ack-2026-000007@cesame.example"]);
        assert_eq!(r.reason, "Delivery failure");
    }
}
