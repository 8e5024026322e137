//! Sender authentication from the receiving server's `Authentication-Results` (RFC 8601).
//!
//! guichet does not check SPF, DKIM or DMARC itself: the desk's mail exchanger does, and
//! records its verdicts in an `Authentication-Results` header naming itself (its
//! *authserv-id*). When `[auth] require = true`, a mail may open or change a ticket only if
//! the topmost such header whose authserv-id is the configured one says
//!
//! - `dmarc=pass`, or
//! - `dkim=pass` with a signing domain (`header.d`, or the domain of `header.i`) equal to the
//!   From domain, or
//! - `spf=pass` with an envelope sender domain (`smtp.mailfrom`) equal to the From domain.
//!
//! Headers with any other authserv-id are ignored: anyone can write them into a mail before
//! sending it. (The mail exchanger should also remove incoming headers bearing its own id,
//! RFC 8601 §5; the topmost one is the one it added last in any case.) Alignment here is
//! strict (same domain); relaxed alignment is what `dmarc=pass` already reports.
//!
//! Pure code, no I/O: [`check`] reads the raw header block.

use crate::config::AuthConfig;

/// The policy intake applies: built once from the configuration.
#[derive(Debug, Clone, Default)]
pub struct SenderAuth {
    authserv_id: Option<String>,
}

impl SenderAuth {
    pub fn new(config: &AuthConfig) -> Self {
        SenderAuth { authserv_id: config.authserv_id().filter(|_| config.require).map(str::to_string) }
    }

    /// Why this mail, which would open or change a ticket, must go to quarantine, or `None`
    /// when it may (authenticated, or not required).
    pub fn refusal(&self, raw: &[u8], from: Option<&str>) -> Option<String> {
        let id = self.authserv_id.as_deref()?;
        match check(raw, from, id) {
            Verdict::Pass(_) => None,
            Verdict::Fail(reason) => Some(format!("sender not authenticated: {reason}")),
        }
    }
}

/// A forged sender by the desk's own mail exchanger's word: its `Authentication-Results`
/// (the one `authserv_id` wrote; without one configured, the topmost, which the receiving
/// server adds last) saying `dmarc=fail` or `spf=fail`, or, without an authserv-id, a topmost
/// `Received-SPF: fail`. Results written under another authserv-id prove nothing: a sender can
/// write them. Returns the failing method, for the reason.
pub fn forged(raw: &[u8], authserv_id: Option<&str>) -> Option<&'static str> {
    let values = header_values(raw, "authentication-results");
    let results = match authserv_id {
        Some(id) => values.iter().filter_map(|v| parse(v)).find(|r| r.authserv_id.eq_ignore_ascii_case(id)),
        None => values.first().and_then(|v| parse(v)),
    };
    if let Some(results) = results {
        for (method, label) in [("dmarc", "dmarc=fail"), ("spf", "spf=fail")] {
            if results.results.iter().any(|r| r.method == method && r.result == "fail") {
                return Some(label);
            }
        }
    }
    let spf = header_values(raw, "received-spf");
    if authserv_id.is_none() && spf.first().is_some_and(|v| v.to_ascii_lowercase().starts_with("fail")) {
        return Some("spf=fail");
    }
    None
}

/// The outcome of [`check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Authenticated; which result showed it (`dmarc=pass`, `dkim=pass header.d=…`).
    Pass(String),
    /// Not authenticated, and why, in a few words.
    Fail(String),
}

/// One `method=result` with its properties (`header.d`, `smtp.mailfrom`…), lower case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodResult {
    pub method: String,
    pub result: String,
    pub properties: Vec<(String, String)>,
}

