//! The readable text of a mail and its attachments, whatever the MIME shape.
//!
//! mail-parser does the MIME work (transfer encodings, declared charsets, nesting without
//! recursion). What is added here is what real helpdesk mail needs on top:
//! - legacy 8-bit text with no or a wrong charset is read as UTF-8 when valid, else as
//!   windows-1252 (a superset of ISO-8859-1 in practice), instead of replacement characters;
//! - a multipart whose declared boundary never occurs (a client rewrote it) is re-read with
//!   the boundary the parts really use;
//! - HTML-only mail becomes text (see `html`), attached messages (a bounce's returned
//!   original) are kept apart for reference lookup;
//! - every size is capped so a 14 MB mail costs no more text work than a small one.

use std::borrow::Cow;
use std::sync::LazyLock;

use mail_parser::{HeaderName, Message, MessageParser, MessagePart, MimeHeaders, PartType};

use super::headers::one_line;
use super::html;
use super::Attachment;

/// Longest text kept: far beyond any report, small enough to keep matching cheap.
pub(crate) const MAX_TEXT: usize = 64 * 1024;
/// Text kept from attached messages (a bounce's copy of our mail).
const MAX_NESTED_TEXT: usize = 16 * 1024;
/// HTML read for conversion; the rest of a huge newsletter is not needed.
const MAX_HTML_INPUT: usize = 1024 * 1024;
/// Body parts and attachments looked at; a mail with more is not a helpdesk report.
const MAX_BODY_PARTS: usize = 32;
const MAX_ATTACHMENTS: usize = 256;
/// Attached messages inside attached messages followed at most this deep.
const MAX_NESTED_DEPTH: usize = 3;

/// Body of a mail, as read.
#[derive(Debug, Default)]
pub(crate) struct Body {
    /// Plain text, `\n` line ends, capped at [`MAX_TEXT`].
    pub text: String,
    pub attachments: Vec<Attachment>,
    /// Subject, Message-ID and text of attached messages and header copies.
    pub nested: String,
    /// A `message/delivery-status` part (RFC 3464 bounce or delay notice).
    pub delivery_report: bool,
    /// A `message/disposition-notification` part (RFC 8098 read receipt).
    pub read_report: bool,
    /// A `text/calendar` part with method `REPLY`: an attendee's answer to an invitation
    /// (RFC 5546 §3.2.3), which a calendar client writes when the meeting is accepted or
    /// declined. iMIP requires the `method` parameter on the part (RFC 6047 §2.4).
    pub calendar_reply: bool,
}

/// The parser, set to decode only the headers read here; the others (`Received` chains,
/// dates) stay raw, which saves most of the header parsing time.
static PARSER: LazyLock<MessageParser> = LazyLock::new(|| {
    MessageParser::new()
        .with_mime_headers()
        .header_text(HeaderName::Subject)
        .header_address(HeaderName::From)
        .header_address(HeaderName::ReplyTo)
        .header_id(HeaderName::MessageId)
        .default_header_raw()
});

/// Parses a mail; `None` when not even a header can be read. A panic inside the parser (it has
/// debug assertions on impossible states) is contained: one odd mail must not stop the desk.
pub(crate) fn parse(raw: &[u8]) -> Option<Message<'_>> {
    std::panic::catch_unwind(|| PARSER.parse(raw)).ok().flatten()
}

/// Reads the body of a parsed mail.
pub(crate) fn read_body(msg: &Message<'_>) -> Body {
    let mut body = Body::default();
    if let Some(buffer) = rebuild_broken_multipart(msg) {
        if let Some(reparsed) = parse(&buffer) {
            collect(&reparsed, &mut body, 0);
            if !body.text.is_empty() {
                return body;
            }
            body = Body::default();
        }
    }
    collect(msg, &mut body, 0);
    if body.text.trim().is_empty() {
        fallback_text(msg, &mut body);
    }
    body
}

