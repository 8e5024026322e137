//! The sender's own words, apart from the history they quote or forward.
//!
//! Urgency and UAI count only when the sender states them, not when they appear in a quoted
//! acknowledgement or in the teacher's mail a correspondant forwards. Own text is every line
//! before the first quote header (`-----Message d'origine-----`, an Outlook `De : / Envoyé :`
//! block, `Le … a écrit :`, qmail's copy marker…), minus `>` lines.

use std::sync::LazyLock;

use regex::Regex;

use super::fold::re;

/// Separator lines that start quoted or forwarded history.
static SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^[-_=*\s]*(?:message d'origine|original message|message original|mail original|mail d'origine|courriel d'origine|courriel original|message transfere|forwarded message|message reexpedie|e-mail transfere)[-_=*\s]*:?$|^-+\s*below this line is a copy of the message|^(?:begin forwarded message|debut du message (?:reexpedie|transfere))\b",
    )
});

/// First line of a header block copied by a mail client (`De : …`, `From: …`).
static BLOCK_FROM: LazyLock<Regex> = LazyLock::new(|| re(r"^\*{0,2}(?:de|from|expediteur|von)\s*\*{0,2}\s*:"));
/// A following line of such a block.
static BLOCK_NEXT: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\*{0,2}(?:envoye(?: le)?|sent|date|objet|subject|a|to|cc|pour|destinataire)\s*\*{0,2}\s*:"));
/// A name and an address alone on a line: `CESAME <cesame@region.example>`.
const ADDRESS_ALONE: &str = r"[^<>\n]{0,60}<[^@\s>]+@[^>\s]+>";
/// Lotus Notes' header: the sender alone on its line, then `03/12/2026 16:10`.
static NOTES_FROM: LazyLock<Regex> = LazyLock::new(|| re(&format!("^{ADDRESS_ALONE}$")));
static NOTES_DATE: LazyLock<Regex> = LazyLock::new(|| re(r"^\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?$"));
/// Attribution line: `Le 10 févr. 2026 à 09:12, X a écrit :`, `On …, X wrote:`.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:le|on)\b.{0,240}(?:a ecrit|wrote)\s*:?\s*$"));

/// Own text of a mail, original and folded (same lines as in `text` and `folded`).
#[derive(Debug, Default)]
pub(crate) struct Own {
    pub text: String,
    pub folded: String,
    /// Whether quoted or forwarded history follows.
    pub has_quote: bool,
}

/// How the lines that may start history begin: a rule, a header's name, an attribution's first
/// word, a separator's word.
const HISTORY_OPENINGS: &str = r"[-_=*]{2,}|\*{0,2}(?:de|from|expediteur|von)\s*\*{0,2}\s*:|(?:le|on)\s|(?:begin|debut|message|original|mail|e-mail|courriel|forwarded)\b";

/// Lines that may start history, found in one pass over the text; each is then checked.
static CANDIDATE: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?m)^[ \t]*(?:{HISTORY_OPENINGS}|{ADDRESS_ALONE}[ \t]*$)")));

/// Splits off the quoted history. `folded` must be `fold(text)`.
pub(crate) fn own_text(text: &str, folded: &str) -> Own {
    let lines: Vec<(&str, &str)> = text.split_terminator('\n').zip(folded.split_terminator('\n')).collect();
    let mut candidates = CANDIDATE.find_iter(folded).map(|m| m.start()).peekable();
    let mut own =
        Own { text: String::with_capacity(text.len()), folded: String::with_capacity(folded.len()), has_quote: false };
    let mut line_start = 0;
    // The second line of a wrapped attribution, when the lines after it are read.
    let mut skip = 0;
    for (index, (line, line_folded)) in lines.iter().enumerate() {
        let line_end = line_start + line_folded.len();
        let mut candidate = false;
        while let Some(&at) = candidates.peek() {
            if at > line_end {
                break;
            }
            candidate |= at >= line_start;
            candidates.next();
        }
        line_start = line_end + 1;
        let trimmed = line_folded.trim();
        if trimmed.starts_with('>') {
            own.has_quote = true;
            continue;
        }
        if skip > 0 {
            skip -= 1;
            continue;
        }
        if candidate && starts_history(&lines, index, trimmed) {
            own.has_quote = true;
            // "Le … a écrit :" then the desk's lines with the answers between them: keep reading.
            let nothing_above = own.folded.trim().is_empty();
            if nothing_above && is_attribution_start(trimmed) && answers_inline(&lines[index + 1..]) {
                skip = usize::from(!ATTRIBUTION.is_match(trimmed));
                continue;
            }
            break;
        }
        own.text.push_str(line);
        own.text.push('\n');
        own.folded.push_str(line_folded);
        own.folded.push('\n');
    }
    own
}

fn starts_history(lines: &[(&str, &str)], index: usize, trimmed: &str) -> bool {
    if trimmed.len() < 3 {
        return false;
    }
    if SEPARATOR.is_match(trimmed) {
        return true;
    }
    let next_lines = || lines.iter().skip(index + 1).map(|(_, f)| f.trim()).filter(|l| !l.is_empty());
    if BLOCK_FROM.is_match(trimmed) && next_lines().take(4).any(|l| BLOCK_NEXT.is_match(l)) {
        return true;
    }
    // Lotus Notes: the sender alone on its line, the date, then "A" (or "To") and "cc" alone.
    if NOTES_FROM.is_match(trimmed) {
        let mut next = next_lines();
        if next.next().is_some_and(|l| NOTES_DATE.is_match(l)) && next.take(3).any(|l| matches!(l, "a" | "to" | "pour"))
        {
            return true;
        }
    }
    if is_attribution_start(trimmed) {
        // An attribution carries a date: "Le technicien nous a écrit :" is a sentence.
        if !trimmed.contains(|c: char| c.is_ascii_digit()) {
            return false;
        }
        if ATTRIBUTION.is_match(trimmed) {
            return true;
        }
        // Clients wrap long attributions: `Le 3 mars 2025 à 10:02, X <x@y> a` / `écrit :`.
        if let Some((_, next)) = lines.get(index + 1).filter(|_| !trimmed.ends_with(['.', '!', '?', ';'])) {
            let next = next.trim();
            if trimmed.len() + next.len() < 300 && ATTRIBUTION.is_match(&format!("{trimmed} {next}")) {
                return true;
            }
        }
    }
    false
}

