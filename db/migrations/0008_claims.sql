-- 0008: claims. Each figure in a document that the store can check, with the
-- verdict, the store's figure and the rows behind it, computed at import and
-- recomputed when the data change, so opening a document costs nothing.

CREATE TABLE claim (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start_char    INTEGER NOT NULL,          -- the figure's span in document.text
    end_char      INTEGER NOT NULL,
    figure        TEXT NOT NULL,             -- as written: "over 12%"
    claim         TEXT NOT NULL,             -- as read: "NVDA fell over 12% on 2025-01-27"
    measure       TEXT NOT NULL,
    entity        TEXT,
    claim_day     TEXT,                      -- the day, month or year spoken of (ISO)
    verdict       TEXT NOT NULL CHECK (verdict = 'agrees' OR verdict = 'differs' OR verdict = 'no data' OR verdict = 'unclear'),
    store_figure  TEXT,
    store_value   REAL,
    rows_summary  TEXT,
    rows          TEXT NOT NULL DEFAULT '[]', -- JSON: [{table, key, text}]
    source        TEXT,
    note          TEXT,
    depends_on    TEXT                       -- "security:^IXIC", "model:o1", "constellation:Starlink"
);
CREATE INDEX claim_document ON claim(document_id);
CREATE INDEX claim_depends ON claim(depends_on);

-- Documents whose claims have been computed (a document may have none).
CREATE TABLE claim_run (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    checked_at  TEXT NOT NULL
);
