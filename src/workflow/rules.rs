//! Pre-qualification rules from the config (like GLPI business rules or Znuny postmaster
//! filters): regexes on subject, text and school give a new ticket its type, a suggested
//! urgency and a route. Compiled once at start; the first rule that matches applies.

use regex::Regex;

use crate::config::{Problem, Problems, Rule};
use crate::understand::Urgency;
use crate::vocab::{Target, TicketKind};

#[derive(Debug)]
struct Compiled {
    name: String,
    subject: Option<Regex>,
    body: Option<Regex>,
    school: Option<Regex>,
    kind: Option<TicketKind>,
    urgency: Option<Urgency>,
    route: Option<Target>,
    dispatch: bool,
}

/// What the rules decide for a new ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prequalification {
    pub rule: Option<String>,
    pub kind: Option<TicketKind>,
    pub urgency: Option<Urgency>,
    pub route: Option<Target>,
    pub dispatch: bool,
}

#[derive(Debug, Default)]
pub struct Rules(Vec<Compiled>);

impl Rules {
    /// Compiles the rules; every problem found is reported with its key (`rules[2].subject`).
    pub fn compile(rules: &[Rule]) -> Result<Rules, Problems> {
        let mut problems = Vec::new();
        let mut compiled = Vec::with_capacity(rules.len());
        for (i, rule) in rules.iter().enumerate() {
            let mut regex = |field: &str, pattern: &Option<String>| {
                pattern.as_deref().and_then(|p| match Regex::new(p) {
                    Ok(re) => Some(re),
                    Err(e) => {
                        problems
                            .push(Problem::new(format!("rules[{i}].{field}"), format!("rule {:?}: {e}", rule.name)));
                        None
                    }
                })
            };
            let (subject, body, school) =
                (regex("subject", &rule.subject), regex("body", &rule.body), regex("school", &rule.school));
            if rule.dispatch && rule.route.is_none() {
                problems
                    .push(Problem::new(format!("rules[{i}].dispatch"), format!("rule {:?}: needs a route", rule.name)));
            }
            compiled.push(Compiled {
                name: rule.name.clone(),
                subject,
                body,
                school,
                kind: rule.kind,
                urgency: rule.urgency,
                route: rule.route,
                dispatch: rule.dispatch,
            });
        }
        Problems::check(problems).map(|()| Rules(compiled))
    }

    /// The first rule whose every pattern matches.
    pub fn apply(&self, subject: &str, text: &str, uai: &str, school_name: &str) -> Prequalification {
        let matches = |re: &Option<Regex>, value: &str| re.as_ref().is_none_or(|re| re.is_match(value));
        self.0
            .iter()
            .find(|r| {
                matches(&r.subject, subject)
                    && matches(&r.body, text)
                    && (matches(&r.school, uai) || r.school.as_ref().is_some_and(|re| re.is_match(school_name)))
            })
            .map(|r| Prequalification {
                rule: Some(r.name.clone()),
                kind: r.kind,
                urgency: r.urgency,
                route: r.route,
                dispatch: r.dispatch,
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(name: &str, subject: Option<&str>, school: Option<&str>, route: Option<Target>) -> Rule {
        Rule {
            name: name.into(),
            subject: subject.map(Into::into),
            body: None,
            school: school.map(Into::into),
            kind: Some(TicketKind::Evolution),
            urgency: Some(Urgency::Bas),
            route,
            dispatch: false,
        }
    }

    #[test]
    fn first_matching_rule_applies() {
        let rules = Rules::compile(&[
            rule("wifi", Some("(?i)wi-?fi"), None, Some(Target::Officer)),
            rule("paris", None, Some("^075"), None),
        ])
        .unwrap();
        let p = rules.apply("Borne WIFI HS", "", "0751043B", "Lycée");
        assert_eq!(p.rule.as_deref(), Some("wifi"));
        assert_eq!(p.route, Some(Target::Officer));
        assert_eq!(rules.apply("Imprimante", "", "0751043B", "Lycée").rule.as_deref(), Some("paris"));
        assert_eq!(rules.apply("Imprimante", "", "0931187K", "Lycée Simone-Veil"), Prequalification::default());
        // The school pattern also matches the school's name.
        let by_name = Rules::compile(&[rule("veil", None, Some("Simone-Veil"), None)]).unwrap();
        assert!(by_name.apply("x", "", "0931187K", "Lycée polyvalent Simone-Veil").rule.is_some());
    }

    #[test]
    fn every_bad_rule_is_reported_with_its_key() {
        let mut dispatching = rule("sans route", None, None, None);
        dispatching.dispatch = true;
        let mut two_bad = rule("double", Some("(unclosed"), Some("[z-a]"), None);
        two_bad.body = Some("ok".into());
        let problems = Rules::compile(&[rule("fine", None, None, None), two_bad, dispatching]).unwrap_err().0;
        let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["rules[1].subject", "rules[1].school", "rules[2].dispatch"]);
        assert!(problems[0].message.contains("double"), "{}", problems[0]);
    }
}
