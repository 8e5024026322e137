//! Finding the UAI a sender wrote.
//!
//! A UAI is seven characters and a check letter: `0751043B`, written any case, sometimes with
//! a space before the letter (`0752318 m`), Corsica as `620…`/`720…` or `02A…`/`02B…`. Phone
//! numbers (`01 43 55 27 10`, `0143552710`) never fit the shape. A candidate counts when its
//! check letter is right; a wrong letter is reported (to tell the sender) only when the code is
//! introduced by `UAI`/`RNE` or clearly has the shape of one, never for a stray `1234567 a`.

use std::sync::LazyLock;

use regex::Regex;

use crate::uai::{Uai, UaiError};

static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    // ASCII word boundaries, so `n°0751043B` and `(0751043B)` are found too.
    // Or in groups of any size (`075 1043 B`, `0751-043-B`, `07 51 04 3B`), or with a letter O
    // for the leading zero, counted only when introduced as a school code: grouped digits are
    // also phone numbers and dates. The letter may stand apart (`0691234 - S`), and the code may
    // be glued to its label (`UAI0751043B`).
    super::fold::re(
        r"(?:\b|[Uu][Aa][Ii]|[Rr][Nn][Ee])(\d{7}|[\dOo](?:[ .-]?\d){6}|0?2[AaBb]\d{4})((?:[ ]?[./-][ ]?|[ ])?)([A-Za-z])\b",
    )
});

/// What the sender wrote about their school code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Found {
    pub uai: Option<Uai>,
    /// The code as written (normalised) when its check letter is wrong.
    pub invalid: Option<String>,
}

#[derive(Debug)]
pub(crate) struct Candidate {
    /// As written.
    pub written: String,
    /// `subject` or `text`.
    pub place: &'static str,
    /// Introduced by `UAI`, `RNE`, `établissement`.
    pub labelled: bool,
    /// Introduced as another school's ("le collège voisin (UAI …)"): no code of the sender's.
    pub another: bool,
    spaced: bool,
    pub parsed: Result<Uai, UaiError>,
}

/// Every code-shaped token of the subject, then of the sender's own text.
pub(crate) fn candidates(subject: &str, own_text: &str) -> Vec<Candidate> {
    let mut candidates: Vec<Candidate> = Vec::new();
    for (text, place) in [(subject, "subject"), (own_text, "text")] {
        for m in CANDIDATE.captures_iter(text) {
            let (Some(whole), Some(number), Some(letter)) = (m.get(0), m.get(1), m.get(3)) else { continue };
            let digits: String = number
                .as_str()
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| if c.eq_ignore_ascii_case(&'o') { '0' } else { c })
                .collect();
            let labelled = labelled(text, number.start());
            let another = another_school(text, number.start());
            let parsed = Uai::parse(&format!("{digits}{}", letter.as_str()));
            let lettered = number.as_str().starts_with(['o', 'O']);
            let grouped = digits.len() != number.as_str().len();
            // Unlabelled groups count only in a school code's full shape (`069 1234 S`, not a
            // phone's pairs): a capital check letter that is right and a département's number.
            let shaped = !lettered
                && number.as_str().split([' ', '.', '-']).count() <= 2
                && letter.as_str().chars().all(|c| c.is_ascii_uppercase())
                && plausible_departement(&digits)
                && parsed.is_ok();
            if (lettered || grouped) && !labelled && !shaped {
                continue;
            }
            candidates.push(Candidate {
                written: text[number.start()..whole.end()].to_string(),
                place,
                labelled,
                another,
                spaced: m.get(2).is_some_and(|s| !s.as_str().is_empty()),
                parsed,
            });
        }
    }
    candidates
}

