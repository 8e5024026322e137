//! HTML to plain text, enough for mail bodies.
//!
//! Outlook sends forms as tables: the label in one cell, the value in the next. Cells of a row
//! are joined with a tab on one line (`Niveau d'urgence<TAB>Très haut`) so that the rules read
//! them like the `Label : value` lines people type. Blocks and `<br>` end lines; `style`,
//! `script`, `head` and comments are dropped; entities are decoded.

use super::text::MAX_TEXT;

/// Converts HTML to text; output capped at [`MAX_TEXT`] bytes.
pub(crate) fn to_text(html: &str) -> String {
    let mut out =
        Out { text: String::with_capacity(html.len().min(MAX_TEXT) / 2), space: false, in_cell: false, quote_depth: 0 };
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() && out.text.len() < MAX_TEXT {
        match bytes[i] {
            b'<' => i = tag(html, i, &mut out),
            b'&' => i = entity(html, i, &mut out),
            b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' => {
                out.space = true;
                i += 1;
            }
            _ => {
                // Up to the next markup or space: all ASCII, so `end` is a char boundary.
                let end = bytes[i..]
                    .iter()
                    .position(|b| matches!(b, b'<' | b'&' | b' ' | b'\t' | b'\r' | b'\n' | b'\x0c'))
                    .map_or(bytes.len(), |p| i + p);
                out.word(&html[i..end]);
                i = end;
            }
        }
    }
    tidy(&out.text)
}

struct Out {
    text: String,
    /// Whitespace seen since the last word, written only before the next word.
    space: bool,
    /// Inside a table cell, paragraphs do not end the line: label and value stay together.
    in_cell: bool,
    /// Nesting of `<blockquote>`: its lines are written `> …`, as a plain-text client would.
    quote_depth: usize,
}

impl Out {
    fn word(&mut self, word: &str) {
        if self.quote_depth > 0 && (self.text.is_empty() || self.text.ends_with('\n')) {
            self.text.push_str("> ");
        } else if self.space && !self.text.is_empty() && !self.text.ends_with(['\n', '\t', ' ']) {
            self.text.push(' ');
        }
        self.space = false;
        self.text.push_str(word);
    }

    fn newline(&mut self) {
        self.space = false;
        if !self.text.ends_with("\n\n") && !self.text.is_empty() {
            self.text.push('\n');
        }
    }

    fn cell(&mut self) {
        self.space = false;
        if !self.text.is_empty() && !self.text.ends_with(['\n', '\t']) {
            self.text.push('\t');
        }
    }
}

/// Handles the tag starting at `start` (a `<`); returns where to continue.
fn tag(html: &str, start: usize, out: &mut Out) -> usize {
    let bytes = html.as_bytes();
    if html[start..].starts_with("<!--") {
        return html[start + 4..].find("-->").map_or(bytes.len(), |p| start + 4 + p + 3);
    }
    let mut j = start + 1;
    let closing = bytes.get(j) == Some(&b'/');
    if closing {
        j += 1;
    }
    let name_start = j;
    while j < bytes.len() && (bytes[j].is_ascii_alphanumeric() || bytes[j] == b':') {
        j += 1;
    }
    if j == name_start && !closing && bytes.get(j) != Some(&b'!') && bytes.get(j) != Some(&b'?') {
        // A lone `<` in text ("a < b").
        out.word("<");
        return start + 1;
    }
    let name = &html[name_start..j];
    let end = tag_end(bytes, j);
    if !closing && ["style", "script", "head", "title", "xml", "template"].iter().any(|n| name.eq_ignore_ascii_case(n))
    {
        return skip_element(html, end, name);
    }
    const BLOCKS: &[&str] = &[
        "p",
        "div",
        "br",
        "tr",
        "li",
        "ul",
        "ol",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "hr",
        "pre",
        "address",
        "section",
        "article",
        "header",
        "footer",
        "dt",
        "dd",
        "dl",
        "center",
        "form",
        "fieldset",
    ];
    if name.eq_ignore_ascii_case("td") || name.eq_ignore_ascii_case("th") {
        out.in_cell = !closing;
        if !closing {
            out.cell();
        }
    } else if name.eq_ignore_ascii_case("blockquote") {
        out.quote_depth = if closing { out.quote_depth.saturating_sub(1) } else { out.quote_depth + 1 };
        out.newline();
    } else if ["tr", "table"].iter().any(|b| name.eq_ignore_ascii_case(b)) {
        out.in_cell = false;
        out.newline();
    } else if BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b)) {
        if out.in_cell {
            out.space = true;
        } else {
            out.newline();
        }
    }
    end
}

/// Position after the `>` closing a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &b) in bytes.iter().enumerate().skip(from) {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Skips to after `</name>` (any case).
fn skip_element(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut k = from;
    while let Some(p) = html.get(k..).and_then(|rest| rest.find("</")) {
        let at = k + p + 2;
        let candidate = bytes.get(at..at + name.len());
        if candidate.is_some_and(|c| c.eq_ignore_ascii_case(name.as_bytes())) {
            return tag_end(bytes, at);
        }
        k = at;
    }
    bytes.len()
}

