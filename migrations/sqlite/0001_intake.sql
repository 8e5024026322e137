-- Intake: schools, tickets and their history, incoming mails, the outbox.
-- Times are Unix milliseconds (UTC); the same schema exists for PostgreSQL.

CREATE TABLE schools (
    uai                 TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    town                TEXT NOT NULL,
    correspondant_email TEXT NOT NULL,
    suppleant_email     TEXT,
    updated_at          BIGINT NOT NULL
);

CREATE TABLE ticket_counters (
    year        BIGINT PRIMARY KEY,
    last_number BIGINT NOT NULL
);

CREATE TABLE tickets (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE,
    year        BIGINT NOT NULL,
    number      BIGINT NOT NULL,
    uai         TEXT NOT NULL REFERENCES schools (uai),
    requester   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    urgency     TEXT,
    state       TEXT NOT NULL,
    subject     TEXT NOT NULL,
    description TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    UNIQUE (year, number)
);
CREATE INDEX tickets_open_by_school ON tickets (uai, state);

CREATE TABLE ticket_events (
    id         INTEGER PRIMARY KEY,
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    at         BIGINT NOT NULL,
    event      TEXT NOT NULL,
    actor      TEXT NOT NULL,
    detail     TEXT NOT NULL,
    mail_id    BIGINT
);
CREATE INDEX ticket_events_by_ticket ON ticket_events (ticket_id, at);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    ticket_id    BIGINT NOT NULL REFERENCES tickets (id),
    mail_id      BIGINT NOT NULL,
    name         TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size         BIGINT NOT NULL
);

-- Every incoming mail, recorded in the transaction that commits its effects.
CREATE TABLE mails (
    id           INTEGER PRIMARY KEY,
    dedup_key    TEXT NOT NULL UNIQUE,
    message_id   TEXT,
    content_hash TEXT NOT NULL,
    mailbox      TEXT NOT NULL,
    uidvalidity  BIGINT NOT NULL,
    uid          BIGINT NOT NULL,
    received_at  BIGINT NOT NULL,
    sender       TEXT,
    subject      TEXT NOT NULL,
    kind         TEXT NOT NULL,
    outcome      TEXT NOT NULL,
    reason       TEXT NOT NULL,
    ticket_id    BIGINT,
    size         BIGINT NOT NULL
);
CREATE INDEX mails_by_uid ON mails (mailbox, uidvalidity, uid);

-- Where the watcher stopped, per mailbox.
CREATE TABLE mailbox_checkpoints (
    mailbox     TEXT PRIMARY KEY,
    uidvalidity BIGINT NOT NULL,
    last_uid    BIGINT NOT NULL
);

-- Outgoing mail, fully rendered, delivered by the sender task.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    created_at      BIGINT NOT NULL,
    purpose         TEXT NOT NULL,
    ticket_id       BIGINT,
    mail_id         BIGINT,
    recipient       TEXT NOT NULL,
    message_id      TEXT NOT NULL UNIQUE,
    raw             BLOB NOT NULL,
    status          TEXT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    locked_until    BIGINT NOT NULL DEFAULT 0,
    last_error      TEXT,
    done_at         BIGINT
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_by_recipient ON outbox (recipient, id);

-- Automatic answers per address, for rate limiting (RFC 3834 spirit).
CREATE TABLE auto_answers (
    address TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX auto_answers_by_address ON auto_answers (address, at);
