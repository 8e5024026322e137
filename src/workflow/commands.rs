//! Agent commands: one per line in the agent's own text, French keywords with English
//! aliases, accents and case optional (`urgence : très haut`, `affecter: prestataire`,
//! `clore`…). Parsing is pure; applying them is `Workflow::agent_mail`.

use crate::understand::{folded as fold, own_words, Urgency};

/// One command an agent can give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Urgency(Urgency),
    Type(TicketKind),
    Assign(Target),
    Note(String),
    Close,
    Reopen,
}

pub use crate::ticket::{Target, TicketKind};

impl Command {
    /// The event this command makes happen to its ticket.
    pub fn event(&self) -> crate::ticket::Event {
        use crate::ticket::Event;
        match self {
            Command::Urgency(u) => Event::Urgency(*u),
            Command::Type(k) => Event::Kind(*k),
            Command::Assign(t) => Event::Assigned(*t),
            Command::Note(text) => Event::Noted(text.clone()),
            Command::Close => Event::Closed("clôture par le service d'assistance".into()),
            Command::Reopen => Event::Reopened("réouverture par le service d'assistance".into()),
        }
    }
}

/// The syntax reminder sent with every error.
pub const HELP: &str = "Commandes (une par ligne, en début de réponse) :
  urgence : bas | moyen | très haut        (urgency: low | medium | high)
  type : incident | évolution              (type: incident | change)
  affecter : prestataire | rtn             (assign: contractor | officer)
  note : texte libre                       (note: free text)
  clore                                    (close)
  rouvrir                                  (reopen)";

/// An unreadable command line, with its line number in the agent's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommandError {
    pub line: usize,
    pub text: String,
    pub message: String,
}

/// A signature's separator ends the agent's words (quoted history is cut by [`own_words`]).
fn is_signature(line: &str) -> bool {
    matches!(line.trim_end_matches('\r'), "--" | "-- ")
}

/// Reads the commands of an agent's mail. Lines that are neither commands nor blank stop
/// nothing (a greeting is fine) but a line that starts with a known keyword and cannot be
/// read is an error.
pub fn parse(text: &str) -> (Vec<Command>, Vec<CommandError>) {
    let mut commands = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in own_words(text).lines().enumerate() {
        if is_signature(line) {
            break;
        }
        let trimmed = line.trim().trim_start_matches(['-', '*', '•']).trim();
        if trimmed.is_empty() {
            continue;
        }
        let (key, value) = match trimmed.split_once(':') {
            Some((k, v)) => (fold(k.trim()), v.trim()),
            None => (fold(trimmed.trim_end_matches(['.', '!'])), ""),
        };
        let error = |message: &str| CommandError { line: i + 1, text: trimmed.to_string(), message: message.into() };
        let value_folded = fold(value);
        match key.as_str() {
            "urgence" | "urgency" | "priorite" | "priority" => match urgency_word(&value_folded) {
                Some(u) => commands.push(Command::Urgency(u)),
                None => errors.push(error("urgence attendue : bas, moyen ou très haut")),
            },
            "type" => match kind_word(&value_folded) {
                Some(kind) => commands.push(Command::Type(kind)),
                None => errors.push(error("type attendu : incident ou évolution")),
            },
            "affecter" | "assigner" | "assign" => match target_word(&value_folded) {
                Some(target) => commands.push(Command::Assign(target)),
                None => errors.push(error("affectation attendue : prestataire ou rtn")),
            },
            "note" | "commentaire" | "comment" => {
                if value.is_empty() {
                    errors.push(error("note vide"));
                } else {
                    commands.push(Command::Note(value.to_string()));
                }
            }
            "clore" | "cloturer" | "close" | "fermer" if value.is_empty() => commands.push(Command::Close),
            "rouvrir" | "reouvrir" | "reopen" if value.is_empty() => commands.push(Command::Reopen),
            _ => {}
        }
    }
    (commands, errors)
}

