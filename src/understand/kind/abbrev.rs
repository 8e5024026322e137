//! Abbreviations of hurried typing ("c bon", "tt est ok", "pb ds la salle", "tjrs ko") and
//! spellings of one word ("Wi-Fi", "wi fi"), written out before the words of intent are looked
//! for, so each rule need not spell them.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::super::fold::re;

/// Whole words only; "c" only before what people say is fine or broken ("c bon", "c mort",
/// "c encore pire").
static SHORT: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:c\s+(?:bon|ok|good|reparti|regle|fait|mort|nickel|urgent|repare|resolu|retabli|encore|pire|mieux|pas|fini|termine)|tt|ts|vs|pb|pbs|qd|ds|pr|tjrs|tjs|bcp|dc|bjr|qq|qqs|qqn|pcq|pck|rdv|tech|wi[\s-]fi)\b|\ben\s+\+",
    )
});

/// The text with its abbreviations written out; borrowed when there are none.
pub(super) fn expand(text: &str) -> Cow<'_, str> {
    SHORT.replace_all(text, |c: &Captures<'_>| {
        let word = &c[0];
        if let Some(rest) = word.strip_prefix('c').filter(|r| r.starts_with(char::is_whitespace)) {
            return format!("c'est{rest}");
        }
        match word {
            "tt" => "tout",
            "ts" => "tous",
            "vs" => "vous",
            "pb" => "probleme",
            "pbs" => "problemes",
            "qd" => "quand",
            "ds" => "dans",
            "pr" => "pour",
            "tjrs" | "tjs" => "toujours",
            "bcp" => "beaucoup",
            "dc" => "donc",
            "bjr" => "bonjour",
            "qq" | "qqs" => "quelques",
            "qqn" => "quelqu'un",
            "tech" => "technicien",
            "pcq" | "pck" => "parce que",
            "rdv" => "rendez-vous",
            w if w.starts_with("wi") => "wifi",
            _ => "en plus",
        }
        .to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hurried_words_are_written_out() {
        assert_eq!(expand("c bon ca marche"), "c'est bon ca marche");
        assert_eq!(expand("tt est ok, vs pouvez cloturer"), "tout est ok, vous pouvez cloturer");
        assert_eq!(expand("pb ds la salle, tjrs ko"), "probleme dans la salle, toujours ko");
        assert_eq!(expand("qq postes en + svp"), "quelques postes en plus svp");
        assert_eq!(expand("qd est ce que qqn passe"), "quand est ce que quelqu'un passe");
        assert_eq!(expand("le tech est passe, c encore pire"), "le technicien est passe, c'est encore pire");
        assert_eq!(expand("un acces wi-fi invite, le wi fi du cdi"), "un acces wifi invite, le wifi du cdi");
        // Letters that are names stay: "bâtiment C", "la salle C12".
        assert_eq!(expand("batiment c, salle c12"), "batiment c, salle c12");
        assert!(matches!(expand("rien a changer"), Cow::Borrowed(_)));
    }
}
