-- The desk's corrections of what guichet read (issue 14): when an agent changes a ticket's
-- type or urgency, the mail that opened it is recorded with the corrected label, for
-- `guichet corpus export`. Removed with the ticket's mails by retention.
CREATE TABLE corrections (
    id      BIGSERIAL PRIMARY KEY,
    mail_id BIGINT NOT NULL,
    field   TEXT NOT NULL,
    value   TEXT NOT NULL,
    actor   TEXT NOT NULL,
    at      BIGINT NOT NULL
);
CREATE INDEX corrections_by_mail ON corrections (mail_id, id);
