//! Reading the directory file as desks have it: saved by a French Excel (`;`-separated,
//! Windows-1252) as often as by a script (`,`, UTF-8 with or without a BOM), with a header
//! line in English or French. A file is refused whole, with every bad line by its real
//! number, so an import never half-applies: a missing header, a duplicate UAI, a wrong check
//! letter, an address that is not one.

use std::collections::HashMap;

use super::{school_from_row, CsvRow, Directory, DirectoryError};

/// Field separator of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Delimiter {
    /// `;`, as a French Excel saves "CSV".
    Semicolon,
    /// `,`.
    Comma,
    /// A tab.
    Tab,
}

impl Delimiter {
    fn byte(self) -> u8 {
        match self {
            Delimiter::Semicolon => b';',
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
        }
    }

    /// The one the header line uses most (outside quotes).
    fn detect(header: &str) -> Self {
        let mut quoted = false;
        let (mut semicolons, mut commas, mut tabs) = (0, 0, 0);
        for c in header.chars() {
            match c {
                '"' => quoted = !quoted,
                ';' if !quoted => semicolons += 1,
                ',' if !quoted => commas += 1,
                '\t' if !quoted => tabs += 1,
                _ => {}
            }
        }
        if tabs > semicolons && tabs > commas {
            Delimiter::Tab
        } else if semicolons > commas {
            Delimiter::Semicolon
        } else {
            Delimiter::Comma
        }
    }
}

/// Character encoding of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1252, what Excel writes on a French Windows; also reads Latin-1 files.
    #[value(name = "windows-1252", alias = "cp1252", alias = "latin1", alias = "iso-8859-1")]
    Windows1252,
}

/// How to read the file; `None` guesses (a BOM or valid UTF-8 means UTF-8, else Windows-1252;
/// the header's most frequent separator).
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    pub delimiter: Option<Delimiter>,
    pub encoding: Option<Encoding>,
}

/// Decodes the bytes: `(text, encoding used)`.
pub fn decode(bytes: &[u8], forced: Option<Encoding>) -> Result<(String, Encoding), DirectoryError> {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF");
    match (forced, without_bom) {
        (Some(Encoding::Windows1252), _) => Ok((windows_1252(bytes), Encoding::Windows1252)),
        (_, Some(rest)) => utf8(rest),
        (Some(Encoding::Utf8), None) => utf8(bytes),
        (None, None) => match std::str::from_utf8(bytes) {
            Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
            Err(_) => Ok((windows_1252(bytes), Encoding::Windows1252)),
        },
    }
}

fn utf8(bytes: &[u8]) -> Result<(String, Encoding), DirectoryError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            Err(DirectoryError::Field {
                line,
                message: "not UTF-8 (saved by Excel? try --encoding windows-1252)".to_string(),
            })
        }
    }
}

fn windows_1252(bytes: &[u8]) -> String {
    encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
}

/// The columns, by the names a header may give them (compared without case, accents,
/// spaces, `_` or `-`).
const COLUMNS: [(&str, &[&str]); 5] = [
    ("uai", &["uai", "rne", "codeuai", "uaietablissement"]),
    ("name", &["name", "nom", "etablissement", "nometablissement", "denomination"]),
    ("town", &["town", "commune", "ville", "localite"]),
    (
        "correspondant_email",
        &["correspondantemail", "correspondant", "mailcorrespondant", "emailcorrespondant", "courrielcorrespondant"],
    ),
    ("suppleant_email", &["suppleantemail", "suppleant", "mailsuppleant", "emailsuppleant", "courrielsuppleant"]),
];

fn normalise(name: &str) -> String {
    name.trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'à' | 'â' => Some('a'),
            'î' | 'ï' => Some('i'),
            'ô' => Some('o'),
            'ù' | 'û' | 'ü' => Some('u'),
            'ç' => Some('c'),
            ' ' | '_' | '-' | '.' | '\u{feff}' => None,
            c => Some(c),
        })
        .collect()
}

/// What an import read, besides the schools.
#[derive(Debug, Clone, Copy)]
pub struct Read {
    pub delimiter: Delimiter,
    pub encoding: Encoding,
}

/// Parses a directory file's bytes.
pub fn parse(bytes: &[u8], options: ReadOptions) -> Result<(Directory, Read), Vec<DirectoryError>> {
    let (text, encoding) = decode(bytes, options.encoding).map_err(|e| vec![e])?;
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = options.delimiter.unwrap_or_else(|| Delimiter::detect(first));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter.byte())
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    // The reader's own line count skips blank lines, and a record's position is where the
    // reader started looking for it (before the blank lines): count from its first byte.
    let bytes = text.as_bytes();
    let newlines: Vec<usize> = bytes.iter().enumerate().filter(|(_, b)| **b == b'\n').map(|(i, _)| i).collect();
    let line_at = |p: Option<&csv::Position>| {
        p.map_or(0, |p| {
            let start = (p.byte() as usize..bytes.len()).find(|&i| !matches!(bytes[i], b'\r' | b'\n'));
            newlines.partition_point(|&n| n < start.unwrap_or(bytes.len())) as u64 + 1
        })
    };
    let header_line = |e: &csv::Error| line_at(e.position());
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(e)) => return Err(vec![DirectoryError::Field { line: header_line(&e), message: e.to_string() }]),
        None => return Err(vec![DirectoryError::Field { line: 1, message: "the file is empty".into() }]),
    };
    let header_at = line_at(header.position());
    let index = columns(&header).map_err(|message| vec![DirectoryError::Field { line: header_at, message }])?;
    let mut schools = Vec::new();
    let mut errors = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                errors.push(DirectoryError::Field { line: header_line(&e), message: e.to_string() });
                continue;
            }
        };
        let line = line_at(record.position());
        if record.iter().all(str::is_empty) {
            continue; // a line of separators only, as spreadsheets leave at the end
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or("").to_string();
        let row = CsvRow {
            uai: field(index[0]),
            name: field(index[1]),
            town: field(index[2]),
            correspondant_email: field(index[3]),
            suppleant_email: Some(field(index[4])),
        };
        match school_from_row(row, line) {
            Ok(school) => match seen.insert(school.uai.as_str().to_string(), line) {
                Some(first) => errors.push(DirectoryError::Field {
                    line,
                    message: format!("UAI {} already given at line {first}", school.uai.as_str()),
                }),
                None => schools.push(school),
            },
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok((Directory::new(schools), Read { delimiter, encoding }))
    } else {
        Err(errors)
    }
}