/// Looks in the subject, then the sender's own text. When several valid codes are written,
/// `named` tells which school the mail says it is for ("pour le lycée Faidherbe"), if any.
pub(crate) fn find(subject: &str, own_text: &str, named: impl Fn(&Uai) -> bool) -> Found {
    let candidates: Vec<Candidate> = candidates(subject, own_text).into_iter().filter(|c| !c.another).collect();
    let mut valid = candidates.iter().filter_map(|c| c.parsed.as_ref().ok());
    if let Some(first) = valid.next() {
        let others: Vec<&Uai> = valid.filter(|u| *u != first).collect();
        if !others.is_empty() {
            let mut named_ones = std::iter::once(first).chain(others).filter(|u| named(u));
            if let (Some(uai), None) = (named_ones.next(), named_ones.next()) {
                return Found { uai: Some(uai.clone()), invalid: None };
            }
        }
    }
    // Best first: labelled valid, valid, labelled invalid, plausible invalid.
    let valid = |labelled: bool| {
        candidates.iter().find(|c| c.labelled == labelled && c.parsed.is_ok()).and_then(|c| c.parsed.clone().ok())
    };
    if let Some(uai) = valid(true).or_else(|| valid(false)) {
        return Found { uai: Some(uai), invalid: None };
    }
    let invalid = candidates
        .iter()
        .filter_map(|c| match &c.parsed {
            Err(UaiError::CheckLetter { code, .. }) => Some((c, code)),
            _ => None,
        })
        .find(|(c, code)| c.labelled || (!c.spaced && plausible_departement(code)))
        .map(|(_, code)| code.clone());
    Found { uai: None, invalid }
}

/// Whether `text` (folded) says it is for the school `name` (folded): "pour le lycée
/// Faidherbe", "concernant le collège Montaigne" — the name's own words within the few words
/// after, whatever the directory's generic ones ("lycée général et technologique").
pub(crate) fn names_school(text: &str, name: &str) -> bool {
    const GENERIC: [&str; 12] = [
        "lycee",
        "college",
        "ecole",
        "general",
        "generale",
        "technologique",
        "professionnel",
        "polyvalent",
        "et",
        "des",
        "du",
        "de",
    ];
    let own: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.len() > 1 && !GENERIC.contains(w))
        .collect();
    if own.is_empty() {
        return false;
    }
    ["pour le ", "pour la ", "pour l'", "concernant le ", "concernant la ", "concernant l'"].iter().any(|lead| {
        text.match_indices(lead).any(|(at, _)| {
            let after: String = text[at + lead.len()..].chars().take(60).collect();
            own.iter().all(|w| after.contains(w))
        })
    })
}

/// Whether `UAI`, `RNE` or `établissement` introduces the code, on the same line just before.
fn labelled(text: &str, at: usize) -> bool {
    let before = super::fold::before(text, at, 40);
    let before = before.rsplit('\n').next().unwrap_or_default().to_ascii_lowercase();
    before.contains("uai")
        || before.contains("rne")
        || before.contains("code etab")
        || before.contains("code établissement")
}

/// Another school named just before the code, in the same sentence: a comparison ("le collège
/// voisin (UAI …), même opérateur, n'a aucun souci"), not the sender's school.
static ANOTHER_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    super::fold::re(
        r"\b(?:(?:college|lycee|ecole|etablissement)s?\s+voisine?s?|voisine?s?\s+(?:college|lycee|ecole|etablissement)|autres?\s+(?:college|lycee|ecole|etablissement)s?|(?:comme|contrairement)\s+(?:au|a\s+la|a\s+l'|chez\s+(?:le|la|l'))\s*(?:college|lycee|ecole|etablissement))\b[^.!?\n]*$",
    )
});

fn another_school(text: &str, at: usize) -> bool {
    ANOTHER_SCHOOL.is_match(&super::fold::fold(super::fold::before(text, at, 80)))
}

