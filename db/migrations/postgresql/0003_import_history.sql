-- PostgreSQL dialect of ../0003_import_history.sql: bigint for INTEGER (SQLite's
-- integers are 64-bit), identity keys, double precision for REAL, no WITHOUT ROWID.
-- 0003: undo for imports. Before an import changes an existing row, the old
-- values are kept here, so removing the batch restores them (rows the batch
-- added are deleted instead).

ALTER TABLE import_batch ADD COLUMN rows_unchanged bigint NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN detail TEXT;

CREATE TABLE import_undo (
    batch_id   bigint NOT NULL REFERENCES import_batch(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,   -- JSON object of the natural key
    old_values TEXT NOT NULL,   -- JSON object of the columns as they were
    PRIMARY KEY (batch_id, table_name, row_key)
);

CREATE INDEX ai_model_batch ON ai_model(batch_id);
CREATE INDEX organization_batch ON organization(batch_id);
CREATE INDEX security_batch ON security(batch_id);
CREATE INDEX launch_batch ON launch(batch_id);
CREATE INDEX payload_batch ON payload(batch_id);
