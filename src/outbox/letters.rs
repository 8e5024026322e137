//! Every mail guichet writes: one [`Content`] variant per template, each with the typed data
//! its template shows. A template and its data cannot drift apart unnoticed: rendering is
//! strict (a name the data lacks is an error), and the tests render a full sample of every
//! variant with the shipped templates.

use serde::Serialize;

use crate::vocab::MailPurpose;

/// The templates, `templates/<name>.{subject,txt,html}.hbs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Template {
    Ack,
    FollowupAck,
    Refusal,
    InvalidUai,
    SchoolUnknown,
    TicketList,
    TicketUnknown,
    TooLarge,
    AgentNotice,
    AgentReply,
    TicketNews,
    WorkOrder,
    ContractorNotice,
    StudyRequest,
    SyncRemedy,
    SyncGlpi,
    SyncRt,
}

impl Template {
    pub const ALL: [Template; 17] = [
        Template::Ack,
        Template::FollowupAck,
        Template::Refusal,
        Template::InvalidUai,
        Template::SchoolUnknown,
        Template::TicketList,
        Template::TicketUnknown,
        Template::TooLarge,
        Template::AgentNotice,
        Template::AgentReply,
        Template::TicketNews,
        Template::WorkOrder,
        Template::ContractorNotice,
        Template::StudyRequest,
        Template::SyncRemedy,
        Template::SyncGlpi,
        Template::SyncRt,
    ];

    /// The files' stem.
    pub fn name(self) -> &'static str {
        match self {
            Template::Ack => "ack",
            Template::FollowupAck => "followup_ack",
            Template::Refusal => "refusal",
            Template::InvalidUai => "invalid_uai",
            Template::SchoolUnknown => "school_unknown",
            Template::TicketList => "ticket_list",
            Template::TicketUnknown => "ticket_unknown",
            Template::TooLarge => "too_large",
            Template::AgentNotice => "agent_notice",
            Template::AgentReply => "agent_reply",
            Template::TicketNews => "ticket_news",
            Template::WorkOrder => "work_order",
            Template::ContractorNotice => "contractor_notice",
            Template::StudyRequest => "study_request",
            Template::SyncRemedy => "sync_remedy",
            Template::SyncGlpi => "sync_glpi",
            Template::SyncRt => "sync_rt",
        }
    }

    /// What the mail is for, recorded in the outbox and written in its Message-ID.
    pub fn purpose(self) -> MailPurpose {
        match self {
            Template::Ack => MailPurpose::Ack,
            Template::FollowupAck | Template::TicketNews => MailPurpose::News,
            Template::Refusal => MailPurpose::Refusal,
            Template::InvalidUai => MailPurpose::InvalidUai,
            Template::SchoolUnknown => MailPurpose::SchoolUnknown,
            Template::TicketList => MailPurpose::List,
            Template::TicketUnknown => MailPurpose::TicketUnknown,
            Template::TooLarge => MailPurpose::TooLarge,
            Template::AgentNotice | Template::AgentReply => MailPurpose::Agent,
            Template::WorkOrder | Template::ContractorNotice => MailPurpose::WorkOrder,
            Template::StudyRequest => MailPurpose::StudyRequest,
            Template::SyncRemedy | Template::SyncGlpi | Template::SyncRt => MailPurpose::Sync,
        }
    }
}

/// A mail's template with its data.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Content {
    Ack(Ack),
    FollowupAck(FollowupAck),
    Refusal(Refusal),
    InvalidUai(InvalidUai),
    SchoolUnknown(SchoolUnknown),
    TicketList(TicketList),
    TicketUnknown(TicketUnknown),
    TooLarge(TooLarge),
    AgentNotice(AgentNotice),
    AgentReply(AgentReply),
    TicketNews(TicketNews),
    WorkOrder(Dispatch),
    ContractorNotice(Notice),
    StudyRequest(Dispatch),
    SyncRemedy(Sync),
    SyncGlpi(Sync),
    SyncRt(Sync),
}

