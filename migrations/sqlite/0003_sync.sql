-- Mirroring tickets with peer platforms by mail: who mirrors which ticket under which id,
-- sequence numbers, and every update exchanged.

CREATE TABLE peer_links (
    ticket_id         BIGINT NOT NULL REFERENCES tickets (id),
    peer              TEXT NOT NULL,
    peer_id           TEXT,
    out_seq           BIGINT NOT NULL DEFAULT 0,
    last_in_time      BIGINT,
    PRIMARY KEY (ticket_id, peer)
);
CREATE UNIQUE INDEX peer_links_by_peer_id ON peer_links (peer, peer_id);

CREATE TABLE peer_updates (
    id         INTEGER PRIMARY KEY,
    ticket_id  BIGINT,
    peer       TEXT NOT NULL,
    direction  TEXT NOT NULL,
    seq        BIGINT,
    peer_time  BIGINT,
    message_id TEXT,
    at         BIGINT NOT NULL,
    outcome    TEXT NOT NULL,
    detail     TEXT NOT NULL
);
CREATE INDEX peer_updates_by_ticket ON peer_updates (ticket_id, peer, id);
