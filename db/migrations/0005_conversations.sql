-- 0005: Ask panel conversations (each answer keeps the sources it was given,
-- so its citations still open after a restart) and user-edited document
-- metadata that a re-import must not overwrite.

CREATE TABLE conversation (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE message (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    role            TEXT NOT NULL CHECK (role = 'user' OR role = 'assistant'),
    text            TEXT NOT NULL,
    citations       TEXT NOT NULL DEFAULT '{}',  -- JSON: sources given, citations found
    status          TEXT NOT NULL DEFAULT 'ok' CHECK (status = 'ok' OR status = 'stopped' OR status = 'failed'),
    backend         TEXT,
    created_at      TEXT NOT NULL,
    UNIQUE (conversation_id, ordinal)
);

CREATE INDEX conversation_updated ON conversation(updated_at);

ALTER TABLE document ADD COLUMN meta_edited INTEGER NOT NULL DEFAULT 0;
