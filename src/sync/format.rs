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
    /// The platform refused our mail (Remedy's Email Engine error reply): nothing to apply.
    pub error: Option<String>,
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

/// Both lines that frame the fields of guichet's own updates contain this: a platform that
/// quotes our earlier mails back (GLPI's notifications list every follow-up) must not be read
/// as if it had written them.
const OUR_BLOCK: &str = "passerelle guichet";

/// Reads the label lines of `text` (and the peer id from subject and text with `id_re`).
/// Inside a quoted block of ours only our reference is taken.
pub fn parse(subject: &str, text: &str, id_re: &regex::Regex) -> PeerUpdate {
    let mut update = PeerUpdate::default();
    let find_id =
        |s: &str| id_re.captures(s).and_then(|c| c.get(1).or_else(|| c.get(0))).map(|m| m.as_str().to_string());
    update.peer_id = find_id(subject).or_else(|| find_id(text));
    let mut ours = false;
    for line in text.lines() {
        let line = line.trim_start_matches('>').trim();
        if line.contains(OUR_BLOCK) {
            ours = !ours;
            continue;
        }
        if ours {
            if let Some((label, value)) = line.split_once(':') {
                if update.our_ref.is_none() && matches!(fold_label(label).as_str(), "reference externe") {
                    update.our_ref = value.trim().parse().ok();
                }
            }
            continue;
        }
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

/// The error an AR System Email Engine reply reports (`ERROR (326): Required field cannot be
/// blank.; 1000000000`), if it is one: AR System messages are numbered `ERROR (n): …` (or
/// `ARERR [n]`).
pub fn remedy_error(text: &str) -> Option<String> {
    static ERROR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?m)^\s*(?:ERROR\s*\(\d+\)|ARERR\s*\[?\d+\]?)\s*:?.*$").expect("valid pattern")
    });
    ERROR.find(text).map(|m| m.as_str().trim().chars().take(500).collect())
}

/// The whole text a platform's person wrote, without what it quotes (our earlier mails,
/// `>` lines, "… a écrit :"): `None` when nothing is left.
pub fn own_text(text: &str) -> Option<String> {
    let mut kept = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        if trimmed.starts_with('>')
            || trimmed.contains(OUR_BLOCK)
            || lower.starts_with("-----original message")
            || lower.starts_with("-------- message d'origine")
            || (lower.ends_with("a écrit :") || lower.ends_with("a écrit:") || lower.ends_with("wrote:"))
        {
            break;
        }
        kept.push(line.trim_end());
    }
    let text = kept.join("\n").trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// GLPI's ticket id in one of its Message-IDs (`src/NotificationTarget.php`): since 10.0.7
/// `GLPI_<uuid>-Ticket-<id>/<event>…@host`, in 10.0.0–10.0.6 `GLPI_<uuid>-Ticket-<id>.<time>.<rand>@…`,
/// before 10 `GLPI-<id>.<time>.<rand>@…`.
pub fn glpi_ticket_id(message_id: &str) -> Option<String> {
    static FORMS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^<?GLPI(?:_[0-9A-Za-z-]+?-Ticket-(\d+)[/.]|-(\d+)\.\d+\.)").expect("valid pattern")
    });
    let captures = FORMS.captures(message_id.trim())?;
    captures.get(1).or_else(|| captures.get(2)).map(|m| m.as_str().to_string())
}

/// What one of RT's stock notifications is (`etc/initialdata`'s templates, by subject).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RtNotice {
    /// "AutoReply in HTML" to the requestor on create: tells RT's ticket id, nothing more.
    AutoReply,
    /// "Resolved in HTML" to the requestor.
    Resolved,
    /// "Admin Comment in HTML" to AdminCcs: an internal note.
    Comment,
    /// Correspondence: written to the requestor (the school).
    Correspondence,
}