/// Text parts (or HTML when there is no text), attachments and attached messages.
fn collect(msg: &Message<'_>, body: &mut Body, depth: usize) {
    let (dst, cap) = if depth == 0 { (&mut body.text, MAX_TEXT) } else { (&mut body.nested, MAX_NESTED_TEXT) };
    let before = dst.len();
    push_parts(msg, &msg.text_body, dst, cap);
    // A blank plain alternative ("view this mail in HTML"): read the HTML instead.
    if dst[before..].trim().is_empty() && msg.html_body != msg.text_body {
        push_parts(msg, &msg.html_body, dst, cap);
    }
    for part in &msg.parts {
        let Some(ct) = part.content_type() else { continue };
        if ct.ctype().eq_ignore_ascii_case("text") && ct.subtype().is_some_and(|s| s.eq_ignore_ascii_case("calendar")) {
            body.calendar_reply |= ct.attribute("method").is_some_and(|m| m.eq_ignore_ascii_case("reply"));
        }
        if ct.ctype().eq_ignore_ascii_case("message") {
            match ct.subtype().unwrap_or_default().to_ascii_lowercase().as_str() {
                "delivery-status" | "global-delivery-status" => body.delivery_report = true,
                "disposition-notification" | "global-disposition-notification" => body.read_report = true,
                _ => {}
            }
        }
    }
    for (n, &id) in msg.attachments.iter().take(MAX_ATTACHMENTS).enumerate() {
        let Some(part) = msg.parts.get(id as usize) else { continue };
        let content_type = part
            .content_type()
            .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("octet-stream")).to_ascii_lowercase())
            .unwrap_or_else(|| "application/octet-stream".into());
        if depth == 0 {
            body.attachments.push(Attachment {
                name: attachment_name(part, n),
                content_type: one_line(&content_type),
                size: part_size(part),
            });
        }
        match &part.body {
            PartType::Message(inner) if depth < MAX_NESTED_DEPTH && !inner.parts.is_empty() => {
                push_nested_headers(inner, body);
                collect(inner, body, depth + 1);
            }
            // A returned message the parser could not open, or only its headers
            // (`text/rfc822-headers`): still worth a look for our references.
            PartType::Binary(bytes) | PartType::InlineBinary(bytes) if content_type.starts_with("message/") => {
                push_text(
                    &mut body.nested,
                    &String::from_utf8_lossy(cap_bytes(bytes, MAX_NESTED_TEXT)),
                    MAX_NESTED_TEXT,
                );
            }
            PartType::Text(text) if content_type == "text/rfc822-headers" => {
                push_text(&mut body.nested, text, MAX_NESTED_TEXT);
            }
            _ => {}
        }
    }
}

/// Appends the text of body parts, HTML converted.
fn push_parts(msg: &Message<'_>, ids: &[u32], dst: &mut String, cap: usize) {
    for &id in ids.iter().take(MAX_BODY_PARTS) {
        let Some(part) = msg.parts.get(id as usize) else { continue };
        match &part.body {
            PartType::Text(text) => push_text(dst, &repair_charset(part, text, &msg.raw_message), cap),
            PartType::Html(html) => push_text(dst, &html::to_text(cap_str(html, MAX_HTML_INPUT)), cap),
            _ => {}
        }
    }
}

/// Subject and Message-ID of an attached message, for reference lookup.
fn push_nested_headers(inner: &Message<'_>, body: &mut Body) {
    let mut lines = String::new();
    for name in ["subject", "message-id", "in-reply-to", "references"] {
        for value in super::headers::raw_all(inner, name) {
            lines.push_str(name);
            lines.push_str(": ");
            lines.push_str(&value);
            lines.push('\n');
        }
    }
    if let Some(subject) = inner.parts.first().and_then(|_| inner.subject()) {
        lines.push_str(subject);
        lines.push('\n');
    }
    push_text(&mut body.nested, &lines, MAX_NESTED_TEXT);
}