/// Decodes the entity at `start` (a `&`); returns where to continue.
fn entity(html: &str, start: usize, out: &mut Out) -> usize {
    let rest = &html.as_bytes()[start + 1..];
    let semi = rest.iter().take(12).position(|&b| b == b';');
    let decoded = semi.and_then(|p| {
        let name = &html[start + 1..start + 1 + p];
        decode_entity(name).map(|c| (c, start + 1 + p + 1))
    });
    match decoded {
        Some((c, next)) if c.is_whitespace() => {
            out.space = true;
            next
        }
        Some((c, next)) => {
            let mut buf = [0u8; 4];
            out.word(c.encode_utf8(&mut buf));
            next
        }
        None => {
            out.word("&");
            start + 1
        }
    }
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        // Numeric references in the C1 range mean windows-1252, as browsers read them.
        if (0x80..=0x9f).contains(&code) {
            return Some(super::text::decode_legacy(&[code as u8]).chars().next().unwrap_or(' '));
        }
        return char::from_u32(code).filter(|c| !c.is_control() || *c == '\n' || *c == '\t');
    }
    let c = match name {
        "nbsp" | "ensp" | "emsp" | "thinsp" => ' ',
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "euro" => '€',
        "deg" => '°',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "times" => '×',
        "middot" => '·',
        "bull" => '•',
        "sect" => '§',
        "para" => '¶',
        "ordm" => 'º',
        "ordf" => 'ª',
        "iexcl" => '¡',
        "iquest" => '¿',
        "szlig" => 'ß',
        "oelig" => 'œ',
        "OElig" => 'Œ',
        "aelig" => 'æ',
        "AElig" => 'Æ',
        "shy" | "zwnj" | "zwj" => '\u{200b}',
        _ => return accented(name),
    };
    Some(c)
}

/// `eacute`, `Agrave`, `ccedil`, `ocirc`… : a letter and a diacritic name.
fn accented(name: &str) -> Option<char> {
    const TABLE: &[(&str, &str, &str)] = &[
        // (diacritic, base letters, composed letters in the same order)
        ("acute", "aeiouyAEIOUY", "áéíóúýÁÉÍÓÚÝ"),
        ("grave", "aeiouAEIOU", "àèìòùÀÈÌÒÙ"),
        ("circ", "aeiouAEIOU", "âêîôûÂÊÎÔÛ"),
        ("uml", "aeiouyAEIOUY", "äëïöüÿÄËÏÖÜŸ"),
        ("tilde", "anoANO", "ãñõÃÑÕ"),
        ("cedil", "cC", "çÇ"),
        ("ring", "aA", "åÅ"),
    ];
    let mut chars = name.chars();
    let letter = chars.next()?;
    let diacritic = chars.as_str();
    let (_, bases, composed) = TABLE.iter().find(|(d, _, _)| *d == diacritic)?;
    let index = bases.chars().position(|b| b == letter)?;
    composed.chars().nth(index)
}

/// Trims each line and keeps at most one blank line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.split('\n') {
        let line = line.trim_matches(|c: char| c == ' ' || c == '\u{200b}');
        let line = line.trim_end_matches('\t');
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
            out.push('\n');
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_breaks_and_entities() {
        let text = to_text(
            "<p>Bonjour,</p><p>L&#8217;&eacute;cran&nbsp;est <b>cass&eacute;</b><br>depuis hier &amp; ce matin.</p>",
        );
        assert_eq!(text, "Bonjour,\n\nL’écran est cassé\ndepuis hier & ce matin.\n");
    }

    #[test]
    fn table_cells_share_a_line() {
        let html = "<table><tr><td><b>Niveau d'urgence</b></td>\n<td><p>Tr&egrave;s haut</p></td></tr>\
                    <tr><th>UAI</th><td>0751043B</td></tr></table>";
        let text = to_text(html);
        assert!(text.contains("Niveau d'urgence\t"), "{text:?}");
        assert!(text.contains("Très haut"), "{text:?}");
        assert!(text.contains("UAI\t0751043B"), "{text:?}");
    }

    #[test]
    fn style_head_comments_and_conditionals_are_dropped() {
        let html =
            "<html><head><style>p {color:red}</style><title>T</title></head><!--[if mso]><xml>x</xml><![endif]-->\
                    <body><SCRIPT type='text/javascript'>alert('<b>')</SCRIPT>Texte</body></html>";
        assert_eq!(to_text(html), "Texte\n");
    }

    #[test]
    fn blockquotes_read_as_quoted_lines() {
        let html = "<div>Toujours en panne.</div><blockquote type=\"cite\"><div>Urgence : haute</div>\
                    <blockquote><p>Vieux message</p></blockquote></blockquote><p>Merci</p>";
        assert_eq!(to_text(html), "Toujours en panne.\n\n> Urgence : haute\n\n> Vieux message\n\nMerci\n");
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for html in ["<", "&", "<p", "&#xZZ;", "a < b && c", "<style>never closed", "&#99999999;", "é<é>&é;"] {
            let _ = to_text(html);
        }
        assert_eq!(to_text("a < b"), "a < b\n");
    }

    #[test]
    fn c1_numeric_references_are_windows_1252() {
        assert_eq!(to_text("l&#146;imprimante"), "l’imprimante\n");
    }
}