impl Content {
    pub fn template(&self) -> Template {
        match self {
            Content::Ack(_) => Template::Ack,
            Content::FollowupAck(_) => Template::FollowupAck,
            Content::Refusal(_) => Template::Refusal,
            Content::InvalidUai(_) => Template::InvalidUai,
            Content::SchoolUnknown(_) => Template::SchoolUnknown,
            Content::TicketList(_) => Template::TicketList,
            Content::TicketUnknown(_) => Template::TicketUnknown,
            Content::TooLarge(_) => Template::TooLarge,
            Content::AgentNotice(_) => Template::AgentNotice,
            Content::AgentReply(_) => Template::AgentReply,
            Content::TicketNews(_) => Template::TicketNews,
            Content::WorkOrder(_) => Template::WorkOrder,
            Content::ContractorNotice(_) => Template::ContractorNotice,
            Content::StudyRequest(_) => Template::StudyRequest,
            Content::SyncRemedy(_) => Template::SyncRemedy,
            Content::SyncGlpi(_) => Template::SyncGlpi,
            Content::SyncRt(_) => Template::SyncRt,
        }
    }
}

/// The mail being answered and who wrote it: shown in every answer to a sender.
#[derive(Debug, Clone, Serialize)]
pub struct Asker {
    pub desk_name: String,
    /// Its subject on one line, `(sans objet)` when it had none.
    pub subject: String,
    pub sender: Option<String>,
    pub requester_name: Option<String>,
}

