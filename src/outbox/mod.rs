//! Outgoing mail: templates, message composition, and the delivery task.

pub mod compose;
pub mod deliver;
pub mod render;
