-- Mirroring with real platforms (issue 13): our mails to a peer thread under the last mail
-- received from it for the ticket; its last status is kept so that nothing is sent to a
-- ticket it closed; updates wait for its ticket id (held) instead of opening duplicates.
ALTER TABLE peer_links ADD COLUMN last_in_message_id TEXT;
ALTER TABLE peer_links ADD COLUMN peer_state TEXT;
-- The `unanswered_since` the agents were told of (once per silence).
ALTER TABLE peer_links ADD COLUMN unanswered_told BIGINT;
CREATE TABLE peer_held (
    id         BIGSERIAL PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    peer       TEXT NOT NULL,
    seq        BIGINT NOT NULL,
    comment    TEXT,
    origin     TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX peer_held_by_ticket ON peer_held (ticket_id, peer, id);
CREATE INDEX peer_held_by_age ON peer_held (created_at);
-- `guichet sync status`: a platform's error replies (Remedy's Email Engine), per peer.
CREATE INDEX peer_updates_errors ON peer_updates (peer, at) WHERE outcome = 'error';