/// A school as mails show it.
#[derive(Debug, Clone, Serialize)]
pub struct SchoolFacts {
    pub uai: String,
    pub name: String,
    pub town: String,
    /// Shown to the desk's own correspondents only, never to strangers.
    pub correspondant: Option<String>,
    pub suppleant: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Ack {
    #[serde(flatten)]
    pub asker: Asker,
    #[serde(rename = "ref")]
    pub reference: String,
    pub tag: String,
    pub school: SchoolFacts,
    /// Absent when the sender stated none: the desk qualifies it.
    pub urgency: Option<&'static str>,
    pub kind_label: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct FollowupAck {
    #[serde(flatten)]
    pub asker: Asker,
    #[serde(rename = "ref")]
    pub reference: String,
    pub tag: String,
    pub school: SchoolFacts,
    pub state: &'static str,
    pub event_label: &'static str,
    pub event_label_lower: String,
}

/// One line of a school's open tickets.
#[derive(Debug, Clone, Serialize)]
pub struct TicketLine {
    #[serde(rename = "ref")]
    pub reference: String,
    pub subject: String,
    pub state: &'static str,
    pub urgency: &'static str,
    pub created: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TicketList {
    #[serde(flatten)]
    pub asker: Asker,
    pub school: SchoolFacts,
    pub tickets: Vec<TicketLine>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Refusal {
    #[serde(flatten)]
    pub asker: Asker,
    /// The school the sender named, if any (its contacts left out).
    pub school: Option<SchoolFacts>,
    /// The correspondant's address, when the desk chose to give it to strangers.
    pub contact: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InvalidUai {
    #[serde(flatten)]
    pub asker: Asker,
    pub code: String,
    pub code_digits: String,
    /// The check letter the seven characters call for, when they are a number.
    pub expected: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SchoolUnknown {
    #[serde(flatten)]
    pub asker: Asker,
    pub schools: Vec<SchoolFacts>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TicketUnknown {
    #[serde(flatten)]
    pub asker: Asker,
    #[serde(rename = "ref")]
    pub reference: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TooLarge {
    #[serde(flatten)]
    pub asker: Asker,
    pub size: String,
    pub limit: String,
}

/// Everything mails about a ticket may show.
#[derive(Debug, Clone, Serialize)]
pub struct TicketFacts {
    pub desk_name: String,
    #[serde(rename = "ref")]
    pub reference: String,
    pub tag: String,
    /// The work order's number, `OT-2026-000123`.
    pub ot: String,
    pub subject: String,
    pub description: String,
    pub kind_label: &'static str,
    pub urgency: &'static str,
    pub state: &'static str,
    pub requester: String,
    pub route: Option<&'static str>,
    pub assignee: Option<String>,
    pub due: Option<String>,
    pub created: String,
    pub school: SchoolFacts,
}

/// A notice about a ticket, to the contractor.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    #[serde(flatten)]
    pub ticket: TicketFacts,
    pub headline: String,
    pub details: String,
}

/// A notice about a ticket, to the agents.
#[derive(Debug, Clone, Serialize)]
pub struct AgentNotice {
    #[serde(flatten)]
    pub notice: Notice,
    /// The commands agents may answer with.
    pub help: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgentReply {
    pub desk_name: String,
    /// Empty when the mail named no ticket.
    pub tag: String,
    #[serde(rename = "ref")]
    pub reference: Option<String>,
    pub results: Vec<String>,
    pub problems: Vec<String>,
    pub help: &'static str,
}

/// News of its ticket, to the school.
#[derive(Debug, Clone, Serialize)]
pub struct TicketNews {
    #[serde(flatten)]
    pub ticket: TicketFacts,
    pub headline: String,
    pub details: String,
    /// A technical closure: the school is asked to confirm within `confirm_days`.
    pub ask_confirmation: bool,
    pub confirm_days: u64,
}

/// The work order to a contractor, or the study request to an officer.
#[derive(Debug, Clone, Serialize)]
pub struct Dispatch {
    #[serde(flatten)]
    pub ticket: TicketFacts,
    /// The officer's name (study requests).
    pub officer: Option<String>,
    pub attachments: usize,
}

/// The state of a ticket, to a peer platform.
#[derive(Debug, Clone, Serialize)]
pub struct Sync {
    #[serde(flatten)]
    pub ticket: TicketFacts,
    /// The platform's own id, once known.
    pub peer_id: Option<String>,
    /// How our subject names the platform's ticket (`[GLPI #0004521]`), once its id is known.
    pub peer_tag: Option<String>,
    /// The first update: it opens the platform's ticket, so it carries the description.
    pub first: bool,
    /// Remedy's Email Engine action: `Submit` the first time, then `Modify`.
    pub action: &'static str,
    pub status: String,
    pub priority: Option<String>,
    pub comment: Option<String>,
    pub seq: i64,
    pub modified: Option<String>,
    pub origin: String,
    /// For a Remedy peer's creation: the Email Engine's form, key and field lines.
    pub remedy: Option<RemedyForm>,
}

/// An AR System Email Engine submission.
#[derive(Debug, Clone, Serialize)]
pub struct RemedyForm {
    pub form: String,
    pub key: Option<String>,
    pub lines: Vec<RemedyLine>,
}

/// `!field!: value`, the value already in the Engine's syntax (`[$$ … $$]` when multi-line).
#[derive(Debug, Clone, Serialize)]
pub struct RemedyLine {
    pub field: String,
    pub value: String,
}

impl RemedyLine {
    pub fn new(field: &str, value: &str) -> RemedyLine {
        let value = value.trim();
        let value = if value.contains('\n') {
            // The Engine ends a multi-line value at the first `$$]`.
            format!("[$$\n{}\n$$]", value.replace("$$]", "$ $]"))
        } else {
            value.to_string()
        };
        RemedyLine { field: field.replace('!', ""), value }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::outbox::render::Templates;

    fn asker() -> Asker {
        Asker {
            desk_name: "Service d'assistance CESAME".into(),
            subject: "Imprimante en panne".into(),
            sender: Some("claire.dubois@ac-lyon.example".into()),
            requester_name: Some("Claire Dubois".into()),
        }
    }

    fn school() -> SchoolFacts {
        SchoolFacts {
            uai: "0691234S".into(),
            name: "Lycée Ampère".into(),
            town: "Lyon".into(),
            correspondant: Some("claire.dubois@ac-lyon.example".into()),
            suppleant: Some("marc.petit@ac-lyon.example".into()),
        }
    }

    fn ticket() -> TicketFacts {
        TicketFacts {
            desk_name: "Service d'assistance CESAME".into(),
            reference: "2026-000123".into(),
            tag: "[CESAME #2026-000123]".into(),
            ot: "OT-2026-000123".into(),
            subject: "Imprimante en panne".into(),
            description: "L'imprimante du CDI ne répond plus.".into(),
            kind_label: "incident",
            urgency: "moyen",
            state: "affectée",
            requester: "claire.dubois@ac-lyon.example".into(),
            route: Some("prestataire"),
            assignee: Some("Maintenance Rhône".into()),
            due: Some("23/11/2026 à 18:00".into()),
            created: "20/11/2026 à 09:12".into(),
            school: school(),
        }
    }

    /// One sample of every template, every optional value present and every list filled, so
    /// that strict rendering meets every name the templates use.
    fn samples() -> Vec<Content> {
        let notice = Notice { ticket: ticket(), headline: "Échéance proche".into(), details: "Dans 4 h".into() };
        let dispatch = Dispatch { ticket: ticket(), officer: Some("RTN Lyon".into()), attachments: 2 };
        let sync = Sync {
            ticket: ticket(),
            peer_id: Some("INC000000001234".into()),
            peer_tag: Some("INC000000001234".into()),
            first: true,
            action: "Modify",
            status: "Assigned".into(),
            priority: Some("3-Moyenne".into()),
            comment: Some("Pris en charge".into()),
            seq: 2,
            modified: Some("20/11/2026 09:15:00".into()),
            origin: "claire.dubois@ac-lyon.example".into(),
            remedy: Some(RemedyForm {
                form: "HPD:IncidentInterface_Create".into(),
                key: Some("clé".into()),
                lines: vec![RemedyLine::new("Detailed_Decription", "ligne 1\nligne 2")],
            }),
        };
        let line = TicketLine {
            reference: "2026-000123".into(),
            subject: "Imprimante".into(),
            state: "affectée",
            urgency: "moyen",
            created: "20/11/2026".into(),
        };
        vec![
            Content::Ack(Ack {
                asker: asker(),
                reference: "2026-000123".into(),
                tag: "[CESAME #2026-000123]".into(),
                school: school(),
                urgency: Some("moyen"),
                kind_label: "déclaration d'incident",
            }),
            Content::FollowupAck(FollowupAck {
                asker: asker(),
                reference: "2026-000123".into(),
                tag: "[CESAME #2026-000123]".into(),
                school: school(),
                state: "affectée",
                event_label: "Relance",
                event_label_lower: "relance".into(),
            }),
            Content::Refusal(Refusal { asker: asker(), school: Some(school()), contact: Some("c@x.example".into()) }),
            Content::InvalidUai(InvalidUai {
                asker: asker(),
                code: "0691234T".into(),
                code_digits: "0691234".into(),
                expected: Some("S".into()),
            }),
            Content::SchoolUnknown(SchoolUnknown { asker: asker(), schools: vec![school()] }),
            Content::TicketList(TicketList {
                asker: asker(),
                school: school(),
                tickets: vec![line],
                note: Some("Note".into()),
            }),
            Content::TicketUnknown(TicketUnknown { asker: asker(), reference: "2026-000999".into() }),
            Content::TooLarge(TooLarge { asker: asker(), size: "30 Mo".into(), limit: "25 Mo".into() }),
            Content::AgentNotice(AgentNotice { notice: notice.clone(), help: "aide" }),
            Content::AgentReply(AgentReply {
                desk_name: "Service d'assistance CESAME".into(),
                tag: "[CESAME #2026-000123]".into(),
                reference: Some("2026-000123".into()),
                results: vec!["urgence : moyen".into()],
                problems: vec!["ligne 2 : inconnue".into()],
                help: "aide",
            }),
            Content::TicketNews(TicketNews {
                ticket: ticket(),
                headline: "Votre demande est résolue".into(),
                details: "Remplacement du toner".into(),
                ask_confirmation: true,
                confirm_days: 10,
            }),
            Content::WorkOrder(dispatch.clone()),
            Content::ContractorNotice(notice),
            Content::StudyRequest(dispatch),
            Content::SyncRemedy(sync.clone()),
            Content::SyncGlpi(sync.clone()),
            Content::SyncRt(sync),
        ]
    }

    #[test]
    fn every_template_renders_its_typed_data_strictly() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let templates = Templates::load(&dir).expect("shipped templates compile");
        let samples = samples();
        let covered: Vec<Template> = samples.iter().map(Content::template).collect();
        assert_eq!(covered, Template::ALL, "one sample per template, in order");
        for content in &samples {
            let rendered = templates.render(content.template().name(), content);
            let rendered = rendered.unwrap_or_else(|e| panic!("{}: {e}", content.template().name()));
            assert!(!rendered.subject.is_empty() && !rendered.text.is_empty(), "{}", content.template().name());
        }
    }

    #[test]
    fn remedy_multi_line_values_are_bracketed() {
        assert_eq!(RemedyLine::new("Description", " Panne ").value, "Panne");
        let line = RemedyLine::new("Detailed!_Decription", "a\nb $$] c");
        assert_eq!((line.field.as_str(), line.value.as_str()), ("Detailed_Decription", "[$$\na\nb $ $] c\n$$]"));
    }

    #[test]
    fn a_name_the_data_lacks_fails_the_rendering() {
        let dir = tempfile::tempdir().unwrap();
        let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        for entry in std::fs::read_dir(&shipped).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
        std::fs::write(dir.path().join("too_large.txt.hbs"), "{{size}} sur {{limite}}\n").unwrap();
        let templates = Templates::load(dir.path()).unwrap();
        let content = samples().into_iter().find(|c| c.template() == Template::TooLarge).unwrap();
        let error = templates.render("too_large", &content).unwrap_err().to_string();
        assert!(error.contains("limite"), "{error}");
    }
}
