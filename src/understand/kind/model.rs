//! A naive Bayes model of what a school contact wants, learned from labelled mails.
//!
//! The rules of [`super`] name what they know; mail written in words they have never seen is
//! where they fail. The model reads every word and pair of words of the subject and the
//! sender's own text (folded, abbreviations expanded) and says which kind the examples that
//! share them had. It only ever chooses between kinds the rules left open (see
//! [`super::intent`]), and only when it leans clearly: the rules stay the first reader.
//!
//! Scoring is the multinomial model over the set of a mail's features (each counted once),
//! with additive smoothing: for kind `k` with `n_k` examples, `log(n_k + 1) + Σ log((c_k(f) +
//! ½) / (n_k + 1))` over the features seen in training. Manning, Raghavan & Schütze,
//! *Introduction to Information Retrieval*, ch. 13 (the Bernoulli variant without the absent
//! terms, which on short mails would weigh mostly what is not written).
//!
//! The shipped model (`model.tsv`) is learned from the project's own labelled tables
//! (`tests/cases`); `tests/understand_model.rs` checks it is in step with them, and writes it
//! again with `GUICHET_WRITE_MODEL=1`.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use anyhow::{bail, Context as _};

use crate::understand::Kind;

/// The kinds the model learns: a school contact's.
pub const CLASSES: [Kind; 6] =
    [Kind::NewIncident, Kind::NewRequest, Kind::FollowUp, Kind::ClosureConfirmation, Kind::Reminder, Kind::ListRequest];
const N: usize = CLASSES.len();

fn class_index(kind: Kind) -> Option<usize> {
    CLASSES.iter().position(|k| *k == kind)
}

/// FNV-1a, 64 bits: features are looked up by hash, without building their strings.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// The words of a folded text: runs of ASCII letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty())
}

