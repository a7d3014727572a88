-- Row versions for what users edit by hand (issue 19): events and document
-- details. An editor saves "WHERE row_version = the version I loaded" and
-- bumps it; a save that matches no row met another user's change, and the
-- user is shown both versions instead of silently overwriting one.
-- Writers that do not bump it themselves (imports, feeds, the seed) are
-- caught by the triggers, so every change of the row moves its version on.
ALTER TABLE event ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;

CREATE TRIGGER event_row_version AFTER UPDATE ON event
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE event SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER document_row_version AFTER UPDATE ON document
WHEN NEW.row_version = OLD.row_version
BEGIN
    UPDATE document SET row_version = OLD.row_version + 1 WHERE id = NEW.id;
END;

-- Who holds a dataset's update lock and since when (db/pg/pg_lock). Only a
-- shared PostgreSQL store has other users to tell; the table is here too so
-- both dialects keep one schema (copy-store moves stores either way).
CREATE TABLE stratos_dataset_lock (
    dataset            TEXT PRIMARY KEY,
    holder_user        TEXT NOT NULL,
    holder_application TEXT NOT NULL,
    holder_machine     TEXT NOT NULL,
    holder_pid         INTEGER NOT NULL,
    started_at         TEXT NOT NULL,
    finished_at        TEXT
);
