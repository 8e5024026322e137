//! Ticket references: which ticket a mail is about.
//!
//! In order of trust: the subject tag `[CESAME #2026-000123]`; a reply to one of the desk's own
//! messages (their Message-IDs carry the number: `<ack-2026-000123@desk>`,
//! `<status-2026-000123-4@desk>`, `<ot-2026-000123@desk>` for a work order); a number in the
//! subject; in the sender's own text; in the quoted history; in an attached message (the copy
//! a bounce returns). A work order `OT-2026-000123` is the work order of ticket 2026-000123.
//! Dates (`2026-03-12`), phone numbers and longer digit runs do not have the shape.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::fold::{before, re};
use crate::understand::TicketRef;

/// `[LABEL #2026-000123]`; the label is compared with the configured one.
static TAG: LazyLock<Regex> = LazyLock::new(|| re(r"\[\s*([^\]\[#\n]{1,40}?)\s*#\s*((?:19|20)\d{2})-(\d{6})\s*\]"));
/// `2026-000123`, `OT-2026-000123`, `OT n° 2026-000123`, `ordre de travail 2026-000123`.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:(?P<ot>[Oo][Tt]|(?i:ordre\s+de\s+travail|work\s+order))(?:\s*n[°o]\.?)?[ :-]{0,3})?(?P<year>(?:19|20)\d{2})-(?P<num>\d{6})\b",
    )
});
/// Words that make the number after them a precedent, not the mail's ticket: "comme pour la
/// demande 2026-004180 de l'an dernier", "même panne que le ticket …", "similar to …". Read on
/// the sentence before the number (raw text: accents and case as written).
static PRECEDENT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:comme\s+(?:pour|lors|dans|avec|sur|au|à|a|en)|similaires?\s+(?:à|a|au)|identiques?\s+(?:à|a|au)|m[eê]mes?\s+(?:\w+\s+){0,2}qu[e']|same\s+as|similar\s+to|as\s+(?:with|in|for))\s[^.!?\n]{0,50}$",
    )
});
/// One of the desk's own Message-IDs: `word-YYYY-NNNNNN[suffix]@domain`.
static OWN_ID: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?P<word>[A-Za-z][A-Za-z0-9_.]*?)-(?P<year>(?:19|20)\d{2})-(?P<num>\d{6})(?:[._+~-][^@]*)?@(?P<domain>[^@\s]+)$",
    )
});
/// A platform's field carrying our number (folded text).
static EXTERNAL: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:reference\s+(?:externe|demandeur|client|partenaire)|external\s+(?:reference|ref|id)|ref\.?\s+externe)\s*[:\t|]\s*((?:19|20)\d{2})-(\d{6})\b",
    )
});

/// Where to look, most trusted first. Empty strings or slices to leave a place out.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Places<'a> {
    pub subject: &'a str,
    pub reply_ids: &'a [String],
    pub own_text: &'a str,
    pub quoted_text: &'a str,
    pub nested: &'a str,
}

/// References found, with where the ticket number came from (for the reason).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub ticket: Option<TicketRef>,
    pub work_order: Option<TicketRef>,
    pub from: &'static str,
}

/// Looks for a ticket and work order. `label` is the subject tag label, `own_domain` the
/// domain of the desk's Message-IDs (any when `None`).
pub(crate) fn find(places: &Places<'_>, label: &str, own_domain: Option<&str>) -> Found {
    let mut found = Found::default();
    let settle = |ticket: TicketRef, work_order: bool, from: &'static str, found: &mut Found| {
        if work_order && found.work_order.is_none() {
            found.work_order = Some(ticket);
        }
        if found.ticket.is_none() {
            found.ticket = Some(ticket);
            found.from = from;
        }
    };
    if let Some(ticket) = tagged(places.subject, label) {
        settle(ticket, false, "subject tag", &mut found);
    }
    for id in places.reply_ids {
        if let Some((ticket, work_order)) = own_message_id(id, own_domain) {
            settle(ticket, work_order, "reply to our message", &mut found);
        }
    }
    for (text, from, always) in [
        (places.subject, "subject", true),
        (places.own_text, "text", true),
        (places.quoted_text, "quoted text", false),
        (places.nested, "returned message", false),
    ] {
        // History and returned copies only matter while no ticket is known; work orders
        // are what the sender writes.
        if !always && found.ticket.is_some() {
            break;
        }
        for c in NUMBER.captures_iter(text) {
            if precedent(text, c.get(0).map_or(0, |m| m.start())) {
                continue;
            }
            if let Some(ticket) = ticket_of(&c) {
                settle(ticket, c.name("ot").is_some(), from, &mut found);
            }
        }
    }
    found
}

/// Whether the number at `at` is named as a precedent ("comme pour la demande …").
fn precedent(text: &str, at: usize) -> bool {
    PRECEDENT_BEFORE.is_match(before(text, at, 90))
}

/// The ticket in a `[label #YYYY-NNNNNN]` tag of `subject`.
fn tagged(subject: &str, label: &str) -> Option<TicketRef> {
    TAG.captures_iter(subject).find_map(|c| {
        let tag = c.get(1)?.as_str().trim();
        if !label.is_empty() && !tag.eq_ignore_ascii_case(label.trim()) {
            return None;
        }
        make(c.get(2)?.as_str(), c.get(3)?.as_str())
    })
}

