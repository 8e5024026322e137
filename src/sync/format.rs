//! Reading a peer platform's mail: `Label : value` lines (Remedy Email Engine notifications,
//! GLPI/notification style key lines), any spacing or tab before the colon, French or
//! English labels; other text is ignored. Pure.

use chrono::{NaiveDateTime, TimeZone};

use crate::understand::TicketRef;

/// What a peer's mail says about a ticket.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeerUpdate {
    /// The peer's own ticket id.
    pub peer_id: Option<String>,
    /// Our reference, as the peer recorded it ("Référence externe").
    pub our_ref: Option<TicketRef>,
    pub action: Option<String>,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub assignee: Option<String>,
    pub comment: Option<String>,
    pub summary: Option<String>,
    /// A UAI, when the peer opens a ticket for a school.
    pub uai: Option<String>,
    /// The peer's modification time (Unix ms), to order its updates.
    pub modified: Option<i64>,
    /// Our own sequence number, when the mail quotes one of our updates back.
    pub echo_seq: Option<i64>,
}

/// Folds a label for comparison: lower case, no accents, single spaces.
fn fold_label(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    for c in label.trim().chars() {
        let c = match c {
            'é' | 'è' | 'ê' | 'É' => 'e',
            'à' | 'â' => 'a',
            'ô' => 'o',
            'î' | 'ï' => 'i',
            'û' | 'ù' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c if c.is_whitespace() => ' ',
            c => c.to_ascii_lowercase(),
        };
        if c == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(c);
    }
    out
}

/// Parses `dd/mm/yyyy HH:MM[:SS]` or RFC 3339, Paris time when no offset.
fn parse_time(value: &str) -> Option<i64> {
    let value = value.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(value) {
        return Some(t.timestamp_millis());
    }
    for format in ["%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(value, format) {
            return chrono_tz::Europe::Paris.from_local_datetime(&naive).earliest().map(|t| t.timestamp_millis());
        }
    }
    None
}

/// Reads the label lines of `text` (and the peer id from subject and text with `id_re`).
pub fn parse(subject: &str, text: &str, id_re: &regex::Regex) -> PeerUpdate {
    let mut update = PeerUpdate::default();
    let find_id =
        |s: &str| id_re.captures(s).and_then(|c| c.get(1).or_else(|| c.get(0))).map(|m| m.as_str().to_string());
    update.peer_id = find_id(subject).or_else(|| find_id(text));
    for line in text.lines() {
        let line = line.trim_start_matches('>').trim();
        let Some((label, value)) = line.split_once(':') else { continue };
        if label.len() > 40 {
            continue;
        }
        let value = value.trim();
        let set = |slot: &mut Option<String>| {
            if slot.is_none() && !value.is_empty() {
                *slot = Some(value.to_string());
            }
        };
        match fold_label(label).as_str() {
            "reference externe" | "external reference" | "ref externe" | "reference guichet"
                if update.our_ref.is_none() =>
            {
                update.our_ref = value.parse().ok()
            }
            "action" => set(&mut update.action),
            "statut" | "status" | "etat" => set(&mut update.status),
            "priorite" | "priority" | "urgence" | "urgency" => set(&mut update.priority),
            "affecte a" | "assigned to" | "attribue a" | "assignee" | "technicien" => set(&mut update.assignee),
            "notes de travail" | "work info" | "work notes" | "commentaire" | "comment" | "suivi" | "note" => {
                set(&mut update.comment)
            }
            "resume" | "summary" | "titre" | "title" => set(&mut update.summary),
            "uai" | "code uai" | "code etablissement" | "site" => set(&mut update.uai),
            "date de mise a jour" | "last modified date" | "date de modification" | "modifie le" | "modified"
                if update.modified.is_none() =>
            {
                update.modified = parse_time(value)
            }
            "sequence guichet" | "guichet sequence" if update.echo_seq.is_none() => {
                update.echo_seq = value.parse().ok()
            }
            _ => {}
        }
    }
    update
}

#[cfg(test)]
mod tests {
    use super::*;

    fn remedy() -> regex::Regex {
        regex::Regex::new(r"INC\d{12}").unwrap()
    }

    #[test]
    fn remedy_notification_with_tabs_and_accents() {
        let text = "Bonjour,\n\nNuméro d'incident\t: INC000001234511\nRéférence externe\t: 2026-000325\n\
                    Statut\t: En attente\nPriorité\t: 2-Élevée\nDate de mise à jour\t: 27/09/2026 14:10:00\n\
                    Notes de travail\t: Pièce commandée.\n--\nPlateforme";
        let u = parse("INC000001234511 - Mise à jour", text, &remedy());
        assert_eq!(u.peer_id.as_deref(), Some("INC000001234511"));
        assert_eq!(u.our_ref.map(|r| r.to_string()).as_deref(), Some("2026-000325"));
        assert_eq!(u.status.as_deref(), Some("En attente"));
        assert_eq!(u.priority.as_deref(), Some("2-Élevée"));
        assert_eq!(u.comment.as_deref(), Some("Pièce commandée."));
        assert!(u.modified.is_some());
    }

    #[test]
    fn glpi_subject_tag_and_english_labels() {
        let re = regex::Regex::new(r"\[GLPI #(\d+)\]").unwrap();
        let u = parse(
            "[GLPI #4521] Ticket updated",
            "Status: Solved\nUrgency : High\nExternal reference: 2026-000007\n",
            &re,
        );
        assert_eq!(u.peer_id.as_deref(), Some("4521"));
        assert_eq!(u.status.as_deref(), Some("Solved"));
        assert_eq!(u.priority.as_deref(), Some("High"));
        assert_eq!(u.our_ref.unwrap().number, 7);
    }

    #[test]
    fn prose_with_colons_is_ignored_and_times_order() {
        let u = parse("x", "Bonjour : voici une phrase très longue qui contient deux points : ignorée\n", &remedy());
        assert_eq!(u, PeerUpdate::default());
        let a = parse_time("09/02/2026 09:00:00").unwrap();
        let b = parse_time("09/02/2026 09:00:01").unwrap();
        assert!(a < b);
        assert_eq!(parse_time("2026-02-09T08:00:00Z"), Some(a));
    }
}
