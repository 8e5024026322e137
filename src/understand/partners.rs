//! Mail from the desk's partners: maintenance contractors and ticketing platforms.
//!
//! Configured addresses or `@domain`s decide when given. Without configuration a partner is
//! recognised by what it writes: a contractor answers about a work order (`OT-2026-000123`, a
//! reply to the work-order mail itself, or one of the desk's tickets in a firm's words); a
//! platform (Remedy, ServiceNow, GLPI, RT, Zammad) sends its own ticket id (`INC000001234567`,
//! `[GLPI #0004521]`) and `Label : value` lines (`Statut : Assigné`, `Référence externe :
//! 2026-000123`), as text or as an HTML table.

use std::sync::LazyLock;

use regex::Regex;

use super::fold::re;

/// A platform's own ticket id: Remedy's or ServiceNow's numbers, Zammad's `Ticket#31007` and
/// Znuny's `Ticket#2026120710000011` (its default hook and a date-based number), Jira's
/// `[JIRA] (SD-4417)`, or
/// the subject tag of GLPI (`[GLPI #0004521]`, `src/NotificationTargetTicket.php`) and RT
/// (`[rt.example #123]`, `$EmailSubjectTagRegex`): any tag with a plain number, which the
/// desk's own `[CESAME #2026-000123]` is not. GLPI's tag is an entity's free text
/// (`notification_subject_tag`: "[Collèges 33 #0004811]"), which GLPI itself threads by
/// `/\[.+#(\d+)\]/` (`src/MailCollector.php`).
static PLATFORM_ID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:INC|REQ|RITM|SCTASK|TASK|CRQ|CHG|PRB|WO|SR|IM|SD)\d{6,15}\b|\bTicket#\d{3,20}\b|\[([^\[\]\n]{1,40} #\d{1,10})\]|\[JIRA\]\s*\(([A-Z][A-Z0-9]{1,9}-\d{1,7})\)",
    )
});

/// A `Label : value` line of a ticket notification (folded text; a tab separates form cells).
static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?m)^[ \t*]*(?:statut|status|etat\s+du\s+ticket|priorite|priority|urgence|impact|groupe\s+(?:support|affecte|de\s+support|d'assignation|de\s+resolution)|assigned\s+(?:group|to)|assignment\s+group|affecte\s+a|assigne\s+a|technicien|numero\s+d'(?:incident|intervention|appel|ticket|demande)|n[o°]\s+(?:d'incident|de\s+ticket)|incident\s+(?:number|id)|ticket\s+(?:number|id)|reference\s+externe|external\s+reference|resume|summary|titre|categorie|category|date\s+d'ouverture|date\s+de\s+(?:creation|mise\s+a\s+jour|resolution|cloture)|opened|updated|notes?\s+de\s+travail|work\s+notes|motif\s+du\s+statut|status\s+reason|state|etat|groupe|proprietaire|owner|queue|file\s+d'attente)[ \t]*[:\t|]",
    )
});

/// A contractor's voice about a ticket of the desk: the work order named ("Ordre de travail",
/// the desk's own subject), or the firm speaking of its technician and its visits.
static CONTRACTOR_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\bordre\s+de\s+travail\b|\bwork\s+order\b|\bnotre\s+(?:technicien|intervenant|equipe\s+technique|agence|devis|intervention|passage)\b|\bnous\s+(?:interviendrons|passerons|avons\s+(?:remplace|change|repare|intervenu))\b|\bbon\s+(?:d'intervention|de\s+passage)\b|\bcompte\s+rendu\s+d'intervention\b",
    )
});

/// Whether an outsider writing about one of the desk's tickets reads like its contractor.
pub(crate) fn sounds_like_contractor(folded_subject: &str, folded_text: &str) -> bool {
    CONTRACTOR_WORDS.is_match(folded_subject) || CONTRACTOR_WORDS.is_match(folded_text)
}