/// The position of each column in the header; the suppléant's is optional.
fn columns(header: &csv::StringRecord) -> Result<[Option<usize>; 5], String> {
    let names: Vec<String> = header.iter().map(normalise).collect();
    let mut index = [None; 5];
    for (slot, (_, aliases)) in index.iter_mut().zip(COLUMNS) {
        *slot = names.iter().position(|n| aliases.contains(&n.as_str()));
    }
    let missing: Vec<&str> =
        COLUMNS.iter().zip(index).take(4).filter(|(_, i)| i.is_none()).map(|((name, _), _)| *name).collect();
    if missing.is_empty() {
        return Ok(index);
    }
    let found = header.iter().collect::<Vec<_>>().join(" | ");
    Err(format!(
        "no header line with the columns uai, name, town, correspondant_email[, suppleant_email] \
         (French names accepted: UAI, Nom, Commune, Correspondant, Suppléant): missing {}; the first line reads: {found}",
        missing.join(", ")
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<(Directory, Read), Vec<String>> {
        parse(bytes, ReadOptions::default()).map_err(|e| e.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn files_as_desks_have_them() {
        let cases: [(&str, &[u8], Delimiter, Encoding); 4] = [
            (
                "utf-8, commas",
                "uai,name,town,correspondant_email,suppleant_email\n0751043B,Lycée Jeanne-Barret,Paris,a@x.example,\n"
                    .as_bytes(),
                Delimiter::Comma,
                Encoding::Utf8,
            ),
            (
                "utf-8 with BOM, semicolons, French header",
                "\u{feff}UAI;Nom;Commune;Correspondant;Suppléant\r\n0751043B;Lycée Jeanne-Barret;Paris;a@x.example;b@x.example\r\n"
                    .as_bytes(),
                Delimiter::Semicolon,
                Encoding::Utf8,
            ),
            (
                "French Excel: windows-1252, semicolons, trailing empty line of separators",
                b"UAI;Nom;Commune;Correspondant;Suppl\xe9ant\r\n0751043B;Lyc\xe9e Jeanne-Barret;Paris;a@x.example;\r\n;;;;\r\n",
                Delimiter::Semicolon,
                Encoding::Windows1252,
            ),
            (
                "tabs, quoted name with a comma",
                b"uai\tname\ttown\tcorrespondant_email\n0751043B\t\"Lyc\xc3\xa9e Jeanne-Barret, site B\"\tParis\ta@x.example\n",
                Delimiter::Tab,
                Encoding::Utf8,
            ),
        ];
        for (what, bytes, delimiter, encoding) in cases {
            let (directory, read) = read(bytes).unwrap_or_else(|e| panic!("{what}: {e:?}"));
            assert_eq!((read.delimiter, read.encoding), (delimiter, encoding), "{what}");
            let school = directory.schools().next().unwrap();
            assert!(school.name.starts_with("Lycée Jeanne-Barret"), "{what}: {:?}", school.name);
            assert_eq!(school.correspondant_email, "a@x.example", "{what}");
        }
    }

    #[test]
    fn refusals_name_the_real_line() {
        let cases: [(&str, &str, &[&str]); 5] = [
            ("no header", "0751043B,A,Paris,a@x.example\n", &["line 1: no header line"]),
            ("empty", "", &["line 1: the file is empty"]),
            (
                "duplicate UAI, after blank lines",
                "uai,name,town,correspondant_email\n\n0751043B,A,Paris,a@x.example\n\n\n0751043b,B,Paris,b@x.example\n",
                &["line 6: UAI 0751043B already given at line 3"],
            ),
            (
                "wrong check letter and bad address",
                "uai,name,town,correspondant_email\n0751043C,A,Paris,a@x.example\n\n0921234S,B,Nanterre,pas une adresse\n",
                &["line 2: wrong check letter", "line 4: correspondant_email: not an address"],
            ),
            ("missing column", "uai;nom;correspondant\n", &["line 1: no header line", "missing town"]),
        ];
        for (what, text, expected) in cases {
            let errors = read(text.as_bytes()).map(|_| ()).unwrap_err();
            let all = errors.join("\n");
            for needle in expected {
                assert!(all.contains(needle), "{what}: {needle:?} not in:\n{all}");
            }
        }
    }

    #[test]
    fn forced_utf8_on_a_windows_file_says_so() {
        let options = ReadOptions { encoding: Some(Encoding::Utf8), delimiter: None };
        let errors = parse(b"uai;nom\n0751043B;Lyc\xe9e\n", options).map(|_| ()).unwrap_err();
        assert!(errors[0].to_string().contains("line 2: not UTF-8"), "{}", errors[0]);
    }
}