/// Reads an RT subject after its tags: `AutoReply: …`, `Resolved: …`, `[Comment] …`.
pub fn rt_notice(subject: &str) -> RtNotice {
    let mut rest = subject.trim();
    // Tags first: `[rt.example #12] [CESAME #2026-000123] …`.
    while let Some(after) = rest.strip_prefix('[').and_then(|r| r.split_once(']')).map(|(_, a)| a.trim_start()) {
        if rest.starts_with("[Comment]") {
            return RtNotice::Comment;
        }
        rest = after;
    }
    let lower = rest.to_ascii_lowercase();
    if lower.starts_with("autoreply:") {
        RtNotice::AutoReply
    } else if lower.starts_with("resolved:") {
        RtNotice::Resolved
    } else if lower.starts_with("[comment]") {
        RtNotice::Comment
    } else {
        RtNotice::Correspondence
    }
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
    fn our_own_updates_quoted_back_are_not_read_as_the_peers() {
        let re = regex::Regex::new(r"\[GLPI #(\d+)\]").unwrap();
        // GLPI's "new follow-up" notification: its fields, then the ticket's follow-ups,
        // among them guichet's own update with its fields.
        let text = "Statut : En cours (attribué)\nUrgence : Moyenne\n\nSuivis :\n\
                    Mise à jour du ticket 2026-000042.\n— Données de la passerelle guichet —\n\
                    Référence externe : 2026-000042\nStatut : Résolu\nSéquence guichet : 3\nCommentaire : fait\n--\n\
                    Service d'assistance CESAME (passerelle guichet)\n";
        let u = parse("[GLPI #0004521] Nouveau suivi", text, &re);
        assert_eq!(u.status.as_deref(), Some("En cours (attribué)"));
        assert_eq!(u.our_ref.map(|r| r.number), Some(42), "our reference may be taken from our own block");
        assert_eq!((u.echo_seq, u.comment), (None, None), "nothing else of ours is read back");
        assert_eq!(u.peer_id.as_deref(), Some("0004521"));
    }

    #[test]
    fn glpi_message_ids_of_every_version_name_the_ticket() {
        for (id, expected) in [
            ("GLPI_5f1b2c3d4e-Ticket-4521/new@glpi.collectivite.example", Some("4521")),
            ("<GLPI_5f1b2c3d4e-Ticket-4521/update.1733390000.123456@glpi.example>", Some("4521")),
            ("GLPI_5f1b2c3d4e-Ticket-77.1700000000.99@glpi.example", Some("77")),
            ("GLPI-4521.1600000000.12345@glpi.example", Some("4521")),
            ("GLPI_5f1b2c3d4e-Change-12/new@glpi.example", None),
            ("ack-2026-000001@cesame.example", None),
        ] {
            assert_eq!(glpi_ticket_id(id).as_deref(), expected, "{id}");
        }
    }

    #[test]
    fn remedy_engine_errors_are_recognised() {
        let reply =
            "Votre demande n'a pas pu être traitée.\n\nERROR (326): Required field cannot be blank.; 1000000000\n";
        assert_eq!(remedy_error(reply).as_deref(), Some("ERROR (326): Required field cannot be blank.; 1000000000"));
        assert_eq!(
            remedy_error("ARERR [9130] Le Key est invalide").as_deref(),
            Some("ARERR [9130] Le Key est invalide")
        );
        assert_eq!(remedy_error("Statut : Résolu\nAucune erreur.\n"), None);
    }

    #[test]
    fn rt_stock_notifications_by_subject() {
        for (subject, expected) in [
            ("[rt.test #12] AutoReply: [CESAME #2026-000001] Imprimante", RtNotice::AutoReply),
            ("[rt.test #12] Resolved: [CESAME #2026-000001] Imprimante", RtNotice::Resolved),
            ("[rt.test #12] [Comment] [CESAME #2026-000001] Imprimante", RtNotice::Comment),
            ("[rt.test #12] [CESAME #2026-000001] Imprimante", RtNotice::Correspondence),
            ("Re: [rt.test #12] [CESAME #2026-000001] Imprimante", RtNotice::Correspondence),
        ] {
            assert_eq!(rt_notice(subject), expected, "{subject}");
        }
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
