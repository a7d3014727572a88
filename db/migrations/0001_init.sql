-- 0001: facts about models, organizations, securities, launches, events.
-- Every fact row references a source; origin tells seed rows (which a newer
-- embedded dataset may update) from rows a user imported or edited (never
-- touched by a seed update).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE source (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind = 'dataset' OR kind = 'url' OR kind = 'document' OR kind = 'user' OR kind = 'import'),
    title       TEXT NOT NULL,
    url         TEXT,
    license     TEXT,
    accessed_on TEXT,
    origin      TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user')
);

CREATE TABLE import_batch (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_added   INTEGER NOT NULL DEFAULT 0,
    rows_updated INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE organization (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    country      TEXT,
    kind         TEXT,
    ticker       TEXT,
    source_id    INTEGER NOT NULL REFERENCES source(id),
    origin       TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id     INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);

CREATE TABLE ai_model (
    id                       INTEGER PRIMARY KEY,
    name                     TEXT NOT NULL UNIQUE,
    organization_id          INTEGER REFERENCES organization(id),
    country                  TEXT,
    released_on              TEXT,
    domain                   TEXT,
    parameters               REAL,
    training_compute_flop    REAL,
    training_cost_usd        REAL,
    cost_basis               TEXT CHECK (cost_basis = 'epoch_2023_usd' OR cost_basis = 'reported'),
    open_weights             INTEGER NOT NULL DEFAULT 0,
    api_input_usd_per_mtok   REAL,
    api_output_usd_per_mtok  REAL,
    price_source_id          INTEGER REFERENCES source(id),
    source_id                INTEGER NOT NULL REFERENCES source(id),
    origin                   TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id                 INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX ai_model_released ON ai_model(released_on);

CREATE TABLE security (
    id              INTEGER PRIMARY KEY,
    symbol          TEXT NOT NULL UNIQUE,
    name            TEXT,
    kind            TEXT NOT NULL CHECK (kind = 'stock' OR kind = 'index'),
    currency        TEXT,
    organization_id INTEGER REFERENCES organization(id),
    adjusted        INTEGER NOT NULL DEFAULT 0,
    source_id       INTEGER NOT NULL REFERENCES source(id),
    origin          TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id        INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);

CREATE TABLE price_bar (
    security_id INTEGER NOT NULL REFERENCES security(id) ON DELETE CASCADE,
    day         TEXT NOT NULL,
    open        REAL,
    high        REAL,
    low         REAL,
    close       REAL NOT NULL,
    adj_close   REAL,
    volume      INTEGER,
    source_id   INTEGER NOT NULL REFERENCES source(id),
    origin      TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id    INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    PRIMARY KEY (security_id, day)
) WITHOUT ROWID;

CREATE TABLE launch (
    id          INTEGER PRIMARY KEY,
    tag         TEXT NOT NULL UNIQUE,
    launched_at TEXT NOT NULL,
    vehicle     TEXT,
    site        TEXT,
    country     TEXT,
    operator    TEXT,
    outcome     TEXT NOT NULL CHECK (outcome = 'success' OR outcome = 'failure' OR outcome = 'unknown'),
    source_id   INTEGER NOT NULL REFERENCES source(id),
    origin      TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id    INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX launch_time ON launch(launched_at);

CREATE TABLE payload (
    id            INTEGER PRIMARY KEY,
    launch_id     INTEGER NOT NULL REFERENCES launch(id) ON DELETE CASCADE,
    piece         TEXT NOT NULL,  -- international designation as GCAT gives it
    jcat          TEXT NOT NULL,  -- GCAT's own object id: unique even where pieces repeat
    name          TEXT,
    owner         TEXT,
    constellation TEXT,
    source_id     INTEGER NOT NULL REFERENCES source(id),
    origin        TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id      INTEGER REFERENCES import_batch(id) ON DELETE SET NULL,
    UNIQUE (launch_id, jcat)
);
CREATE INDEX payload_constellation ON payload(constellation);

CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    key        TEXT UNIQUE,
    day        TEXT NOT NULL,
    lane       TEXT NOT NULL CHECK (lane = 'model' OR lane = 'market' OR lane = 'space' OR lane = 'policy' OR lane = 'user'),
    title      TEXT NOT NULL,
    summary    TEXT,
    importance INTEGER NOT NULL DEFAULT 1,
    hidden     INTEGER NOT NULL DEFAULT 0,
    source_id  INTEGER NOT NULL REFERENCES source(id),
    origin     TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'import' OR origin = 'user'),
    batch_id   INTEGER REFERENCES import_batch(id) ON DELETE SET NULL
);
CREATE INDEX event_day ON event(day);

-- What an event concerns, by natural key so links survive re-imports.
CREATE TABLE event_link (
    event_id    INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    entity_kind TEXT NOT NULL CHECK (entity_kind = 'model' OR entity_kind = 'security' OR entity_kind = 'organization' OR entity_kind = 'constellation' OR entity_kind = 'launch'),
    entity_key  TEXT NOT NULL,
    PRIMARY KEY (event_id, entity_kind, entity_key)
) WITHOUT ROWID;
