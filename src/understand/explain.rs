//! `guichet inspect --explain`: for each field, what decided it and what else was seen, so
//! that a desk can tell why a mail was misread. Reads the mail with the same functions as
//! [`super::understand`], whose result it shows.

use super::{decide, kind, text, uai_find, urgency, Context, Kind, Understanding};

/// One field, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    pub field: &'static str,
    pub value: String,
    /// What decided it.
    pub because: String,
    /// What else was seen and weighed, or left aside.
    pub considered: Vec<String>,
}

fn line(field: &'static str, value: Option<String>, because: String, considered: Vec<String>) -> Explained {
    Explained { field, value: value.unwrap_or_else(|| "-".into()), because, considered }
}

/// The understanding of `raw` and each field's explanation.
pub fn explain(raw: &[u8], ctx: &Context<'_>) -> (Understanding, Vec<Explained>) {
    let u = super::understand(raw, ctx);
    let Some(msg) = text::parse(raw) else {
        return (u.clone(), vec![line("kind", Some(u.kind.as_str().into()), u.reason.clone(), Vec::new())]);
    };
    let mail = decide::Mail::read(&msg, ctx);
    let (subject, own) = (&mail.folded_subject, &mail.own.folded);
    let mut lines = Vec::new();

    let mut signs: Vec<String> = kind::signs(subject, own)
        .into_iter()
        .map(|(name, place, words)| format!("{name} in the {place}: «{words}»"))
        .collect();
    let weights = mail.weights();
    signs.push(format!("weighed as a new mail: need {}, fault {}", weights.need, weights.fault));
    if mail.refs.ticket.is_some() || mail.replying {
        let model = kind::model_or_shipped(ctx.model);
        if let Some(lean) = kind::model_lean(subject, own, &kind::model::ABOUT_A_TICKET, Some(u.kind), model) {
            let ahead = if lean.kind == u.kind { "of the next" } else { "of the kind found" };
            signs.push(format!(
                "learned model ({} examples): reads {}, {:.1} ahead {ahead} (it decides past {:.0}, on a weak or default reading; it closes only with thanks and no fault told, never chases)",
                model.examples(),
                lean.kind.as_str(),
                lean.margin,
                kind::model::MARGIN
            ));
        }
    } else if weights.tells_nothing() {
        let model = kind::model_or_shipped(ctx.model);
        if let Some(lean) = kind::model_lean(subject, own, &kind::model::NEW_MAIL, Some(Kind::NewIncident), model) {
            signs.push(format!(
                "learned model ({} examples): reads {}, {:.1} ahead (neither need nor fault weighed: past {:.0}, it reads a change request; past {:.0}, the list)",
                model.examples(),
                lean.kind.as_str(),
                lean.margin,
                kind::model::NEED_MARGIN,
                kind::model::LIST_MARGIN
            ));
        }
    }
    let spam = mail.spam_assessment(mail.verdict().auto_submitted);
    let named = if spam.signs.is_empty() { "no sign".to_string() } else { spam.signs.join(", ") };
    let (threshold, bar) = (spam.bar.threshold(), spam.bar.describe());
    signs.push(format!("spam score {} for a bar of {threshold} ({bar}): {named}", spam.score));
    lines.push(line("kind", Some(u.kind.as_str().into()), u.reason.clone(), signs));

    let evidence = urgency::evidence(mail.urgency_subject(), own);
    let (because, considered) = match (&u.urgency, evidence.split_first()) {
        (Some(_), Some(((_, rule, words), rest))) => (
            format!("{rule}: «{words}»"),
            rest.iter()
                .map(|(level, rule, words)| format!("{} ({rule}): «{words}», after the first", level.as_str()))
                .collect(),
        ),
        (None, Some(_)) => (
            format!("not read for a mail of kind {}: only a school's own report states its urgency", u.kind.as_str()),
            evidence.iter().map(|(level, rule, words)| format!("{} ({rule}): «{words}»", level.as_str())).collect(),
        ),
        _ => ("no urgency stated (subject and the sender's own text, quotes left out)".into(), Vec::new()),
    };
    lines.push(line("urgency", u.urgency.map(|x| x.as_str().to_string()), because, considered));

    let candidates = uai_find::candidates(&mail.subject, &mail.own.text);
    let describe = |c: &uai_find::Candidate| {
        let check = if c.parsed.is_ok() { "check letter right" } else { "check letter wrong or not a UAI" };
        let label = if c.labelled { ", introduced as a school code" } else { "" };
        let another = if c.another { ", written as another school's" } else { "" };
        format!("«{}» in the {} ({check}{label}{another})", c.written, c.place)
    };
    let because = match (&u.uai, &u.invalid_uai) {
        (Some(uai), _) => candidates
            .iter()
            .find(|c| c.parsed.as_ref().is_ok_and(|p| p == uai))
            .map_or_else(|| "written".into(), |c| format!("written: {}", describe(c))),
        (None, Some(code)) => format!("{code} written with a wrong check letter: the sender is told"),
        (None, None) if candidates.is_empty() => "no school code written".into(),
        (None, None) => "no code-shaped token counts as a school code".into(),
    };
    let others = candidates.iter().filter(|c| u.uai.is_none() || c.parsed.as_ref().ok() != u.uai.as_ref());
    lines.push(line("uai", u.uai.as_ref().map(|x| x.as_str().to_string()), because, others.map(describe).collect()));

    let schools: Vec<String> = mail.schools.iter().map(|s| format!("{} {}", s.uai.as_str(), s.name)).collect();
    let because = match (&u.school, &u.uai) {
        (Some(_), Some(_)) => "the code written".to_string(),
        (Some(school), None) if mail.forwarded_school.as_ref() == Some(school) => {
            "the forwarded report's code, one of the sender's schools".to_string()
        }
        (Some(_), None) => "the sender's only school in the directory".to_string(),
        (None, _) if schools.len() > 1 => "the sender serves several schools and wrote no code".to_string(),
        (None, _) => "no school: none written, and the sender is no school's contact".to_string(),
    };
    let listed = schools.len();
    lines.push(line("school", u.school.as_ref().map(|x| x.as_str().to_string()), because, schools));

    let because = match u.ticket_ref {
        Some(_) if mail.refs.ticket == u.ticket_ref => format!("from the {}", mail.refs.from),
        Some(_) => "a platform's « Référence externe »".to_string(),
        None => "no ticket number (subject tag, replies to our messages, subject, text)".to_string(),
    };
    let considered = mail.refs.work_order.map(|w| format!("work order OT-{w}")).into_iter().collect();
    lines.push(line("ticket_ref", u.ticket_ref.map(|t| t.to_string()), because, considered));

    let role = match (&u.sender, listed) {
        (None, _) => "no From address".to_string(),
        (Some(_), 0) => "From; not a contact of any school in the directory".to_string(),
        (Some(_), n) => format!("From; correspondant or suppléant of {n} school(s)"),
    };
    let considered = mail.forged_by.map(|m| format!("refuted by the desk's exchanger: {m}")).into_iter().collect();
    lines.push(line("sender", u.sender.clone(), role, considered));
    (u, lines)
}

/// The explanation as `guichet inspect --explain` prints it.
pub fn render(file: &str, lines: &[Explained]) -> String {
    let mut out = format!("{file}\n");
    for l in lines {
        out.push_str(&format!("  {:<11} {:<16} {}\n", l.field, l.value, l.because));
        for c in &l.considered {
            out.push_str(&format!("  {:<11} {:<16} · {c}\n", "", ""));
        }
    }
    out
}
