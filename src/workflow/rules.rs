//! Pre-qualification rules from the config (like GLPI business rules or Znuny postmaster
//! filters): regexes on subject, text and school give a new ticket its type, a suggested
//! urgency and a route. Compiled once at start; the first rule that matches applies.

use regex::Regex;

use super::commands::{Target, TicketKind};
use crate::config::Rule;
use crate::understand::Urgency;

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
    /// Compiles the rules; the error names the rule and what is wrong.
    pub fn compile(rules: &[Rule]) -> Result<Rules, String> {
        let regex = |rule: &Rule, field: &str, pattern: &Option<String>| -> Result<Option<Regex>, String> {
            pattern
                .as_deref()
                .map(|p| Regex::new(p).map_err(|e| format!("rule {:?}: {field}: {e}", rule.name)))
                .transpose()
        };
        let mut compiled = Vec::with_capacity(rules.len());
        for rule in rules {
            let kind = match rule.kind.as_deref() {
                None => None,
                Some("incident") => Some(TicketKind::Incident),
                Some("evolution") => Some(TicketKind::Evolution),
                Some(other) => return Err(format!("rule {:?}: type {other:?}: use incident or evolution", rule.name)),
            };
            let urgency = match rule.urgency.as_deref() {
                None => None,
                Some(u) => Some(
                    Urgency::parse(u)
                        .ok_or_else(|| format!("rule {:?}: urgency {u:?}: use bas, moyen or tres_haut", rule.name))?,
                ),
            };
            let route = match rule.route.as_deref() {
                None => None,
                Some("prestataire") => Some(Target::Contractor),
                Some("rtn") => Some(Target::Officer),
                Some(other) => return Err(format!("rule {:?}: route {other:?}: use prestataire or rtn", rule.name)),
            };
            if rule.dispatch && route.is_none() {
                return Err(format!("rule {:?}: dispatch needs a route", rule.name));
            }
            compiled.push(Compiled {
                name: rule.name.clone(),
                subject: regex(rule, "subject", &rule.subject)?,
                body: regex(rule, "body", &rule.body)?,
                school: regex(rule, "school", &rule.school)?,
                kind,
                urgency,
                route,
                dispatch: rule.dispatch,
            });
        }
        Ok(Rules(compiled))
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

    fn rule(name: &str, subject: Option<&str>, school: Option<&str>, route: Option<&str>) -> Rule {
        Rule {
            name: name.into(),
            subject: subject.map(Into::into),
            body: None,
            school: school.map(Into::into),
            kind: Some("evolution".into()),
            urgency: Some("bas".into()),
            route: route.map(Into::into),
            dispatch: false,
        }
    }

    #[test]
    fn first_matching_rule_applies() {
        let rules = Rules::compile(&[
            rule("wifi", Some("(?i)wi-?fi"), None, Some("rtn")),
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
    fn bad_rules_are_refused_with_their_name() {
        let err = Rules::compile(&[rule("broken", Some("(unclosed"), None, None)]).unwrap_err();
        assert!(err.contains("broken") && err.contains("subject"));
        let mut r = rule("x", None, None, None);
        r.dispatch = true;
        assert!(Rules::compile(&[r]).unwrap_err().contains("dispatch"));
    }
}
