-- PostgreSQL dialect of ../0013_row_versions.sql: the same row versions, bumped
-- by a BEFORE UPDATE trigger (PostgreSQL can change the row being written);
-- plus the table where the holder of a dataset's advisory lock says who it is
-- and since when (db/pg/pg_lock), which only a shared store needs.
ALTER TABLE event ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE document ADD COLUMN row_version bigint NOT NULL DEFAULT 1;

-- The body is a plain quoted string (not $$) so the migration splitter sees
-- its semicolons as text.
CREATE FUNCTION stratos_bump_row_version() RETURNS trigger LANGUAGE plpgsql AS '
BEGIN
    IF NEW.row_version = OLD.row_version THEN
        NEW.row_version := OLD.row_version + 1;
    END IF;
    RETURN NEW;
END';

CREATE TRIGGER event_row_version BEFORE UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION stratos_bump_row_version();
CREATE TRIGGER document_row_version BEFORE UPDATE ON document
    FOR EACH ROW EXECUTE FUNCTION stratos_bump_row_version();

CREATE TABLE IF NOT EXISTS stratos_dataset_lock (
    dataset            text PRIMARY KEY,
    holder_user        text NOT NULL,
    holder_application text NOT NULL,
    holder_machine     text NOT NULL,
    holder_pid         integer NOT NULL,
    started_at         timestamptz NOT NULL,
    finished_at        timestamptz
);