impl MethodResult {
    fn property(&self, name: &str) -> Option<&str> {
        self.properties.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// One parsed `Authentication-Results` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuthResults {
    /// The authserv-id, lower case.
    pub authserv_id: String,
    pub results: Vec<MethodResult>,
}

/// Whether the mail's sender is authenticated by `authserv_id`'s topmost results.
pub fn check(raw: &[u8], from: Option<&str>, authserv_id: &str) -> Verdict {
    let Some(results) = header_values(raw, "authentication-results")
        .iter()
        .filter_map(|v| parse(v))
        .find(|r| r.authserv_id.eq_ignore_ascii_case(authserv_id))
    else {
        return Verdict::Fail(format!("no Authentication-Results from {authserv_id}"));
    };
    let from_domain = from.and_then(|f| f.rsplit_once('@')).map(|(_, d)| d.trim().to_ascii_lowercase());
    evaluate(&results, from_domain.as_deref())
}

/// The verdict of one header's results for a From domain.
pub fn evaluate(results: &AuthResults, from_domain: Option<&str>) -> Verdict {
    let passed =
        |method: &'static str| results.results.iter().filter(move |r| r.method == method && r.result == "pass");
    if passed("dmarc").next().is_some() {
        return Verdict::Pass("dmarc=pass".into());
    }
    if let Some(from) = from_domain {
        for r in passed("dkim") {
            let domain = r.property("header.d").or_else(|| r.property("header.i").map(domain_of));
            if domain.is_some_and(|d| d == from) {
                return Verdict::Pass(format!("dkim=pass header.d={from}"));
            }
        }
        for r in passed("spf") {
            if r.property("smtp.mailfrom").map(domain_of).is_some_and(|d| d == from) {
                return Verdict::Pass(format!("spf=pass smtp.mailfrom={from}"));
            }
        }
    }
    let mut said: Vec<String> = Vec::new();
    for method in ["dmarc", "dkim", "spf"] {
        for r in results.results.iter().filter(|r| r.method == method) {
            let mut s = format!("{}={}", r.method, r.result);
            if r.result == "pass" {
                let domain = match method {
                    "dkim" => r.property("header.d").or_else(|| r.property("header.i").map(domain_of)),
                    _ => r.property("smtp.mailfrom").map(domain_of),
                };
                s.push_str(&format!(" ({}, not the From domain)", domain.unwrap_or("no domain")));
            }
            if !said.contains(&s) {
                said.push(s);
            }
        }
    }
    let said = if said.is_empty() { "no dmarc, dkim or spf result".to_string() } else { said.join(", ") };
    let from = from_domain.map_or_else(|| "no From domain".to_string(), |d| format!("From domain {d}"));
    Verdict::Fail(format!("Authentication-Results from {}: {said}; {from}", results.authserv_id))
}

/// The domain of `local@domain`, `@domain` or `domain`.
fn domain_of(value: &str) -> &str {
    value.rsplit_once('@').map_or(value, |(_, d)| d)
}

/// Unfolded values of every header `name` (lower case) of the raw mail's header block, top
/// to bottom. Bytes that are not UTF-8 are replaced.
pub fn header_values(raw: &[u8], name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current: Option<String> = None;
    for line in raw.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            break;
        }
        if line[0] == b' ' || line[0] == b'\t' {
            if let Some(value) = current.as_mut() {
                value.push(' ');
                value.push_str(String::from_utf8_lossy(line).trim());
            }
            continue;
        }
        out.extend(current.take());
        if let Some(colon) = line.iter().position(|&b| b == b':') {
            let field = &line[..colon];
            if field.trim_ascii_end().eq_ignore_ascii_case(name.as_bytes()) {
                current = Some(String::from_utf8_lossy(&line[colon + 1..]).trim().to_string());
            }
        }
    }
    out.extend(current);
    out
}

/// Parses one `Authentication-Results` value; `None` when it has no authserv-id.
pub fn parse(value: &str) -> Option<AuthResults> {
    let text = strip_comments(value);
    let mut parts = split_outside_quotes(&text, ';').into_iter();
    let head = parts.next()?;
    // authserv-id [version]
    let authserv_id = head.split_whitespace().next()?.trim_matches('"').to_ascii_lowercase();
    if authserv_id.is_empty() {
        return None;
    }
    let mut results = Vec::new();
    for part in parts {
        let tokens = tokens(&part);
        // method[/version] = result, then reason=… and ptype.property=value pairs
        let mut pairs = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if i + 2 < tokens.len() && tokens[i] != "=" && tokens[i + 1] == "=" && tokens[i + 2] != "=" {
                pairs.push((tokens[i].to_ascii_lowercase(), tokens[i + 2].clone()));
                i += 3;
            } else {
                i += 1;
            }
        }
        let mut pairs = pairs.into_iter();
        let Some((method, result)) = pairs.next() else { continue };
        let method = method.split('/').next().unwrap_or("").to_string();
        if method.is_empty() || method.contains('.') {
            continue;
        }
        let properties =
            pairs.filter(|(k, _)| k.contains('.')).map(|(k, v)| (k, v.trim().to_ascii_lowercase())).collect();
        results.push(MethodResult { method, result: result.to_ascii_lowercase(), properties });
    }
    Some(AuthResults { authserv_id, results })
}

