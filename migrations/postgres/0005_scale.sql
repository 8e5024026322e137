-- Scale (issue 11): every statement on the daemon's paths served by an index whose size
-- follows the work waiting, not the history; running totals for the outbox gauges; per-link
-- sync state; what retention needs to find old rows.

-- The outbox: unsent rows per recipient (the in-order check) and due rows (the claim) live in
-- partial indexes, so a claim costs the same after a million sent mails as after ten.
DROP INDEX outbox_due;
DROP INDEX outbox_by_recipient;
CREATE INDEX outbox_unsent_by_recipient ON outbox (recipient, id)
    WHERE status IN ('pending', 'sending', 'unconfirmed');
CREATE INDEX outbox_pending_due ON outbox (next_attempt_at, id) WHERE status = 'pending';
-- On id, not on locked_until: a claim then changes no indexed column (HOT updates on PostgreSQL).
CREATE INDEX outbox_in_flight ON outbox (id) WHERE status = 'sending';
CREATE INDEX outbox_unconfirmed ON outbox (next_attempt_at) WHERE status = 'unconfirmed';
CREATE INDEX outbox_failed_by_recipient ON outbox (recipient) WHERE status = 'failed';
-- Retention: finished rows by the time they finished.
CREATE INDEX outbox_done ON outbox (done_at) WHERE status IN ('sent', 'failed');

-- Running totals (sent and failed mails ever), kept by triggers in the statement's transaction.
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) SELECT 'outbox_sent', COUNT(*) FROM outbox WHERE status = 'sent';
INSERT INTO counters (name, value) SELECT 'outbox_failed', COUNT(*) FROM outbox WHERE status = 'failed';
CREATE FUNCTION outbox_count_finished() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE counters SET value = value + 1 WHERE name = 'outbox_' || NEW.status;
    RETURN NULL;
END $$;
-- Row-level with a WHEN clause: the claims and leases (most updates) never call it.
CREATE TRIGGER outbox_count_finished AFTER UPDATE OF status ON outbox
    FOR EACH ROW WHEN (NEW.status IN ('sent', 'failed') AND OLD.status <> NEW.status)
    EXECUTE FUNCTION outbox_count_finished();

-- Timers: due ones, and a ticket's own.
DROP INDEX timers_due;
CREATE INDEX timers_due ON timers (due_at, id) WHERE done_at IS NULL;
CREATE INDEX timers_by_ticket ON timers (ticket_id, kind);
CREATE INDEX timers_done ON timers (done_at) WHERE done_at IS NOT NULL;

CREATE INDEX attachments_by_ticket ON attachments (ticket_id);

-- A school's tickets newest first, its open ones, every open one; statistics by period.
DROP INDEX tickets_open_by_school;
CREATE INDEX tickets_by_school ON tickets (uai, year, number);
CREATE INDEX tickets_open_by_school ON tickets (uai, year, number) WHERE state <> 'closed';
CREATE INDEX tickets_open ON tickets (year, number) WHERE state <> 'closed';
CREATE INDEX tickets_by_created ON tickets (created_at);
CREATE INDEX tickets_closed_at ON tickets (closed_at) WHERE state = 'closed';

-- Mails: by ticket (history, retention), and the unlinked ones by reception (retention).
CREATE INDEX mails_by_ticket ON mails (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX mails_unlinked ON mails (received_at) WHERE ticket_id IS NULL;

-- Automatic answers older than their 24 h window only matter to retention.
CREATE INDEX auto_answers_by_time ON auto_answers (at);

-- Sync status from the link itself: since when our updates wait for an answer.
ALTER TABLE peer_links ADD COLUMN unanswered_since BIGINT;
UPDATE peer_links SET unanswered_since = (
    SELECT MIN(o.at) FROM peer_updates o
    WHERE o.ticket_id = peer_links.ticket_id AND o.peer = peer_links.peer AND o.direction = 'out'
      AND o.id > COALESCE((SELECT MAX(i.id) FROM peer_updates i
                           WHERE i.ticket_id = peer_links.ticket_id AND i.peer = peer_links.peer
                             AND i.direction = 'in'), 0));
CREATE INDEX peer_links_unanswered ON peer_links (peer, unanswered_since) WHERE unanswered_since IS NOT NULL;
CREATE INDEX peer_updates_by_time ON peer_updates (at);

-- Retention: delivered mails whose stored copy is still kept.
CREATE INDEX outbox_copies ON outbox (done_at) WHERE status = 'sent' AND length(raw) > 0;