/// Whether `sender` is one of the configured addresses or domains (`@domain` or `domain`).
pub(crate) fn configured(sender: &str, list: &[String]) -> bool {
    let sender = sender.trim();
    let domain = sender.rsplit_once('@').map(|(_, d)| d).unwrap_or_default();
    list.iter().map(|entry| entry.trim()).filter(|e| !e.is_empty()).any(|entry| {
        if let Some(d) = entry.strip_prefix('@') {
            domain.eq_ignore_ascii_case(d)
                || domain.len() > d.len() + 1
                    && domain.to_ascii_lowercase().ends_with(&format!(".{}", d.to_ascii_lowercase()))
        } else if entry.contains('@') {
            sender.eq_ignore_ascii_case(entry)
        } else {
            domain.eq_ignore_ascii_case(entry)
        }
    })
}

/// The platform's own ticket id in the subject, else in the text.
pub(crate) fn platform_id(subject: &str, text: &str) -> Option<String> {
    let id =
        |c: regex::Captures<'_>| c.get(1).or_else(|| c.get(2)).or_else(|| c.get(0)).map(|m| m.as_str().to_string());
    PLATFORM_ID.captures(subject).or_else(|| PLATFORM_ID.captures(text)).and_then(id)
}

/// Whether a mail reads like a platform's notification: many fields, or its own ticket id
/// with a couple of fields or sent by a machine (`generated`: Auto-Submitted, no-reply sender).
pub(crate) fn looks_like_platform(folded_text: &str, has_id: bool, generated: bool) -> bool {
    let fields = FIELD.find_iter(folded_text).take(4).count();
    fields >= 4 || has_id && (fields >= 2 || generated)
}

#[cfg(test)]
mod tests {
    use super::super::fold::fold;
    use super::*;

    #[test]
    fn configured_addresses_and_domains() {
        let list = vec!["@scc.example".to_string(), "planif@other.example".into(), "glpi.example".into()];
        assert!(configured("kevin@scc.example", &list));
        assert!(configured("kevin@idf.scc.example", &list));
        assert!(!configured("kevin@notscc.example", &list));
        assert!(configured("PLANIF@other.example", &list));
        assert!(!configured("x@other.example", &list));
        assert!(configured("robot@glpi.example", &list));
    }

    #[test]
    fn servicenow_style_notification() {
        let text = fold(
            "Ticket REQ0012345 updated\n\nState: Work in Progress\nAssigned to: N2 Réseau\nPriority: 3 - Moderate\n",
        );
        let id = platform_id("REQ0012345 updated", &text);
        assert_eq!(id.as_deref(), Some("REQ0012345"));
        assert!(looks_like_platform(&text, id.is_some(), false));
        assert!(looks_like_platform("your request was updated.", true, true));
    }

    #[test]
    fn subject_tags_of_glpi_rt_and_zammad() {
        for (subject, id) in [
            ("[GLPI #0004521] Mise à jour d'un ticket", Some("GLPI #0004521")),
            ("[Collèges 33 #0004811] Ticket résolu : Borne wifi", Some("Collèges 33 #0004811")),
            ("[rt.region.example #123] AutoReply: Panne", Some("rt.region.example #123")),
            ("[Ticket#31007] RE: Tableau blanc", Some("Ticket#31007")),
            ("[Ticket#2026120710000011] RE: Serveur", Some("Ticket#2026120710000011")),
            ("[JIRA] (SD-4417) Routeur salle info", Some("SD-4417")),
            ("[CESAME #2026-000123] Ordre de travail OT-2026-000123", None),
            ("RE: [CESAME #2026-000123] Accusé de réception", None),
            ("Salle #12 en panne", None),
        ] {
            assert_eq!(platform_id(subject, "").as_deref(), id, "{subject}");
        }
    }

    #[test]
    fn glpi_style_table_without_id() {
        let text =
            fold("Titre\tImprimante\nStatut\tEn cours (attribué)\nDate d'ouverture\t2026-01-03\nCatégorie\tMatériel\n");
        assert!(looks_like_platform(&text, false, false));
    }

    #[test]
    fn a_school_form_is_not_a_platform() {
        let text = fold(
            "Établissement : Lycée X\nUAI : 0751043B\nType : Incident\nDescription : écran noir\nUrgence : haute\n",
        );
        assert!(!looks_like_platform(&text, false, true));
        assert_eq!(platform_id("Panne salle 12", "Poste PC0123456789"), None);
    }
}
