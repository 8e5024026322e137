//! Header access and sanitising.
//!
//! Subject and display name are reused in outgoing headers (the acknowledgement's subject), so
//! whatever a sender encodes in them (RFC 2047 words decoding to CR LF + `Bcc:`, bidi
//! overrides, NULs) is reduced here to one plain line.

use std::borrow::Cow;

use mail_parser::{Message, MimeHeaders};

use super::text::decode_legacy;

/// Longest subject or name kept; real subjects are far shorter, and a header line has a limit.
const MAX_LINE_CHARS: usize = 400;

/// One line of printable text: controls and line/paragraph separators become spaces, bidi
/// controls vanish, runs of spaces collapse, ends are trimmed, length is capped.
pub(crate) fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(MAX_LINE_CHARS * 2));
    let mut chars = 0;
    let mut pending_space = false;
    for c in text.chars() {
        let c = match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{feff}' => continue,
            '\u{2028}' | '\u{2029}' => ' ',
            c if c.is_control() => ' ',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if chars >= MAX_LINE_CHARS {
            break;
        }
        if pending_space {
            out.push(' ');
            chars += 1;
            pending_space = false;
        }
        out.push(c);
        chars += 1;
    }
    out
}

/// Raw values (as on the wire, trimmed) of every header named `name`: only those are decoded.
pub(crate) fn raw_all<'m>(msg: &'m Message<'_>, name: &'m str) -> impl Iterator<Item = Cow<'m, str>> + 'm {
    root_headers(msg).filter(move |h| h.name.as_str().eq_ignore_ascii_case(name)).filter_map(move |h| value(msg, h))
}

/// Every header of the root part: name and raw value (trimmed).
pub(crate) fn all_raw<'m>(msg: &'m Message<'_>) -> impl Iterator<Item = (&'m str, Cow<'m, str>)> + 'm {
    root_headers(msg).filter_map(move |h| Some((h.name.as_str(), value(msg, h)?)))
}

fn root_headers<'m>(msg: &'m Message<'_>) -> std::slice::Iter<'m, mail_parser::Header<'m>> {
    msg.parts.first().map(|root| root.headers.as_slice()).unwrap_or_default().iter()
}

/// A header's raw value, trimmed; lossy UTF-8.
fn value<'m>(msg: &'m Message<'_>, h: &mail_parser::Header<'_>) -> Option<Cow<'m, str>> {
    let bytes = msg.raw_message.get(h.offset_start as usize..h.offset_end as usize)?;
    Some(match String::from_utf8_lossy(bytes) {
        Cow::Borrowed(s) => Cow::Borrowed(s.trim()),
        Cow::Owned(s) => Cow::Owned(s.trim().to_string()),
    })
}

/// Raw value of the first header named `name`.
pub(crate) fn raw<'m>(msg: &'m Message<'_>, name: &'m str) -> Option<Cow<'m, str>> {
    raw_all(msg, name).next()
}

/// The decoded subject, one line. A raw 8-bit subject (no RFC 2047, legacy charset) is read as
/// UTF-8 when it is, else as windows-1252, instead of keeping replacement characters.
pub(crate) fn subject(msg: &Message<'_>) -> String {
    let Some(root) = msg.parts.first() else { return String::new() };
    let decoded = root.headers.iter().find(|h| h.name.as_str().eq_ignore_ascii_case("subject"));
    let Some(header) = decoded else { return String::new() };
    let text = header.value.as_text().unwrap_or_default();
    if text.contains('\u{fffd}') {
        if let Some(bytes) = msg.raw_message.get(header.offset_start as usize..header.offset_end as usize) {
            if !bytes.windows(2).any(|w| w == b"=?") {
                return one_line(&decode_legacy(bytes));
            }
        }
    }
    one_line(text)
}

/// From address (lower case, no spaces or controls) and display name.
pub(crate) fn from(msg: &Message<'_>) -> (Option<String>, Option<String>) {
    if msg.parts.is_empty() {
        return (None, None);
    }
    let Some(addr) = msg.from().and_then(|a| a.iter().find(|a| a.address().is_some())) else {
        return (None, None);
    };
    let address: String = addr
        .address()
        .unwrap_or_default()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>'))
        .flat_map(char::to_lowercase)
        .collect();
    let name = addr.name().map(one_line).filter(|n| !n.is_empty());
    ((!address.is_empty()).then_some(address), name)
}

/// Message-ID without angle brackets or spaces.
pub(crate) fn message_id(msg: &Message<'_>) -> Option<String> {
    if msg.parts.is_empty() {
        return None;
    }
    let id: String = msg
        .message_id()?
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>'))
        .take(MAX_LINE_CHARS)
        .collect();
    (!id.is_empty()).then_some(id)
}

/// Message-IDs this mail answers, most specific first: In-Reply-To, then References from the
/// latest to the oldest.
pub(crate) fn reply_ids(msg: &Message<'_>) -> Vec<String> {
    let mut ids = Vec::new();
    for value in raw_all(msg, "in-reply-to") {
        ids.extend(bracketed(&value));
    }
    ids.extend(references(msg).into_iter().rev());
    ids
}

