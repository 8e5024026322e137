//! Reading the desk's archive back: guichet keeps no copy of incoming mail in its database;
//! the mailbox's processed and quarantine folders are the archive (`guichet corpus export`).

use std::collections::HashMap;

use futures::TryStreamExt;

use super::connect::{connect, ConnectError};
use crate::config::Imap;

/// The raw mails of the archive folders whose Message-ID is one of `ids` (without angle
/// brackets), by `UID SEARCH HEADER Message-ID`, read-only (`EXAMINE`).
pub async fn fetch_by_message_id(config: &Imap, ids: &[String]) -> Result<HashMap<String, Vec<u8>>, ConnectError> {
    let connector = crate::tls::connector(config.ca_file.as_deref()).map_err(ConnectError::Ca)?;
    let mut session = connect(config, &connector).await?;
    let mut found = HashMap::new();
    for folder in [&config.processed_folder, &config.quarantine_folder, &config.mailbox] {
        if session.examine(folder).await.is_err() {
            continue; // a folder not made yet
        }
        for id in ids {
            if found.contains_key(id) {
                continue;
            }
            // Quoted string: a Message-ID has no '"' or '\\' that would need escaping here.
            if id.contains(['"', '\\', '\r', '\n']) {
                continue;
            }
            let uids = session.uid_search(format!("HEADER Message-ID \"<{id}>\"")).await?;
            let Some(uid) = uids.into_iter().min() else { continue };
            let fetches: Vec<_> = session.uid_fetch(uid.to_string(), "(UID BODY.PEEK[])").await?.try_collect().await?;
            if let Some(body) = fetches.iter().find_map(|f| f.body()) {
                found.insert(id.clone(), body.to_vec());
            }
        }
    }
    session.logout().await.ok();
    Ok(found)
}
