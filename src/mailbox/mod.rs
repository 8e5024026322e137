//! The helpdesk mailbox over IMAP: connection and the watcher loop.

pub mod archive;
pub mod connect;
pub mod watch;
