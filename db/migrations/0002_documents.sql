-- 0002: the document library: documents, passages with character offsets, and
-- an FTS5 index over passages kept in step by triggers.

CREATE TABLE document (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL,
    publisher    TEXT,
    published_on TEXT,
    url          TEXT,
    sha256       TEXT NOT NULL,
    mime         TEXT NOT NULL DEFAULT 'text/markdown',
    text         TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    origin       TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user')
);

CREATE TABLE passage (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE VIRTUAL TABLE passage_fts USING fts5(
    text, content='passage', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2');

CREATE TRIGGER passage_ai AFTER INSERT ON passage BEGIN
    INSERT INTO passage_fts(rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER passage_ad AFTER DELETE ON passage BEGIN
    INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;

CREATE TRIGGER passage_au AFTER UPDATE ON passage BEGIN
    INSERT INTO passage_fts(passage_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO passage_fts(rowid, text) VALUES (new.id, new.text);
END;
