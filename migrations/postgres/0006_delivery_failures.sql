-- Delivery failures are ticket events (issue 10): a failed mail waits here until the
-- workflow has told its ticket (work order back to be assigned, agents told), once. Failures
-- older than this version were never reported and are not now.
ALTER TABLE outbox ADD COLUMN failure_reported BIGINT NOT NULL DEFAULT 1;
ALTER TABLE outbox ALTER COLUMN failure_reported SET DEFAULT 0;
CREATE INDEX outbox_failures_to_report ON outbox (id) WHERE status = 'failed' AND failure_reported = 0;
