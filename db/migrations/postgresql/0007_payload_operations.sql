-- PostgreSQL dialect of ../0007_payload_operations.sql: bigint for INTEGER (SQLite's
-- integers are 64-bit), identity keys, double precision for REAL, no WITHOUT ROWID.
-- 0007: GCAT's payload catalogue (psatcat) says when each payload was launched
-- and when its operations ended ('*' while it still operates), so the store
-- can count a constellation's satellites in service on a date, not only those
-- launched. And imports that skipped rows say how many and why.

CREATE TABLE satellite_status (
    jcat          TEXT PRIMARY KEY,  -- GCAT object id (S45044)
    piece         TEXT,
    name          TEXT,
    program       TEXT,              -- GCAT Program as written ("Starlink 1.5 G4")
    constellation TEXT,              -- Starlink, Kuiper, OneWeb, Guowang, Qianfan or NULL
    launched_on   TEXT NOT NULL,     -- ISO day
    ended_on      TEXT,              -- TDate as an ISO day; NULL while operating
    operating     bigint NOT NULL CHECK (operating = 0 OR operating = 1), -- TDate '*'
    as_of         TEXT,              -- the catalogue's "# Updated" day: '*' is true of it
    source_id     bigint NOT NULL REFERENCES source(id),
    origin        TEXT NOT NULL DEFAULT 'import' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id      bigint REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX satellite_status_constellation ON satellite_status(constellation, launched_on);
CREATE INDEX satellite_status_batch ON satellite_status(batch_id);

ALTER TABLE import_batch ADD COLUMN rows_skipped bigint NOT NULL DEFAULT 0;
ALTER TABLE import_batch ADD COLUMN skipped_detail TEXT; -- one "LINE:COLUMN: reason" per line
