//! Mail templates: `templates/<name>.{subject,txt,html}.hbs`, French, read once at start.
//!
//! Strict mode turns a missing variable into an error instead of an empty hole in a mail.
//! Subject and text are rendered without escaping, HTML with HTML escaping.

use std::path::Path;

use handlebars::Handlebars;
use serde::Serialize;

use super::letters::Template;

/// Every template guichet sends; subject and text must exist in the templates directory, the
/// HTML alternative is optional (mails to agents and contractors are plain text).
/// The shipped templates, compiled in (build.rs), for `guichet init` to write out.
pub mod shipped {
    include!(concat!(env!("OUT_DIR"), "/templates.rs"));
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("template {name}: {source}")]
    Load { name: String, source: Box<handlebars::TemplateError> },
    #[error("template {name}: missing file {path}")]
    Missing { name: String, path: String },
    #[error("rendering {name}: {source}")]
    Render { name: String, source: Box<handlebars::RenderError> },
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Several(Vec<RenderError>),
}

/// The three parts of a rendered mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

/// Compiled templates.
pub struct Templates {
    plain: Handlebars<'static>,
    html: Handlebars<'static>,
}

impl std::fmt::Debug for Templates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Templates").finish_non_exhaustive()
    }
}

impl Templates {
    /// No template at all: every render fails (for checking the rest of a configuration).
    pub fn empty() -> Self {
        Templates { plain: Handlebars::new(), html: Handlebars::new() }
    }

    /// Compiles every template of `dir`, reporting every missing or broken one.
    pub fn load(dir: &Path) -> Result<Self, RenderError> {
        let mut errors = Vec::new();
        let mut plain = Handlebars::new();
        plain.set_strict_mode(true);
        plain.register_escape_fn(handlebars::no_escape);
        let mut html = Handlebars::new();
        html.set_strict_mode(true);
        for name in Template::ALL.map(Template::name) {
            for part in ["subject", "txt", "html"] {
                let registry = if part == "html" { &mut html } else { &mut plain };
                let path = dir.join(format!("{name}.{part}.hbs"));
                if part == "html" && !path.is_file() {
                    continue;
                }
                if !path.is_file() {
                    errors.push(RenderError::Missing { name: name.to_string(), path: path.display().to_string() });
                    continue;
                }
                if let Err(e) = registry.register_template_file(&format!("{name}.{part}"), &path) {
                    errors.push(RenderError::Load { name: format!("{name}.{part}"), source: Box::new(e) });
                }
            }
        }
        match errors.len() {
            0 => Ok(Templates { plain, html }),
            1 => Err(errors.remove(0)),
            _ => Err(RenderError::Several(errors)),
        }
    }

    pub fn render<T: Serialize>(&self, name: &str, data: &T) -> Result<Rendered, RenderError> {
        let render = |registry: &Handlebars<'static>, part: &str| {
            let full = format!("{name}.{part}");
            registry.render(&full, data).map_err(|e| RenderError::Render { name: full, source: Box::new(e) })
        };
        Ok(Rendered {
            subject: render(&self.plain, "subject")?.trim().to_string(),
            text: render(&self.plain, "txt")?,
            html: if self.html.has_template(&format!("{name}.html")) {
                Some(render(&self.html, "html")?)
            } else {
                None
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_templates_load_and_a_missing_one_is_named() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let templates = Templates::load(&dir).expect("shipped templates compile");
        let data = serde_json::json!({ "tag": "[CESAME #2026-000001]", "headline": "Test", "results": [], "problems": [],
            "help": "", "ref": "2026-000001", "desk_name": "CESAME" });
        let rendered = templates.render("agent_reply", &data).unwrap();
        assert!(rendered.subject.contains("2026-000001") && rendered.html.is_none());
        let empty = tempfile::tempdir().unwrap();
        let error = Templates::load(empty.path()).unwrap_err().to_string();
        assert!(error.contains("ack.subject.hbs"), "{error}");
    }
}