/// Each word, and each pair of consecutive words written `a_b`, once.
fn features(text: &str) -> Vec<u64> {
    let mut out = Vec::new();
    let mut previous: Option<u64> = None;
    for word in words(text) {
        let alone = fnv(FNV_OFFSET, word.as_bytes());
        out.push(alone);
        if let Some(previous) = previous {
            out.push(fnv(fnv(previous, b"_"), word.as_bytes()));
        }
        previous = Some(alone);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The same features as strings, for a model's file.
fn feature_names(text: &str) -> Vec<String> {
    let all: Vec<&str> = words(text).collect();
    let mut out: Vec<String> = all.iter().map(|w| w.to_string()).collect();
    out.extend(all.windows(2).map(|p| format!("{}_{}", p[0], p[1])));
    out.sort_unstable();
    out.dedup();
    out
}

/// Counts gathered from examples, by feature name.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Trainer {
    docs: [u32; N],
    counts: BTreeMap<String, [u32; N]>,
}

impl Trainer {
    /// Learns one example: `text` as [`crate::understand::model_text`] gives it. Kinds the model
    /// does not learn are ignored (false).
    pub fn add(&mut self, text: &str, kind: Kind) -> bool {
        let Some(k) = class_index(kind) else { return false };
        self.docs[k] += 1;
        for name in feature_names(text) {
            self.counts.entry(name).or_default()[k] += 1;
        }
        true
    }

    pub fn examples(&self) -> u32 {
        self.docs.iter().sum()
    }

    /// Counts read back from a model's file, to learn more examples on top (a desk's own
    /// mail on the shipped tables'): the features the file left out count from zero.
    pub fn from_tsv(tsv: &str) -> anyhow::Result<Trainer> {
        let mut lines = tsv.lines().filter(|l| !l.starts_with('#'));
        let kinds = lines.next().context("no kinds line")?;
        let expected: Vec<&str> = CLASSES.iter().map(|k| k.as_str()).collect();
        if kinds.split('\t').skip(1).collect::<Vec<_>>() != expected {
            bail!("the model's kinds are not {}", expected.join(", "));
        }
        let counts_of = |line: &str, number: usize| -> anyhow::Result<(String, [u32; N])> {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default().to_string();
            let mut counts = [0; N];
            for c in &mut counts {
                let field = fields.next().with_context(|| format!("line {number}: too few counts"))?;
                *c = field.parse().with_context(|| format!("line {number}: count {field:?}"))?;
            }
            Ok((name, counts))
        };
        let (label, docs) = counts_of(lines.next().context("no examples line")?, 2)?;
        if label != "examples" {
            bail!("second line is {label:?}, not the examples");
        }
        let mut counts = BTreeMap::new();
        for (number, line) in lines.enumerate() {
            let (name, c) = counts_of(line, number + 3)?;
            counts.insert(name, c);
        }
        Ok(Trainer { docs, counts })
    }

    /// The model's file: features seen at least `min_count` times, sorted, one per line.
    pub fn to_tsv(&self, min_count: u32) -> String {
        let mut out = String::from("# guichet kind model: feature, then examples having it per kind\n");
        let names: Vec<&str> = CLASSES.iter().map(|k| k.as_str()).collect();
        let _ = writeln!(out, "kinds\t{}", names.join("\t"));
        let docs: Vec<String> = self.docs.iter().map(u32::to_string).collect();
        let _ = writeln!(out, "examples\t{}", docs.join("\t"));
        for (name, counts) in &self.counts {
            if counts.iter().sum::<u32>() >= min_count {
                let counts: Vec<String> = counts.iter().map(u32::to_string).collect();
                let _ = writeln!(out, "{name}\t{}", counts.join("\t"));
            }
        }
        out
    }

    pub fn model(&self) -> Model {
        Model::new(self.docs, self.counts.iter().map(|(name, c)| (feature_key(name), *c)))
    }
}

/// A feature name's hash, as [`features`] computes it from the text.
fn feature_key(name: &str) -> u64 {
    match name.split_once('_') {
        Some((a, b)) => fnv(fnv(fnv(FNV_OFFSET, a.as_bytes()), b"_"), b.as_bytes()),
        None => fnv(FNV_OFFSET, name.as_bytes()),
    }
}

/// The shipped model, learned from the project's tables.
pub const SHIPPED: &str = include_str!("model.tsv");

/// What a mail about a ticket can be, for the model's second reading.
pub const ABOUT_A_TICKET: [Kind; 4] = [Kind::FollowUp, Kind::ClosureConfirmation, Kind::Reminder, Kind::ListRequest];

/// How much more (natural log of the odds) the model must favour another kind than the rules'
/// to change it. Chosen on the aside parts 30 to 49, each read by the rules as they were before
/// it was written and by a model learned from the parts before it (`tests/understand_model.rs`):
/// from 2 to 4 the same mails end right, 4 changes fewer.
pub const MARGIN: f64 = 4.0;

/// How much more the model must favour a chase over news for news read by default to become
/// one. On the first readings of parts 30 to 175 (`tests/understand_model.rs`, a model learned
/// from the parts before each), the model read 123 such news as chases: past 4, 51 of 88 were;
/// past 12, 33 of 43; past 16, 28 of 30 (one thanked acknowledgement, one absence the rules
/// had misread anyway); past 20, 21 of 21. A chase read as news costs the school a day; news
/// read as a chase only a reminder counted.
pub const CHASE_MARGIN: f64 = 16.0;

/// What a new mail can be, for the model's reading of one that tells neither a need nor a fault:
/// a change request must lead the list too ("lesquelles sont encore ouvertes ?" is no need),
/// and the incident by the margin. With the list left out, the first readings of parts 30 to
/// 171 gave 49 needs right of 66 read, 6 of the wrong ones lists; with it, 44 of 53.
pub const NEW_MAIL: [Kind; 3] = [Kind::NewIncident, Kind::NewRequest, Kind::ListRequest];

/// How much more (natural log of the odds) the model must favour a change request over an
/// incident, on a new mail the rules weighed at nothing either way. Chosen on the first
/// readings of parts 30 to 68 (`tests/understand_model.rs`, a model learned from the parts
/// before each): of 103 mails the rules weighed at nothing and read as incidents, 34 read as
/// needs past 4, of which 27 were (4 were incidents); past 2, 3, 6 or 8 fewer end right.
pub const NEED_MARGIN: f64 = 4.0;

/// How much more the model must favour the list of tickets over an incident, on a new mail the
/// rules weighed at nothing either way and found no list's words in ("Qu'avons-nous encore
/// d'ouvert chez vous ?"). On the first readings of parts 30 to 225 (`tests/understand_model.rs`),
/// of such mails the model read as lists past 24, 6 of 6 were; past 19, 7 of 11 (a chase, two
/// needs and a trainee's fault among them). A list sent for a report costs a day; the model's
/// narrow leans to the list are words the list shares with needs ("pourriez-vous nous envoyer").
pub const LIST_MARGIN: f64 = 24.0;

/// The model's second reading of a mail about a ticket that the rules read weakly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Second {
    /// The rules' kind stands.
    Keep,
    Change(Kind),
    /// The model reads a closure: the rules' kind stands and the desk is told, unless the
    /// school thanks and tells no fault (`kind::second_reading`). On parts 30–49 the model alone
    /// turned eight news into the closures they were, but two into closures they were not
    /// ("c'est bon pour nous, il peut venir mardi"): a ticket closed while still broken costs
    /// the school far more than a closure confirmed by hand, and a ticket the contractor closed
    /// is closed by the school's "merci, tout fonctionne" anyway (the workflow reads the answer
    /// to its closure notice).
    ClosureLeftToDesk,
    /// The model reads a chase, by less than [`CHASE_MARGIN`]: the rules' news stands unless
    /// the mail only asks after its file (`kind::second_reading`).
    ChaseLeftToRules,
}

