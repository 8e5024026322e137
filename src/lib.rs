//! guichet: a helpdesk mailbox turned into a ticketing gateway for school IT maintenance.
#![forbid(unsafe_code)]

pub mod auth;
pub mod calendar;
pub mod config;
pub mod corpus;
pub mod daemon;
pub mod directory;
pub mod intake;
pub mod mailbox;
pub mod metrics;
pub mod outbox;
pub mod stats;
pub mod store;
pub mod sync;
pub mod ticket;
pub mod tls;
pub mod uai;
pub mod understand;
pub mod vocab;
pub mod workflow;