/// A line that may open an attribution ("Le 3 mars … a écrit :", "On … wrote:").
fn is_attribution_start(trimmed: &str) -> bool {
    trimmed.starts_with("le ") || trimmed.starts_with("on ")
}

/// Whether, below an attribution with nothing written above it, a line of the sender's own
/// follows a quoted one: answers between the quoted lines. (A mail written above its quote
/// keeps only that: a signature below the quote is no answer.)
fn answers_inline(after: &[(&str, &str)]) -> bool {
    let mut quoted = false;
    for (_, folded) in after {
        let line = folded.trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('>') {
            quoted = true;
        } else if !quoted {
            // The attribution's wrapped end, or no quote at all.
            if line.starts_with("ecrit") || line.starts_with("wrote") {
                continue;
            }
            return false;
        } else {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    fn own(text: &str) -> String {
        own_text(text, &fold(text)).text
    }

    #[test]
    fn outlook_french_header_block() {
        let text = "Merci, c'est réparé.\n\nDe : Desk <desk@x.example>\nEnvoyé : lundi 3 mars 2025 10:00\nÀ : Moi\nObjet : Ticket\n\nUrgence : haute\n";
        assert_eq!(own(text), "Merci, c'est réparé.\n\n");
    }

    #[test]
    fn english_header_block_with_bold_markers() {
        let text = "Still broken.\n**From:** Desk\n**Sent:** Monday\n**Subject:** x\nold text\n";
        assert_eq!(own(text), "Still broken.\n");
    }

    #[test]
    fn separators_and_attributions() {
        assert_eq!(own("Voir ci-dessous.\n-------- Message transféré --------\nSujet: x\n"), "Voir ci-dessous.\n");
        assert_eq!(own("Bien reçu.\n----- Mail original -----\nx\n"), "Bien reçu.\n");
        assert_eq!(own("Ok.\nLe mar. 4 mars 2025 à 09:12, Desk <d@x.example> a écrit :\n> x\n"), "Ok.\n");
        assert_eq!(own("Ok.\nLe mar. 4 mars 2025 à 09:12, Desk <d@x.example> a\nécrit :\n> x\n"), "Ok.\n");
        assert_eq!(own("Fine.\nOn Tue, Mar 4, 2025 at 9:12 AM Desk wrote:\n> x\n"), "Fine.\n");
    }

    #[test]
    fn inline_quotes_are_skipped_but_answers_kept() {
        assert_eq!(own("> Quelle salle ?\nSalle 12.\n> Urgence ?\nBasse.\n"), "Salle 12.\nBasse.\n");
    }

    #[test]
    fn answers_written_between_the_desks_quoted_lines_are_kept() {
        let inline = "Le 04/12/2026 à 16:10, CESAME a écrit :\n> Confirmez-vous que le problème est résolu ?\n\n\
                      Oui, tout fonctionne.\n\n> Sans réponse, le ticket sera clos.\n";
        assert_eq!(own(inline), "\nOui, tout fonctionne.\n\n");
        let wrapped = "Le 04/12/2026 à 16:10, CESAME <desk@x.example> a\nécrit :\n> Quelle salle ?\nSalle 12.\n";
        assert_eq!(own(wrapped), "Salle 12.\n");
        let below = "On Tue, Mar 4, 2025 at 9:12 AM Desk wrote:\n> Still broken?\n\nYes, still.\n";
        assert_eq!(own(below), "\nYes, still.\n");
        // Written above the quote: a signature or a footer below it is no answer.
        let above = "C'est réparé.\nLe 4 mars 2025 à 09:12, Desk a écrit :\n> Urgence : haute\n\n-- \nClaire\n";
        assert_eq!(own(above), "C'est réparé.\n");
        // An attribution without a quote after it ends the mail's own words as before.
        assert_eq!(own("Le 4 mars 2025 à 09:12, Desk a écrit :\nUrgence : haute\n"), "");
    }

    #[test]
    fn lotus_notes_header_block() {
        let text = "Toujours en panne.\n\nCESAME <cesame@region.example>\n03/12/2026 16:10\n\nA\nx@y.example\ncc\n\n\
                    Objet\n[CESAME #2026-000001] Standard\n\nUrgence : très haute\n";
        assert_eq!(own(text), "Toujours en panne.\n\n");
        // An address alone, without the date and the recipients' line, is the sender's text.
        let contact = "Merci de contacter M. Blanc <blanc@x.example>\npour l'accès au local.\n";
        assert_eq!(own(contact), contact);
    }

    #[test]
    fn a_sentence_starting_with_le_is_not_an_attribution() {
        let text = "Le poste refonctionne, merci !\n\nLe 3 mars 2025 à 10:02, Desk <d@x.example> a écrit :\n> x\n";
        assert_eq!(own(text), "Le poste refonctionne, merci !\n\n");
    }

    #[test]
    fn a_line_starting_with_de_is_not_a_header_alone() {
        let text = "De : notre côté, tout est coupé.\nMerci de passer vite.\n";
        assert_eq!(own(text), text);
    }
}
