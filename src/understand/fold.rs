//! Folding text for matching: lower case, accents removed, typographic punctuation made plain.
//!
//! People write "Urgence : très haute", "URGENCE: TRES HAUTE" or "urgence : tres haute"; the
//! rules match one folded form instead of spelling every variant. Folding never turns a
//! character into `\n`, so a text and its folded form have the same lines (see `quote`).

use regex::{Regex, RegexSet};

/// Lower case without accents; `œ` becomes `oe`, curly quotes and no-break spaces plain ones.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => out.push('a'),
            'ç' | 'Ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => out.push('i'),
            'ñ' | 'Ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => out.push('u'),
            'ý' | 'ÿ' | 'Ý' | 'Ÿ' => out.push('y'),
            'œ' | 'Œ' => out.push_str("oe"),
            'æ' | 'Æ' => out.push_str("ae"),
            '\u{a0}' | '\u{202f}' | '\u{2007}' | '\u{2009}' | '\u{200a}' | '\u{3000}' => out.push(' '),
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{ad}' => {}
            '’' | '‘' | 'ʼ' | '´' | '′' => out.push('\''),
            '«' | '»' | '“' | '”' | '„' => out.push('"'),
            '–' | '—' | '‐' | '‑' | '−' => out.push('-'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The `len` bytes of `text` before `at` (fewer at a character's edge): where the rules look
/// for what qualifies a match ("pas", "comme pour", "UAI").
pub(crate) fn before(text: &str, at: usize, len: usize) -> &str {
    let mut from = at.saturating_sub(len);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..at]
}

/// The lazy DFA's cache per pattern and thread. The default (2 MiB) fits one mail's states, but
/// a daemon reading one mail after another with the larger sets of signs kept clearing it and
/// building the states again: 7 times slower than with room for all of them.
pub(crate) const DFA_CACHE: usize = 16 << 20;

/// Compiles a constant pattern written for folded text (see [`ascii_classes`]).
pub(crate) fn re(pattern: &str) -> Regex {
    let pattern = ascii_classes(pattern);
    // Patterns are constants checked by the unit tests; a typo must fail loudly at start.
    regex::RegexBuilder::new(&pattern)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern {pattern:?}: {e}"))
}

/// `\b` and `\w` made ASCII: folded text is mostly ASCII, and Unicode classes would make the
/// automata many times larger (and stop the fast engines on non-ASCII input).
fn ascii_classes(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)").replace(r"\w", r"[a-z0-9_]")
}

/// Compiles constant patterns (see [`re`]) into one set, matched in a single pass.
pub(crate) fn re_set(patterns: &[&str]) -> RegexSet {
    let patterns: Vec<String> = patterns.iter().map(|p| ascii_classes(p)).collect();
    regex::RegexSetBuilder::new(&patterns)
        .dfa_size_limit(DFA_CACHE)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern set: {e}"))
}

/// Compiled patterns (see [`re`]) gathered into one set, matched in a single pass.
pub(crate) fn set_of(regexes: &[&Regex]) -> RegexSet {
    regex::RegexSetBuilder::new(regexes.iter().map(|r| r.as_str()))
        .dfa_size_limit(DFA_CACHE)
        .build()
        .unwrap_or_else(|e| panic!("invalid built-in pattern set: {e}"))
}

/// Which patterns of `set` match any of `texts`, as a bit mask (sets here have < 64 patterns).
pub(crate) fn set_matches(set: &RegexSet, texts: &[&str]) -> u64 {
    let mut mask = 0u64;
    for text in texts {
        for index in set.matches(text).iter().filter(|&i| i < 64) {
            mask |= 1 << index;
        }
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_punctuation() {
        assert_eq!(fold("Urgence : TRÈS Haute"), "urgence : tres haute");
        assert_eq!(fold("Criticité\u{a0}: élevée"), "criticite : elevee");
        assert_eq!(fold("d’évolution «Œuvre»"), "d'evolution \"oeuvre\"");
        assert_eq!(fold("ÇA MARCHE"), "ca marche");
    }

    #[test]
    fn lines_are_preserved() {
        let text = "Ligne é\nDeuxième\r\nTroisième ligne — fin";
        assert_eq!(fold(text).split('\n').count(), text.split('\n').count());
    }

    #[test]
    fn ascii_word_boundary() {
        let urgent = re(r"\burgent\b");
        assert!(urgent.is_match("c'est urgent !"));
        assert!(urgent.is_match("«urgent»"));
        assert!(!urgent.is_match("urgente"));
    }
}