/// When no body part was recognised, the first unnamed text part (a damaged multipart leaves
/// its whole content as the root's text).
fn fallback_text(msg: &Message<'_>, body: &mut Body) {
    for part in msg.parts.iter().take(MAX_BODY_PARTS) {
        if part.attachment_name().is_some() {
            continue;
        }
        match &part.body {
            PartType::Text(text) if !text.trim().is_empty() => {
                push_text(&mut body.text, &repair_charset(part, text, &msg.raw_message), MAX_TEXT);
                return;
            }
            PartType::Html(html) if !html.trim().is_empty() => {
                push_text(&mut body.text, &html::to_text(cap_str(html, MAX_HTML_INPUT)), MAX_TEXT);
                return;
            }
            _ => {}
        }
    }
}

/// A multipart whose declared boundary never occurs, rebuilt with the boundary its parts use:
/// a line `--X` followed by a `Content-` header line.
fn rebuild_broken_multipart(msg: &Message<'_>) -> Option<Vec<u8>> {
    let root = msg.parts.first()?;
    let ct = root.content_type()?;
    if !ct.ctype().eq_ignore_ascii_case("multipart") || matches!(root.body, PartType::Multipart(_)) {
        return None;
    }
    let content = msg.raw_message.get(root.offset_body as usize..root.offset_end as usize)?;
    let boundary = used_boundary(content)?;
    let subtype = ct
        .subtype()
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        .unwrap_or("mixed");
    let mut buffer = Vec::with_capacity(content.len() + 128);
    buffer.extend_from_slice(b"MIME-Version: 1.0\r\nContent-Type: multipart/");
    buffer.extend_from_slice(subtype.as_bytes());
    buffer.extend_from_slice(b"; boundary=\"");
    buffer.extend_from_slice(boundary);
    buffer.extend_from_slice(b"\"\r\n\r\n");
    buffer.extend_from_slice(content);
    Some(buffer)
}

fn used_boundary(content: &[u8]) -> Option<&[u8]> {
    let mut lines = content.split(|&b| b == b'\n').map(|l| l.strip_suffix(b"\r").unwrap_or(l)).peekable();
    while let Some(line) = lines.next() {
        let Some(candidate) = line.strip_prefix(b"--") else { continue };
        let usable = (1..=200).contains(&candidate.len())
            && candidate.iter().all(|&b| b.is_ascii_graphic() && b != b'"' || b == b' ');
        let next_is_header =
            lines.peek().is_some_and(|next| next.len() > 8 && next[..8].eq_ignore_ascii_case(b"content-"));
        if usable && next_is_header {
            return Some(candidate);
        }
    }
    None
}

/// Text decoded with replacement characters although it declared UTF-8, ASCII or nothing: the
/// bytes were legacy 8-bit; decode them again (transfer encoding, then UTF-8 or windows-1252).
fn repair_charset<'t>(part: &MessagePart<'_>, text: &'t str, raw: &[u8]) -> Cow<'t, str> {
    if !text.contains('\u{fffd}') {
        return Cow::Borrowed(text);
    }
    let declared = part.content_type().and_then(|ct| ct.attribute("charset")).unwrap_or("");
    // Declared UTF-8 or ASCII, nothing, or a charset nobody knows ("unknown-8bit", "x-user").
    let utf8_or_unknown = declared.is_empty()
        || ["utf-8", "utf8", "us-ascii", "ascii"].iter().any(|c| declared.eq_ignore_ascii_case(c))
        || mail_parser::decoders::charsets::map::charset_decoder(declared.as_bytes()).is_none();
    if !utf8_or_unknown {
        return Cow::Borrowed(text);
    }
    let Some(encoded) = raw.get(part.offset_body as usize..part.offset_end as usize) else {
        return Cow::Borrowed(text);
    };
    let bytes: Cow<'_, [u8]> = match part.encoding {
        mail_parser::Encoding::None => Cow::Borrowed(encoded),
        mail_parser::Encoding::QuotedPrintable => Cow::Owned(decode_quoted_printable(encoded)),
        mail_parser::Encoding::Base64 => match mail_parser::decoders::base64::base64_decode(encoded) {
            Some(bytes) => Cow::Owned(bytes),
            None => return Cow::Borrowed(text),
        },
    };
    Cow::Owned(decode_legacy(&bytes).into_owned())
}

