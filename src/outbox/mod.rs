//! Outgoing mail: templates, message composition, queueing, and the delivery task.

pub mod compose;
pub mod deliver;
pub mod letters;
pub mod mailer;
pub mod render;