/// A learned model, ready to score.
#[derive(Debug, Clone, Default)]
pub struct Model {
    docs: [u32; N],
    /// Per feature, the log of its smoothed frequency in each kind's examples: computed once,
    /// scoring only adds.
    weights: HashMap<u64, [f64; N]>,
}

/// Which kind the model prefers among some, and by how much (natural log of the odds).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lean {
    pub kind: Kind,
    pub margin: f64,
}

impl Model {
    /// The second reading of `text`, a mail about a ticket the rules read as `ruled` by a weak
    /// sign or by default: another kind only when the model clearly prefers it. A mail the
    /// rules read as saying it works again may become news ("le son est revenu, la salle 206
    /// non"); news becomes a chase only by a wide margin ([`CHASE_MARGIN`]: on parts 30–55,
    /// when the model knew few examples, its chases were right 8 times and wrong 8 whatever
    /// the margin); a closure never does ("trois jours d'utilisation sans coupure" shares a
    /// reminder's words). A closure it read as news was right 5 times of 6.
    pub fn second_reading(&self, text: &str, ruled: Kind) -> Second {
        match self.lean(text, &ABOUT_A_TICKET, Some(ruled)) {
            Some(lean) if lean.kind != ruled && lean.margin >= MARGIN => match lean.kind {
                Kind::ClosureConfirmation => Second::ClosureLeftToDesk,
                Kind::Reminder if ruled == Kind::FollowUp && lean.margin >= CHASE_MARGIN => {
                    Second::Change(Kind::Reminder)
                }
                Kind::Reminder if ruled == Kind::FollowUp => Second::ChaseLeftToRules,
                Kind::Reminder => Second::Keep,
                Kind::ListRequest if ruled == Kind::ClosureConfirmation => Second::Keep,
                kind => Second::Change(kind),
            },
            _ => Second::Keep,
        }
    }

    /// What a new mail in which the rules found neither a need nor a fault (an incident by
    /// default) reads clearly like, if not an incident: a change request past [`NEED_MARGIN`]
    /// ("la régie date de 2009, tout est converti en basse définition" tells a need in words no
    /// rule knows), the list of tickets past [`LIST_MARGIN`].
    pub fn new_mail_reading(&self, text: &str) -> Option<Kind> {
        let lean = self.lean(text, &NEW_MAIL, Some(Kind::NewIncident))?;
        let past = match lean.kind {
            Kind::NewRequest => NEED_MARGIN,
            Kind::ListRequest => LIST_MARGIN,
            _ => return None,
        };
        (lean.margin >= past).then_some(lean.kind)
    }

    /// Reads a model's file, as [`Trainer::to_tsv`] writes it.
    pub fn from_tsv(tsv: &str) -> anyhow::Result<Model> {
        Ok(Trainer::from_tsv(tsv)?.model())
    }

    fn new(docs: [u32; N], counts: impl IntoIterator<Item = (u64, [u32; N])>) -> Model {
        let mut weights = HashMap::new();
        for (key, c) in counts {
            let w: [f64; N] = std::array::from_fn(|i| ((f64::from(c[i]) + 0.5) / f64::from(docs[i] + 1)).ln());
            weights.insert(key, w);
        }
        Model { docs, weights }
    }

    pub fn examples(&self) -> u32 {
        self.docs.iter().sum()
    }

    /// How `text` scores for each of `among` (kinds the model learns), best first; empty when
    /// fewer than two of them were learned.
    pub fn scores(&self, text: &str, among: &[Kind]) -> Vec<(Kind, f64)> {
        let indices: Vec<usize> = among.iter().filter_map(|k| class_index(*k)).filter(|i| self.docs[*i] > 0).collect();
        if indices.len() < 2 {
            return Vec::new();
        }
        let mut scores: Vec<(f64, usize)> = indices.iter().map(|i| (f64::from(self.docs[*i] + 1).ln(), *i)).collect();
        for feature in features(text) {
            if let Some(weights) = self.weights.get(&feature) {
                for (score, i) in &mut scores {
                    *score += weights[*i];
                }
            }
        }
        scores.sort_by(|a, b| b.0.total_cmp(&a.0));
        scores.into_iter().map(|(score, i)| (CLASSES[i], score)).collect()
    }