/// The words an urgency is written with, in mail commands and on the command line (accents,
/// case and `_` optional): `bas`, `moyen`, `très haut`, `low`, `medium`, `high`…
pub const URGENCY_WORDS: &str = "bas, moyen or très haut (or basse, moyenne, très haute, low, medium, high)";
pub const KIND_WORDS: &str = "incident or évolution (or demande d'évolution, change)";
pub const TARGET_WORDS: &str = "prestataire or rtn (or contractor, officer)";

/// An urgency as a mail command or the command line writes it.
pub fn urgency_word(value: &str) -> Option<Urgency> {
    let folded = fold(value).replace('_', " ");
    let v = folded.trim_end_matches(['.', '!']).trim();
    match v {
        "bas" | "basse" | "low" | "faible" => Some(Urgency::Bas),
        "moyen" | "moyenne" | "medium" | "normal" | "normale" => Some(Urgency::Moyen),
        "tres haut" | "tres haute" | "high" | "haut" | "haute" | "urgent" | "critique" => Some(Urgency::TresHaut),
        _ => None,
    }
}

/// A ticket type as a mail command or the command line writes it.
pub fn kind_word(value: &str) -> Option<TicketKind> {
    match fold(value).trim_end_matches(['.', '!']).trim() {
        "incident" => Some(TicketKind::Incident),
        "evolution" | "demande d'evolution" | "change" | "request" => Some(TicketKind::Evolution),
        _ => None,
    }
}

/// An assignment target as a mail command or the command line writes it.
pub fn target_word(value: &str) -> Option<Target> {
    match fold(value).trim_end_matches(['.', '!']).trim() {
        "prestataire" | "contractor" | "mainteneur" => Some(Target::Contractor),
        "rtn" | "officer" | "technicien regional" => Some(Target::Officer),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_english_and_accents() {
        let (commands, errors) = parse(
            "Bonjour,\n\nURGENCE : Très haut\ntype: évolution\nAffecter : prestataire\nnote: voir avec le CDI\nclore\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            commands,
            vec![
                Command::Urgency(Urgency::TresHaut),
                Command::Type(TicketKind::Evolution),
                Command::Assign(Target::Contractor),
                Command::Note("voir avec le CDI".into()),
                Command::Close
            ]
        );
        let (commands, _) = parse("urgency: low\nassign: officer\nreopen\n");
        assert_eq!(commands, vec![Command::Urgency(Urgency::Bas), Command::Assign(Target::Officer), Command::Reopen]);
        let (commands, _) = parse("urgence : tres haute");
        assert_eq!(commands, vec![Command::Urgency(Urgency::TresHaut)]);
    }

    #[test]
    fn bad_values_are_errors_with_their_line() {
        let (commands, errors) = parse("Bonjour\nurgence: énorme\naffecter: plombier\n");
        assert!(commands.is_empty());
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 2);
        assert!(errors[1].message.contains("prestataire"));
    }

    #[test]
    fn quoted_history_is_not_read() {
        let (commands, _) = parse(
            "urgence: moyen\n\nLe lun. 23 nov. 2026 à 10:00, CESAME a écrit :\n> affecter: prestataire\n> clore\n",
        );
        assert_eq!(commands, vec![Command::Urgency(Urgency::Moyen)]);
        let (commands, _) = parse("note: ok\n> clore\n");
        assert_eq!(commands, vec![Command::Note("ok".into())]);
    }

    #[test]
    fn history_and_signature_are_not_read() {
        let outlook = "affecter: rtn\n\n-----Message d'origine-----\nDe : CESAME\nclore\n";
        assert_eq!(parse(outlook).0, vec![Command::Assign(Target::Officer)]);
        let signed = "urgence: bas\n-- \nNote : signature du service\n";
        assert_eq!(parse(signed).0, vec![Command::Urgency(Urgency::Bas)]);
    }

    #[test]
    fn prose_is_not_a_command() {
        let (commands, errors) = parse("Je vais clore ce ticket demain.\nMerci");
        assert!(commands.is_empty() && errors.is_empty());
    }
}