/// UTF-8 when the bytes are valid UTF-8, else windows-1252 (every byte maps to a character).
pub(crate) fn decode_legacy(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => Cow::Owned(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[(byte - 0x80) as usize],
        _ => byte as char,
    }
}

fn decode_quoted_printable(encoded: &[u8]) -> Vec<u8> {
    let hex = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(encoded.len());
    let mut i = 0;
    while i < encoded.len() {
        let b = encoded[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        match (encoded.get(i + 1).copied(), encoded.get(i + 2).copied()) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\n'), _) => i += 2,
            (Some(h), Some(l)) if hex(h).is_some() && hex(l).is_some() => {
                out.push(hex(h).unwrap_or(0) << 4 | hex(l).unwrap_or(0));
                i += 3;
            }
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

/// Appends `src` to `dst` with `\n` line ends and no control characters, up to `cap` bytes.
pub(crate) fn push_text(dst: &mut String, src: &str, cap: usize) {
    if src.trim().is_empty() || dst.len() >= cap {
        return;
    }
    if !dst.is_empty() {
        dst.push_str("\n\n");
    }
    // Fast path: no CR and no control character (C0, DEL, or C1 as UTF-8 `C2 80..9F`).
    let bytes = src.as_bytes();
    let clean = !bytes.iter().enumerate().any(|(i, &b)| {
        (b < 0x20 && b != b'\n' && b != b'\t')
            || b == 0x7f
            || (b == 0xc2 && bytes.get(i + 1).is_some_and(|n| (0x80..=0x9f).contains(n)))
    });
    if clean {
        dst.push_str(cap_str(src, cap - dst.len().min(cap)));
        return;
    }
    let mut chars = src.chars().peekable();
    while let Some(c) = chars.next() {
        if dst.len() + c.len_utf8() > cap {
            break;
        }
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    dst.push('\n');
                }
            }
            '\n' | '\t' => dst.push(c),
            c if c.is_control() => {}
            c => dst.push(c),
        }
    }
}

fn attachment_name(part: &MessagePart<'_>, n: usize) -> String {
    let name = part.attachment_name().map(one_line).unwrap_or_default();
    // Names end up in logs and maybe file names: no path separators.
    let name = name.replace(['/', '\\'], "_");
    if name.is_empty() {
        format!("attachment-{}", n + 1)
    } else {
        name
    }
}

fn part_size(part: &MessagePart<'_>) -> usize {
    match &part.body {
        PartType::Text(t) | PartType::Html(t) => t.len(),
        PartType::Binary(b) | PartType::InlineBinary(b) => b.len(),
        PartType::Message(m) => m.raw_message.len(),
        PartType::Multipart(_) => 0,
    }
}

