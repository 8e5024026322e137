-- Two daily limits per address: explanations and refusals, and every automatic answer.
ALTER TABLE auto_answers ADD COLUMN kind TEXT NOT NULL DEFAULT 'explanation';
CREATE INDEX auto_answers_by_kind ON auto_answers (address, kind, at);