    /// The kind `text` reads most like among `among`, with its margin over `rival` (or over
    /// the next when `rival` is the best or not among them).
    pub fn lean(&self, text: &str, among: &[Kind], rival: Option<Kind>) -> Option<Lean> {
        let scores = self.scores(text, among);
        let (best, top) = *scores.first()?;
        let other = scores.iter().skip(1).find(|(k, _)| Some(*k) == rival).or_else(|| scores.get(1))?;
        Some(Lean { kind: best, margin: top - other.1 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trained(examples: &[(&str, Kind)]) -> Trainer {
        let mut t = Trainer::default();
        for (text, kind) in examples {
            t.add(text, *kind);
        }
        t
    }

    #[test]
    fn leans_to_the_kind_whose_examples_share_the_words() {
        let t = trained(&[
            ("tout fonctionne merci", Kind::ClosureConfirmation),
            ("ca marche de nouveau merci", Kind::ClosureConfirmation),
            ("toujours rien depuis une semaine", Kind::Reminder),
            ("toujours aucune nouvelle", Kind::Reminder),
            ("voici une photo de l'ecran", Kind::FollowUp),
        ]);
        let model = t.model();
        let among = [Kind::FollowUp, Kind::ClosureConfirmation, Kind::Reminder];
        let cases = [
            ("l'imprimante fonctionne, merci", Kind::ClosureConfirmation),
            ("toujours rien a ce jour", Kind::Reminder),
            ("une photo de la salle", Kind::FollowUp),
        ];
        for (text, want) in cases {
            let lean = model.lean(text, &among, None).expect("three kinds learned");
            assert_eq!(lean.kind, want, "{text}");
            assert!(lean.margin > 0.0, "{text}");
        }
    }

    #[test]
    fn a_list_asked_for_is_no_need() {
        let mut t = Trainer::default();
        for i in 0..6 {
            t.add(&format!("pourriez-vous nous envoyer un ecran de plus pour la salle {i}"), Kind::NewRequest);
            t.add(&format!("pourriez-vous nous envoyer la liste des demandes ouvertes {i}"), Kind::ListRequest);
            t.add(&format!("le poste de la salle {i} ne demarre plus"), Kind::NewIncident);
        }
        let model = t.model();
        let need = "pourriez-vous nous envoyer un ecran de plus pour la salle 9";
        assert_eq!(model.new_mail_reading(need), Some(Kind::NewRequest));
        // The words a need shares with the list ("pourriez-vous nous envoyer") read as the list.
        let list = "pourriez-vous nous envoyer la liste des demandes ouvertes";
        assert_eq!(model.new_mail_reading(list), Some(Kind::ListRequest));
        assert_eq!(model.new_mail_reading("le poste de la salle 9 ne demarre plus"), None);
    }

    #[test]
    fn the_file_reads_back_to_the_same_scores() {
        let t = trained(&[("panne ecran salle 3", Kind::NewIncident), ("besoin d'un ecran salle 4", Kind::NewRequest)]);
        let tsv = t.to_tsv(1);
        let read = Model::from_tsv(&tsv).expect("own file");
        let among = [Kind::NewIncident, Kind::NewRequest];
        for text in ["ecran en panne", "nous aurions besoin d'un ecran", "rien de connu"] {
            assert_eq!(read.lean(text, &among, None), t.model().lean(text, &among, None), "{text}");
        }
        assert!(tsv.contains("\nbesoin_d\t0\t1\t0\t0\t0\t0\n"), "{tsv}");
    }

    #[test]
    fn refuses_a_file_of_other_kinds_or_broken_counts() {
        assert!(Model::from_tsv("kinds\tspam\texamples\n").is_err());
        let t = trained(&[("panne", Kind::NewIncident)]).to_tsv(1);
        assert!(Model::from_tsv(&t.replace("\t1\t0", "\tun\t0")).is_err());
    }

    #[test]
    fn undecided_without_two_learned_kinds() {
        let model = trained(&[("panne", Kind::NewIncident)]).model();
        assert_eq!(model.lean("panne", &[Kind::NewIncident, Kind::NewRequest], None), None);
        assert_eq!(model.lean("panne", &[Kind::Spam, Kind::NewIncident], None), None);
    }
}
