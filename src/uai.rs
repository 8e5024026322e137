//! UAI codes (Unité Administrative Immatriculée): seven characters and a check letter.
//!
//! The check letter is `ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]` where `n` is the seven-character
//! number; Corsica's département codes `2A` and `2B` count as `620` and `720`, so a code
//! written `02A0187J` is the same establishment as `6200187J` (the canonical form kept here).

use std::fmt;

const CHECK_LETTERS: &[u8; 23] = b"ABCDEFGHJKLMNPRSTUVWXYZ";

/// A UAI whose check letter has been verified, upper case, eight characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(transparent)]
pub struct Uai(String);

/// Why a written code is not a valid UAI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UaiError {
    #[error("a UAI has 7 characters and a check letter, got {0:?}")]
    Shape(String),
    #[error("wrong check letter in {code}: expected {expected}")]
    CheckLetter { code: String, expected: char },
}

impl Uai {
    /// Parses a code as people write it: any case, inner spaces allowed (`0752318 m`).
    pub fn parse(written: &str) -> Result<Self, UaiError> {
        let code: String = written.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
        let bytes = code.as_bytes();
        if bytes.len() != 8 || !code.is_ascii() {
            return Err(UaiError::Shape(written.to_string()));
        }
        let digits = canonical_digits(&code[..7]).ok_or_else(|| UaiError::Shape(written.into()))?;
        let number: u32 = digits.parse().map_err(|_| UaiError::Shape(written.into()))?;
        let expected = CHECK_LETTERS[(number % 23) as usize] as char;
        if bytes[7] as char != expected {
            return Err(UaiError::CheckLetter { code, expected });
        }
        Ok(Uai(format!("{digits}{expected}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The département part: two digits, or `2A`/`2B`, or three digits for overseas (`971`).
    pub fn departement(&self) -> &str {
        if self.0.starts_with("09") && self.0.as_bytes()[2] == b'7' {
            &self.0[1..4]
        } else if self.0.starts_with('0') {
            &self.0[1..3]
        } else if self.0.starts_with("620") {
            "2A"
        } else if self.0.starts_with("720") {
            "2B"
        } else {
            &self.0[..3]
        }
    }
}

impl fmt::Display for Uai {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The seven digits the check letter is computed from (`02A`/`02B` mapped to `620`/`720`).
fn canonical_digits(first7: &str) -> Option<String> {
    let digits = match &first7[..3] {
        "02A" => format!("620{}", &first7[3..]),
        "02B" => format!("720{}", &first7[3..]),
        _ => first7.to_string(),
    };
    digits.bytes().all(|b| b.is_ascii_digit()).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_codes_from_the_directory() {
        for code in ["0751043B", "0752318M", "6200187J", "7200093N", "0910661Z"] {
            assert_eq!(Uai::parse(code).unwrap().as_str(), code);
        }
    }

    #[test]
    fn written_forms_are_normalised() {
        assert_eq!(Uai::parse("0752318 m").unwrap().as_str(), "0752318M");
        assert_eq!(Uai::parse(" 0751043b").unwrap().as_str(), "0751043B");
    }

    #[test]
    fn corsican_letters_count_as_620_and_720() {
        assert_eq!(Uai::parse("02A0187J").unwrap().as_str(), "6200187J");
        assert_eq!(Uai::parse("02b0093n").unwrap().as_str(), "7200093N");
        assert!(matches!(Uai::parse("02A0187K"), Err(UaiError::CheckLetter { .. })));
    }

    #[test]
    fn wrong_check_letters_are_refused() {
        assert_eq!(Uai::parse("0921234V"), Err(UaiError::CheckLetter { code: "0921234V".into(), expected: 'S' }));
        assert!(matches!(Uai::parse("7200093R"), Err(UaiError::CheckLetter { .. })));
        assert!(matches!(Uai::parse("075104"), Err(UaiError::Shape(_))));
        assert!(matches!(Uai::parse("07510é3B"), Err(UaiError::Shape(_))));
    }

    #[test]
    fn departements() {
        assert_eq!(Uai::parse("0751043B").unwrap().departement(), "75");
        assert_eq!(Uai::parse("6200187J").unwrap().departement(), "2A");
        assert_eq!(Uai::parse("7200093N").unwrap().departement(), "2B");
    }
}