/// The ticket of one of the desk's own Message-IDs, and whether it is a work order's.
pub(crate) fn own_message_id(id: &str, own_domain: Option<&str>) -> Option<(TicketRef, bool)> {
    let id = id.trim().trim_start_matches('<').trim_end_matches('>');
    let c = OWN_ID.captures(id)?;
    if let Some(domain) = own_domain {
        if !c.name("domain")?.as_str().eq_ignore_ascii_case(domain) {
            return None;
        }
    }
    let ticket = make(c.name("year")?.as_str(), c.name("num")?.as_str())?;
    Some((ticket, c.name("word")?.as_str().eq_ignore_ascii_case("ot")))
}

/// The number a platform gives as its "Référence externe" (folded text).
pub(crate) fn external_reference(folded: &str) -> Option<TicketRef> {
    let c = EXTERNAL.captures(folded)?;
    make(c.get(1)?.as_str(), c.get(2)?.as_str())
}

fn ticket_of(c: &Captures<'_>) -> Option<TicketRef> {
    make(c.name("year")?.as_str(), c.name("num")?.as_str())
}

fn make(year: &str, number: &str) -> Option<TicketRef> {
    let ticket = TicketRef { year: year.parse().ok()?, number: number.parse().ok()? };
    (ticket.number > 0).then_some(ticket)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<TicketRef> {
        s.parse().ok()
    }

    #[test]
    fn subject_tag_wins() {
        let places = Places { subject: "Re: [Desk #2025-000777] suite 2025-000001", ..Default::default() };
        let found = find(&places, "DESK", None);
        assert_eq!((found.ticket, found.from), (t("2025-000777"), "subject tag"));
    }

    #[test]
    fn tag_of_another_label_is_only_a_number() {
        let ids = ["ack-2025-000010@desk.example".to_string()];
        let places = Places { subject: "[GLPI #2025-000999] x", reply_ids: &ids, ..Default::default() };
        assert_eq!(find(&places, "DESK", None).ticket, t("2025-000010"));
    }

    #[test]
    fn our_message_ids() {
        assert_eq!(
            own_message_id("<ack-2026-000123@cesame.example>", None),
            Some((TicketRef { year: 2026, number: 123 }, false))
        );
        assert_eq!(
            own_message_id("status-2026-000087-4@cesame.example", Some("cesame.example")).map(|x| x.0),
            t("2026-000087")
        );
        assert_eq!(own_message_id("OT-2026-000131.2@desk.example", None).map(|x| x.1), Some(true));
        assert_eq!(own_message_id("ack-2026-000123@elsewhere.example", Some("cesame.example")), None);
        assert_eq!(own_message_id("CAFx-2026-000123=abc@mail.gmail.example", Some("cesame.example")), None);
        assert_eq!(own_message_id("1234.5678@host", None), None);
    }

    #[test]
    fn work_orders_and_numbers_in_text() {
        let places = Places { subject: "RE: OT 2025-000456 - switch", ..Default::default() };
        let found = find(&places, "DESK", None);
        assert_eq!((found.ticket, found.work_order), (t("2025-000456"), t("2025-000456")));
        let places = Places { own_text: "Merci, voir le ticket n°2025-000042.", ..Default::default() };
        assert_eq!(find(&places, "DESK", None).ticket, t("2025-000042"));
        let places = Places { own_text: "Ordre de travail n° 2025-000077 : terminé.", ..Default::default() };
        assert_eq!(find(&places, "DESK", None).work_order, t("2025-000077"));
    }

    #[test]
    fn a_precedent_is_not_the_mail_s_ticket() {
        for text in [
            "Comme pour la demande 2026-004180 de l'an dernier, les horloges ont perdu l'heure.",
            "Même panne que le ticket n° 2025-000310 : l'écran reste noir.",
            "Problème identique à l'incident 2025-000311, en salle 4 cette fois.",
            "Same as ticket 2025-000312 last year: the clocks are blank.",
        ] {
            let places = Places { own_text: text, ..Default::default() };
            assert_eq!(find(&places, "DESK", None).ticket, None, "{text}");
        }
        // Naming the ticket the mail is about stays a reference.
        for text in [
            "Suite à la demande 2026-004180, le technicien n'est pas venu.",
            "Pour la demande 2026-004180 : c'est réparé, merci. Comme convenu, je clôture.",
        ] {
            let places = Places { own_text: text, ..Default::default() };
            assert_eq!(find(&places, "DESK", None).ticket, t("2026-004180"), "{text}");
        }
    }

    #[test]
    fn dates_phones_and_long_numbers_are_not_tickets() {
        let places = Places {
            own_text: "Le 2026-03-12 à 10h, tél 01-43-55-27-10, dossier 2026-0001234, réf 12026-000123.",
            ..Default::default()
        };
        assert_eq!(find(&places, "DESK", None).ticket, None);
    }

    #[test]
    fn quoted_and_returned_text_come_last() {
        let places = Places {
            quoted_text: "enregistrée sous la référence 2025-000140",
            nested: "Message-ID: <ack-2025-000999@desk>",
            ..Default::default()
        };
        let found = find(&places, "DESK", None);
        assert_eq!((found.ticket, found.from), (t("2025-000140"), "quoted text"));
    }

    #[test]
    fn platform_external_reference() {
        assert_eq!(external_reference("statut : en cours\nreference externe\t: 2025-000325\n"), t("2025-000325"));
        assert_eq!(external_reference("external reference: 2025-000001"), t("2025-000001"));
    }
}