/// The longest prefix of `s` of at most `max` bytes ending on a character boundary.
pub(crate) fn cap_str(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn cap_bytes(b: &[u8], max: usize) -> &[u8] {
    &b[..b.len().min(max)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(raw: &[u8]) -> Body {
        let msg = parse(raw).expect("parses");
        read_body(&msg)
    }

    #[test]
    fn raw_latin1_without_mime_headers() {
        let body =
            body_of(b"From: a@b.example\r\nSubject: x\r\n\r\nL'\xe9cran du poste \xe0 l'accueil est cass\xe9.\r\n");
        assert_eq!(body.text, "L'écran du poste à l'accueil est cassé.\n");
    }

    #[test]
    fn windows_1252_quotes_in_declared_utf8_qp() {
        let body = body_of(
            b"From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\n\
              Content-Transfer-Encoding: quoted-printable\r\n\r\nL=92imprimante =E9tait HS=\r\n depuis lundi\r\n",
        );
        assert_eq!(body.text, "L’imprimante était HS depuis lundi\n");
    }

    #[test]
    fn unknown_charset_falls_back_to_legacy_decoding() {
        let body =
            body_of(b"From: a@b.example\r\nContent-Type: text/plain; charset=unknown-8bit\r\n\r\nPanne r\xe9seau\r\n");
        assert_eq!(body.text, "Panne réseau\n");
    }

    #[test]
    fn html_only_mail_becomes_text() {
        let body = body_of(
            b"From: a@b.example\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n\
              <html><body><p>Bonjour,</p><table><tr><td>Urgence</td><td>Tr\xe8s haute</td></tr></table></body></html>\r\n",
        );
        assert!(body.text.contains("Bonjour,\n"), "{:?}", body.text);
        assert!(body.text.contains("Urgence\tTrès haute"), "{:?}", body.text);
    }

    #[test]
    fn blank_plain_alternative_gives_way_to_html() {
        let body = body_of(
            b"From: a@b.example\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\n\
              Content-Type: text/plain\r\n\r\n \r\n--b\r\nContent-Type: text/html\r\n\r\n<p>Borne wifi HS</p>\r\n--b--\r\n",
        );
        assert_eq!(body.text, "Borne wifi HS\n");
    }

    #[test]
    fn wrong_declared_boundary_is_recovered() {
        let raw = b"From: a@b.example\r\nContent-Type: multipart/alternative; boundary=\"AAA\"\r\n\r\n\
            preamble\r\n--BBB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLe scanner ne marche plus.\r\n\
            --BBB\r\nContent-Type: text/html\r\n\r\n<p>Le scanner ne marche plus.</p>\r\n--BBB--\r\n";
        let body = body_of(raw);
        assert_eq!(body.text.trim(), "Le scanner ne marche plus.");
        assert!(!body.text.contains("--BBB"), "{:?}", body.text);
    }

    #[test]
    fn attachments_are_listed_with_safe_names() {
        let raw = b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\
            Content-Type: text/plain\r\n\r\nVoir photo.\r\n--b\r\nContent-Type: image/jpeg\r\n\
            Content-Disposition: attachment; filename=\"../../etc/photo.jpg\"\r\n\
            Content-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--b--\r\n";
        let body = body_of(raw);
        assert_eq!(body.text.trim(), "Voir photo.");
        assert_eq!(
            body.attachments,
            [Attachment { name: ".._.._etc_photo.jpg".into(), content_type: "image/jpeg".into(), size: 4 }]
        );
    }

    #[test]
    fn returned_message_goes_to_nested() {
        let raw = b"From: MAILER-DAEMON@x.example\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n\
            --r\r\nContent-Type: text/plain\r\n\r\nDelivery failed.\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\n\
            Action: failed\r\n\r\n--r\r\nContent-Type: message/rfc822\r\n\r\nFrom: desk@x.example\r\n\
            Message-ID: <ack-2025-000042@desk.example>\r\nSubject: [DESK #2025-000042] Imprimante\r\n\r\nVotre demande.\r\n--r--\r\n";
        let body = body_of(raw);
        assert!(body.delivery_report);
        assert_eq!(body.text.trim(), "Delivery failed.");
        assert!(body.nested.contains("ack-2025-000042@desk.example"), "{:?}", body.nested);
        assert!(body.nested.contains("Votre demande."));
    }

    #[test]
    fn text_is_capped_on_a_char_boundary() {
        let mut dst = String::new();
        push_text(&mut dst, &"é".repeat(100), 51);
        assert_eq!(dst.len(), 50);
        assert_eq!(cap_str("aé", 2), "a");
    }
}