/// The value with every (possibly nested) comment replaced by a space; quoted strings kept.
fn strip_comments(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut depth = 0usize;
    let mut quoted = false;
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' if depth > 0 || quoted => {
                let next = chars.next();
                if depth == 0 {
                    out.push(c);
                    out.extend(next);
                }
            }
            '"' if depth == 0 => {
                quoted = !quoted;
                out.push(c);
            }
            '(' if !quoted => depth += 1,
            ')' if !quoted && depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(' ');
                }
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

fn split_outside_quotes(text: &str, separator: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    let mut escaped = false;
    for c in text.chars() {
        let last = parts.last_mut().expect("never empty");
        if escaped {
            escaped = false;
            last.push(c);
        } else if c == '\\' && quoted {
            escaped = true;
            last.push(c);
        } else if c == '"' {
            quoted = !quoted;
            last.push(c);
        } else if c == separator && !quoted {
            parts.push(String::new());
        } else {
            last.push(c);
        }
    }
    parts
}

/// Words, `=` on its own, quoted strings unquoted.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == '=' {
            chars.next();
            out.push("=".to_string());
        } else if c == '"' {
            chars.next();
            let mut s = String::new();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => s.extend(chars.next()),
                    '"' => break,
                    _ => s.push(c),
                }
            }
            out.push(s);
        } else {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_whitespace() || c == '=' || c == '"' {
                    break;
                }
                s.push(c);
                chars.next();
            }
            out.push(s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MX: &str = "mx.region.example";

    fn mail(headers: &str) -> Vec<u8> {
        format!("{headers}From: Anne Martin <anne.martin@ac-lyon.example>\r\nSubject: x\r\n\r\nbody\r\n").into_bytes()
    }

    fn verdict(headers: &str) -> Verdict {
        check(&mail(headers), Some("anne.martin@ac-lyon.example"), MX)
    }

    /// Headers as real receivers write them (Gmail, Microsoft 365, OpenDMARC/OpenDKIM,
    /// rspamd, Fastmail, Postfix + policyd-spf), rewritten to the desk's authserv-id.
    #[test]
    fn real_world_headers() {
        let table: &[(&str, bool, &str)] = &[
            (
                // Gmail style, multi-line, comments with semicolons-free text
                "Authentication-Results: mx.region.example;\r\n       dkim=pass header.i=@ac-lyon.example header.s=s1 header.b=Ab1cD2eF;\r\n       spf=pass (mx.region.example: domain of anne.martin@ac-lyon.example designates 192.0.2.1 as permitted sender) smtp.mailfrom=anne.martin@ac-lyon.example;\r\n       dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=ac-lyon.example\r\n",
                true,
                "dmarc=pass",
            ),
            (
                // Microsoft 365 style: DMARC fails, the action is in a property
                "Authentication-Results: mx.region.example; spf=fail (sender IP is 203.0.113.9)\r\n smtp.mailfrom=evil.example; dkim=none (message not signed)\r\n header.d=none;dmarc=fail action=oreject\r\n header.from=ac-lyon.example;compauth=fail reason=000\r\n",
                false,
                "dmarc=fail",
            ),
            (
                // OpenDKIM: an aligned signature alone is enough
                "Authentication-Results: mx.region.example;\r\n\tdkim=pass (2048-bit key; unprotected) header.d=ac-lyon.example header.i=@ac-lyon.example header.b=\"XyZ12345\";\r\n\tdkim-atps=neutral\r\n",
                true,
                "dkim=pass header.d=ac-lyon.example",
            ),
            (
                // rspamd: DKIM passes for a third-party domain, SPF for a bounce domain
                "Authentication-Results: mx.region.example;\r\n\tdkim=pass header.d=sendgrid.example header.s=smtpapi header.b=k0ZV4hAa;\r\n\tspf=pass (mx.region.example: domain of bounces+123@em.sendgrid.example designates 198.51.100.7 as permitted sender) smtp.mailfrom=bounces+123@em.sendgrid.example;\r\n\tdmarc=none\r\n",
                false,
                "not the From domain",
            ),
            (
                // Postfix + policyd-spf: aligned SPF pass, no DKIM
                "Authentication-Results: mx.region.example; spf=pass (sender SPF authorized) smtp.mailfrom=ac-lyon.example (client-ip=192.0.2.10; helo=smtp.ac-lyon.example; envelope-from=anne.martin@ac-lyon.example)\r\n",
                true,
                "spf=pass smtp.mailfrom=ac-lyon.example",
            ),
            (
                // softfail is not pass
                "Authentication-Results: mx.region.example; spf=softfail smtp.mailfrom=ac-lyon.example; dkim=none; dmarc=none\r\n",
                false,
                "spf=softfail",
            ),
            (
                // "none": nothing was checked
                "Authentication-Results: mx.region.example 1; none\r\n",
                false,
                "no dmarc, dkim or spf result",
            ),
            (
                // Fastmail style with a version and odd spacing around '='
                "Authentication-Results: mx.region.example 1;\r\n dmarc = pass policy.published-domain-policy=none header.from=ac-lyon.example\r\n",
                true,
                "dmarc=pass",
            ),
            (
                // a forged pass from another authserv-id above ours is ignored
                "Authentication-Results: mx.region.example; spf=fail smtp.mailfrom=evil.example; dmarc=fail header.from=ac-lyon.example\r\nAuthentication-Results: mx.region.example.evil.example; dmarc=pass header.from=ac-lyon.example\r\n",
                false,
                "dmarc=fail",
            ),
            (
                // ours below a sender-written one claiming to be ours: the topmost one counts
                "Authentication-Results: mx.region.example; dmarc=fail header.from=ac-lyon.example\r\nAuthentication-Results: mx.region.example; dmarc=pass header.from=ac-lyon.example\r\n",
                false,
                "dmarc=fail",
            ),
            (
                // only another server's results
                "Authentication-Results: mx.google.com; dkim=pass header.i=@ac-lyon.example; dmarc=pass header.from=ac-lyon.example\r\n",
                false,
                "no Authentication-Results from mx.region.example",
            ),
            (
                // authserv-id compared without case; a pass in a quoted comment-like value is not one
                "Authentication-Results: MX.Region.Example; dkim=fail reason=\"dmarc=pass; spf=pass\" header.d=ac-lyon.example\r\n",
                false,
                "dkim=fail",
            ),
            (
                // dkim header.i with a local part
                "Authentication-Results: mx.region.example; dkim=pass header.i=anne.martin@ac-lyon.example\r\n",
                true,
                "dkim=pass",
            ),
            (
                // a subdomain is not the From domain (strict alignment)
                "Authentication-Results: mx.region.example; dkim=pass header.d=mail.ac-lyon.example; spf=pass smtp.mailfrom=x@mail.ac-lyon.example\r\n",
                false,
                "not the From domain",
            ),
        ];
        for (headers, pass, says) in table {
            let v = verdict(headers);
            match (&v, pass) {
                (Verdict::Pass(why), true) => assert!(why.contains(says), "{headers}\n{why}"),
                (Verdict::Fail(why), false) => assert!(why.contains(says), "{headers}\n{why}"),
                _ => panic!("{headers}\nexpected pass={pass}, got {v:?}"),
            }
        }
    }

    #[test]
    fn parses_methods_and_properties() {
        let r = parse("example.org 1; dkim/1=pass (good) header.d=Example.ORG header.s=\"sel\"; spf=fail reason=\"bad (really)\" smtp.mailfrom=a@b.example").unwrap();
        assert_eq!(r.authserv_id, "example.org");
        assert_eq!(r.results.len(), 2);
        assert_eq!(r.results[0].method, "dkim");
        assert_eq!(r.results[0].property("header.d"), Some("example.org"));
        assert_eq!(r.results[1].result, "fail");
        assert_eq!(r.results[1].property("smtp.mailfrom"), Some("a@b.example"));
        assert!(parse("").is_none());
        assert!(parse("   ;dmarc=pass").is_none());
    }

    #[test]
    fn headers_are_read_only_from_the_header_block() {
        let raw = b"Subject: a\r\nAuthentication-Results: one;\r\n\tdmarc=pass\r\n\r\nAuthentication-Results: two; dmarc=pass\r\n";
        assert_eq!(header_values(raw, "authentication-results"), vec!["one; dmarc=pass".to_string()]);
    }

    #[test]
    fn odd_input_never_panics() {
        for value in ["(", ")", "\"", "a; =", "a; ==", "a; x=", "a; =x", "a;(;)\"", "a; d=(x", "\\", "a; x=\"\\"] {
            let _ = parse(value);
        }
        let _ = check(b"Authentication-Results:\r\n", None, MX);
        let _ = check(b"\xff\xfe: \x00\r\nAuthentication-Results: mx.region.example; dmarc\r\n", Some("@"), MX);
    }

    #[test]
    fn the_policy_applies_to_ticket_kinds_only_when_required() {
        let config = AuthConfig { require: true, authserv_id: Some(MX.into()) };
        let policy = SenderAuth::new(&config);
        let raw = mail("");
        let from = Some("anne.martin@ac-lyon.example");
        let refusal = policy.refusal(&raw, from).expect("unauthenticated incident refused");
        assert!(refusal.starts_with("sender not authenticated: no Authentication-Results from mx.region.example"));
        let signed = mail("Authentication-Results: mx.region.example; dmarc=pass header.from=ac-lyon.example\r\n");
        assert_eq!(policy.refusal(&signed, from), None);
        let off = SenderAuth::new(&AuthConfig { require: false, authserv_id: Some(MX.into()) });
        assert_eq!(off.refusal(&raw, from), None);
        assert!(AuthConfig { require: true, authserv_id: None }.problems().iter().any(|p| p.key == "auth.authserv_id"));
        assert!(config.problems().is_empty());
    }

    #[test]
    fn forged_is_said_by_the_desks_own_exchanger_only() {
        let ours_fail =
            "Authentication-Results: mx.region.example; dmarc=fail (p=reject) header.from=ac-lyon.example\r\n";
        let other_fail = "Authentication-Results: relay.attacker.example; dmarc=fail header.from=ac-lyon.example\r\n";
        let ours_pass = "Authentication-Results: mx.region.example; dmarc=pass header.from=ac-lyon.example\r\n";
        // A topmost header from another authserv-id changes nothing when ours is configured.
        assert_eq!(forged(&mail(&format!("{other_fail}{ours_pass}")), Some(MX)), None);
        assert_eq!(forged(&mail(&format!("{other_fail}{ours_fail}")), Some(MX)), Some("dmarc=fail"));
        assert_eq!(forged(&mail(other_fail), Some(MX)), None);
        // Without one configured, the topmost counts (the receiving server adds it last).
        assert_eq!(forged(&mail(&format!("{other_fail}{ours_pass}")), None), Some("dmarc=fail"));
        assert_eq!(forged(&mail(&format!("{ours_pass}{other_fail}")), None), None);
        assert_eq!(forged(&mail("Authentication-Results: mx; spf=softfail; dmarc=none\r\n"), None), None);
        assert_eq!(forged(&mail("Received-SPF: Fail (mx: domain does not designate)\r\n"), None), Some("spf=fail"));
        assert_eq!(
            forged(&mail("Authentication-Results: mx.region.example; spf=fail smtp.mailfrom=x\r\n"), None),
            Some("spf=fail")
        );
    }
}
