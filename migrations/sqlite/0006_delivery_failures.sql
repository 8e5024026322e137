-- Delivery failures are ticket events (issue 10): a failed mail waits here until the
-- workflow has told its ticket (work order back to be assigned, agents told), once. Failures
-- older than this version were never reported and are not now.
ALTER TABLE outbox ADD COLUMN failure_reported BIGINT NOT NULL DEFAULT 0;
UPDATE outbox SET failure_reported = 1 WHERE status = 'failed';
CREATE INDEX outbox_failures_to_report ON outbox (id) WHERE status = 'failed' AND failure_reported = 0;
