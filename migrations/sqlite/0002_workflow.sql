-- Workflow: qualification, assignment, deadlines, two-stage closure, timers.

ALTER TABLE tickets ADD COLUMN route TEXT;
ALTER TABLE tickets ADD COLUMN assignee_kind TEXT;
ALTER TABLE tickets ADD COLUMN assignee_name TEXT;
ALTER TABLE tickets ADD COLUMN assignee_address TEXT;
ALTER TABLE tickets ADD COLUMN assigned_at BIGINT;
ALTER TABLE tickets ADD COLUMN due_at BIGINT;
ALTER TABLE tickets ADD COLUMN resolved_at BIGINT;
ALTER TABLE tickets ADD COLUMN closed_at BIGINT;
ALTER TABLE tickets ADD COLUMN question_pending BIGINT NOT NULL DEFAULT 0;

-- The mail that opened a ticket, kept whole so its attachments can go with the work order.
CREATE TABLE ticket_sources (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets (id),
    raw       BLOB NOT NULL
);

-- Deadline warnings and breaches, automatic closure: each fires once.
CREATE TABLE timers (
    id        INTEGER PRIMARY KEY,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    kind      TEXT NOT NULL,
    due_at    BIGINT NOT NULL,
    done_at   BIGINT,
    outcome   TEXT
);
CREATE INDEX timers_due ON timers (done_at, due_at);