/// The verdict an upstream spam filter wrote, when it says spam: SpamAssassin's
/// `X-Spam-Flag: YES` / `X-Spam-Status: Yes, score=…` (Barracuda writes the same as
/// `X-Barracuda-Spam-Status`), `X-Spam: yes`, a score header (`X-Spam-Score`, `X-Rspamd-Score`,
/// `X-Barracuda-Spam-Score`) of 5 or more, Exchange's `X-MS-Exchange-Organization-SCL` of 5 or
/// more; Microsoft 365's `X-Forefront-Antispam-Report` with `SFV:SPM` (filtered as spam),
/// `SFV:SKS` (marked spam by a rule) or `SFV:BLK` (a blocked sender), as its "Anti-spam message
/// headers" page lists them; Rspamd's action, which its `milter_headers` module counts as spam
/// unless it is "no action" or "greylist", and its `X-Spamd-Result: default: True`, which that
/// module writes for "reject"; a subject a filter rewrote (SpamAssassin's "*****SPAM*****",
/// Rspamd's "***SPAM***", Haraka's "[SPAM]").
pub(crate) fn upstream_spam(msg: &Message<'_>) -> Option<String> {
    let yes = |name: &str| raw(msg, name).map(|v| v.trim().to_ascii_lowercase());
    for name in ["x-spam-flag", "x-spam-status", "x-barracuda-spam-status"] {
        if yes(name).is_some_and(|v| v.starts_with("yes")) {
            return Some(format!("{name}: yes"));
        }
    }
    if yes("x-spam").is_some_and(|v| v.starts_with("yes") || v.starts_with("spam")) {
        return Some("X-Spam: yes".into());
    }
    // Every score here says spam from 5 on (SpamAssassin's default, Exchange's SCL 5–9).
    for name in ["x-spam-score", "x-rspamd-score", "x-barracuda-spam-score", "x-ms-exchange-organization-scl"] {
        let score =
            yes(name).and_then(|v| v.split(|c: char| c.is_whitespace() || c == '/').next()?.parse::<f64>().ok());
        if let Some(score) = score.filter(|s| *s >= 5.0) {
            return Some(format!("{name}: {score}"));
        }
    }
    let forefront = yes("x-forefront-antispam-report").unwrap_or_default();
    if let Some(verdict) = forefront.split(';').map(str::trim).find(|f| matches!(*f, "sfv:spm" | "sfv:sks" | "sfv:blk"))
    {
        return Some(format!("X-Forefront-Antispam-Report: {}", verdict.to_ascii_uppercase()));
    }
    if let Some(action) = yes("x-rspamd-action").filter(|a| !a.is_empty() && a != "no action" && a != "greylist") {
        return Some(format!("X-Rspamd-Action: {action}"));
    }
    if yes("x-spamd-result").is_some_and(|v| v.starts_with("default: true") || v.starts_with("default:true")) {
        return Some("X-Spamd-Result: default: True".into());
    }
    let subject = subject(msg).trim_start().to_ascii_lowercase();
    let rewritten = ["*****spam*****", "***spam***", "[spam]", "{spam}"];
    rewritten.iter().find(|tag| subject.starts_with(**tag)).map(|tag| format!("Subject: {}", tag.to_ascii_uppercase()))
}

/// The References header's ids, oldest first, without brackets.
pub(crate) fn references(msg: &Message<'_>) -> Vec<String> {
    raw_all(msg, "references").flat_map(|value| bracketed(&value)).collect()
}

/// `<id>` tokens of a header value, without brackets; a bare token when there are none.
fn bracketed(value: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut rest = value;
    while let Some(start) = rest.find('<') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('>') else { break };
        let id = after[..end].trim();
        if !id.is_empty() {
            ids.push(id.to_string());
        }
        rest = &after[end + 1..];
    }
    if ids.is_empty() {
        ids.extend(value.split_whitespace().filter(|t| t.contains('@')).map(str::to_string));
    }
    ids
}

/// The `report-type` parameter of a `multipart/report` root, lower case.
pub(crate) fn report_type(msg: &Message<'_>) -> Option<String> {
    let ct = msg.parts.first()?.content_type()?;
    ct.ctype()
        .eq_ignore_ascii_case("multipart")
        .then(|| ct.attribute("report-type").map(str::to_ascii_lowercase))
        .flatten()
}

/// Forward prefixes, folded; other known prefixes are replies.
const FORWARD_PREFIXES: [&str; 7] = ["tr", "trans", "transf", "fw", "fwd", "wg", "rv"];

/// Leading `Re:`/`TR:`… prefixes of a folded subject, in order.
fn subject_prefixes(folded_subject: &str) -> impl Iterator<Item = &str> {
    let mut rest = folded_subject.trim_start();
    std::iter::from_fn(move || {
        let colon = rest.find(':')?;
        let word = rest[..colon].trim().trim_start_matches('[');
        let numbered_reply =
            word.strip_prefix("re[").is_some_and(|n| n.trim_end_matches(']').bytes().all(|b| b.is_ascii_digit()));
        let known = FORWARD_PREFIXES.contains(&word)
            || matches!(word, "re" | "rep" | "aw" | "sv" | "antw" | "odp")
            || numbered_reply;
        if !known {
            return None;
        }
        rest = rest[colon + 1..].trim_start();
        Some(word)
    })
}