/// Metropolitan `0NN…`, Corsican `620`/`720`, overseas `97N`.
fn plausible_departement(code: &str) -> bool {
    let b = code.as_bytes();
    match b.first() {
        Some(b'0') => b.get(1).is_some_and(|d| d.is_ascii_digit() || matches!(d, b'2')),
        Some(b'6') | Some(b'7') => b.get(1..3) == Some(b"20"),
        Some(b'9') => b.get(1) == Some(&b'7'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code written as another school's, in a comparison, is not the sender's; the sender's
    /// own code beside it still is.
    #[test]
    fn another_schools_code_is_not_the_senders() {
        let neighbour =
            "Notre débit est tombé, alors que le collège voisin (UAI 0595012C, même opérateur) n'a aucun souci.";
        assert_eq!(uai("Débit", neighbour), (None, None));
        let unlike = "Contrairement au lycée Faidherbe (0595012C), nous n'avons plus de réseau.";
        assert_eq!(uai("Réseau", unlike), (None, None));
        let both = "UAI 0751043B. Le collège voisin (0595012C) n'a aucun souci.";
        assert_eq!(uai("Débit", both).0.as_deref(), Some("0751043B"));
        // A school's own code after a sentence about another.
        let after = "Le collège voisin n'a aucun souci. Notre UAI : 0751043B.";
        assert_eq!(uai("Débit", after).0.as_deref(), Some("0751043B"));
    }

    fn uai(subject: &str, text: &str) -> (Option<String>, Option<String>) {
        let found = find(subject, text, |_| false);
        (found.uai.map(|u| u.as_str().to_string()), found.invalid)
    }

    #[test]
    fn the_school_a_mail_says_it_is_for() {
        let text = "je m'occupe du college montaigne et du lycee faidherbe. pour le lycee faidherbe : la barriere";
        assert!(names_school(text, "lycee faidherbe"));
        assert!(names_school(text, "lycee general et technologique faidherbe"));
        assert!(!names_school(text, "college montaigne"));
    }

    #[test]
    fn the_school_named_among_several_codes() {
        let text = "Collège Montaigne (0330789D) et lycée Faidherbe (0595012C). Pour le lycée Faidherbe : la barrière.";
        let named = |u: &Uai| u.as_str() == "0595012C";
        assert_eq!(find("", text, named).uai.map(|u| u.as_str().to_string()), Some("0595012C".into()));
        // None named: the first valid code, as before.
        assert_eq!(uai("", text), (Some("0330789D".into()), None));
    }

    #[test]
    fn written_forms() {
        assert_eq!(uai("", "RNE: 0912205c\n"), (Some("0912205C".into()), None));
        assert_eq!(uai("", "Collège Zola (0752318 M)"), (Some("0752318M".into()), None));
        assert_eq!(uai("Panne wifi - 0941520S", ""), (Some("0941520S".into()), None));
        assert_eq!(uai("", "code UAI n°02A0187J"), (Some("6200187J".into()), None));
        assert_eq!(uai("", "UAI 0751043-B"), (Some("0751043B".into()), None));
        assert_eq!(uai("", "Établissement 0751043 - B"), (Some("0751043B".into()), None));
        assert_eq!(uai("", "Code UAI\t0932045T\n"), (Some("0932045T".into()), None));
        assert_eq!(uai("", "UAI : 07 51 04 3B"), (Some("0751043B".into()), None));
        assert_eq!(uai("", "UAI : O751043B"), (Some("0751043B".into()), None));
        assert_eq!(uai("", "UAI0751043B"), (Some("0751043B".into()), None));
        assert_eq!(uai("", "rne0751043b"), (Some("0751043B".into()), None));
        // Glued to another word, it stays a reference of something else.
        assert_eq!(uai("", "réf. ABC0751043B"), (None, None));
        // Without a label, grouped digits or a letter O are not taken for a code.
        assert_eq!(uai("", "appelez le 07 51 04 3B"), (None, None));
        assert_eq!(uai("", "modèle O751043B"), (None, None));
    }

    #[test]
    fn wrong_check_letter_is_reported_when_it_is_clearly_a_uai() {
        assert_eq!(uai("", "UAI : 0921234 v"), (None, Some("0921234V".into())));
        assert_eq!(uai("", "Lycée du Fango 7200093R"), (None, Some("7200093R".into())));
    }

    #[test]
    fn phone_numbers_and_words_are_not_codes() {
        assert_eq!(uai("", "Tél. 01 43 55 27 10 ou 0143552710"), (None, None));
        assert_eq!(uai("", "le dossier 1234567 a été transmis"), (None, None));
        assert_eq!(uai("", "le dossier 1234567 - a été transmis"), (None, None));
        assert_eq!(uai("", "commande 12345678X"), (None, None));
    }

    #[test]
    fn groups_count_unlabelled_only_in_a_code_s_full_shape() {
        assert_eq!(uai("", "Lycée Ampère, 069 1234 S."), (Some("0691234S".into()), None));
        assert_eq!(uai("", "Lycée Ampère, 069 1234 s."), (None, None));
        assert_eq!(uai("", "Lycée Ampère, 069 1234 T."), (None, None));
        assert_eq!(uai("", "appelez le 06 91 23 45 pour la salle 4 S"), (None, None));
    }

    #[test]
    fn a_valid_code_wins_over_an_earlier_wrong_one() {
        assert_eq!(uai("", "0921234V pardon, 0921234S"), (Some("0921234S".into()), None));
        assert_eq!(uai("", "voisin 0752318M\nUAI : 0751043B"), (Some("0751043B".into()), None));
    }
}