/// A forward (`TR:`, `Fwd:`…), by its subject (folded).
pub(crate) fn is_forward(folded_subject: &str) -> bool {
    subject_prefixes(folded_subject).any(|p| FORWARD_PREFIXES.contains(&p))
}

/// A reply (`Re:`, `AW:`, `Re[2]:`…), by its subject (folded).
pub(crate) fn is_reply(folded_subject: &str) -> bool {
    subject_prefixes(folded_subject).any(|p| !FORWARD_PREFIXES.contains(&p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use mail_parser::MessageParser;

    fn parse(raw: &str) -> Message<'_> {
        MessageParser::default().parse(raw.as_bytes()).expect("test mail parses")
    }

    #[test]
    fn one_line_removes_injection_and_controls() {
        assert_eq!(one_line("Imprimante HS\r\nBcc: x@y.example\r\n\r\nCorps"), "Imprimante HS Bcc: x@y.example Corps");
        assert_eq!(one_line("  a\tb\u{0}c\u{202e}d\u{2028}e  "), "a b cd e");
        assert_eq!(one_line(&"é".repeat(1000)).chars().count(), MAX_LINE_CHARS);
    }

    #[test]
    fn encoded_subject_with_crlf_is_one_line() {
        // "Panne\r\nCc: a@b.example" in base64.
        let msg = parse("From: a@b.example\r\nSubject: =?utf-8?B?UGFubmUNCkNjOiBhQGIuZXhhbXBsZQ==?=\r\n\r\nx\r\n");
        assert_eq!(subject(&msg), "Panne Cc: a@b.example");
    }

    #[test]
    fn raw_latin1_subject_is_decoded() {
        let raw = b"From: a@b.example\r\nSubject: Probl\xe8me r\xe9seau\r\n\r\nx\r\n";
        let msg = MessageParser::default().parse(&raw[..]).unwrap();
        assert_eq!(subject(&msg), "Problème réseau");
    }

    #[test]
    fn from_and_ids() {
        let msg = parse(
            "From: =?utf-8?q?Ma=C3=AFa?= <Maia.Dupont@AC-Lyon.example>\r\nMessage-ID: <abc@x.example>\r\n\
             In-Reply-To: <a@x>\r\nReferences: <r1@x> <r2@x>\r\n\r\nx\r\n",
        );
        assert_eq!(from(&msg), (Some("maia.dupont@ac-lyon.example".into()), Some("Maïa".into())));
        assert_eq!(message_id(&msg).as_deref(), Some("abc@x.example"));
        assert_eq!(reply_ids(&msg), ["a@x", "r2@x", "r1@x"]);
    }

    #[test]
    fn upstream_verdicts() {
        let verdict = |headers: &str| upstream_spam(&parse(&format!("From: a@b.example\r\n{headers}\r\n\r\nx\r\n")));
        for spam in [
            "X-Spam-Flag: YES",
            "X-Spam-Status: Yes, score=6.3 required=5.0",
            "X-Barracuda-Spam-Status: Yes, SCORE=7.41 using global scores",
            "X-Barracuda-Spam-Score: 7.41",
            "X-Rspamd-Score: 8.9",
            "X-MS-Exchange-Organization-SCL: 9",
            "X-Forefront-Antispam-Report: CIP:203.0.113.7;CTRY:FR;SCL:5;SFV:SPM;CAT:SPM;DIR:INB;",
            "X-Forefront-Antispam-Report: CIP:203.0.113.7;SFV:SKS;DIR:INB;",
            "X-Rspamd-Action: rewrite subject",
            "X-Rspamd-Action: add header",
            "X-Spamd-Result: default: True [16.20 / 15.00]; RBL_SPAMHAUS_XBL(4.00)[]",
            "Subject: ***SPAM*** Quelqu'un pense à vous",
            "Subject: [SPAM] Offre",
        ] {
            assert!(verdict(spam).is_some(), "{spam}");
        }
        for passed in [
            "X-Spam-Flag: NO",
            "X-Spam-Score: 1.2",
            "X-Forefront-Antispam-Report: CIP:198.51.100.4;SCL:1;SFV:NSPM;CAT:NONE;DIR:INB;",
            "X-Rspamd-Action: no action",
            "X-Rspamd-Action: greylist",
            "X-Spamd-Result: default: False [7.10 / 15.00]",
            "Subject: Spam reçu par les élèves",
        ] {
            assert_eq!(verdict(passed), None, "{passed}");
        }
    }

    #[test]
    fn reply_and_forward_prefixes() {
        assert!(is_forward("tr : re: panne"));
        assert!(is_forward("re: fwd: panne"));
        assert!(is_reply("re[2]: panne"));
        assert!(is_reply("aw: panne"));
        assert!(!is_reply("panne : salle 12"));
        assert!(!is_forward("transfert de fichiers impossible"));
    }
}
