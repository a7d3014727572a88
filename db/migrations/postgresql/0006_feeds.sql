-- PostgreSQL dialect of ../0006_feeds.sql: bigint for INTEGER (SQLite's
-- integers are 64-bit), identity keys, double precision for REAL, no WITHOUT ROWID.
-- 0006: feeds. A feed is a publisher's URL plus the importer that reads what
-- it returns, with the state of the last check. They live in the store so a
-- copied or shared store keeps them. {symbol}, {from} and {to} in a prices URL
-- are filled per tracked security (provider spelling, Unix seconds).

CREATE TABLE feed (
    name          TEXT PRIMARY KEY,
    url           TEXT NOT NULL,
    importer      TEXT NOT NULL,            -- epoch, gcat, ll2, yahoo, stooq, psatcat
    enabled       bigint NOT NULL DEFAULT 1,
    max_bytes     bigint NOT NULL DEFAULT 67108864,
    position      bigint NOT NULL DEFAULT 0,
    note          TEXT,                     -- why a feed is off, or what to know about it
    last_checked  TEXT,                     -- ISO UTC of the last attempt
    last_success  TEXT,                     -- ISO UTC of the last check that fetched or was not modified
    last_result   TEXT,                     -- one line, as `stratos update` printed it
    etag          TEXT,
    last_modified TEXT,
    as_of         TEXT                      -- the dataset's latest row after the last apply
);

-- Securities whose prices the prices feed fetches: every security in the store
-- unless untracked here, plus symbols tracked before their first bar arrives.
-- A provider spells a symbol its own way (^IXIC, nvda.us); NULL = the default spelling.
CREATE TABLE feed_symbol (
    symbol        TEXT PRIMARY KEY,
    tracked       bigint NOT NULL DEFAULT 1,
    yahoo         TEXT,
    stooq         TEXT,
    etag          TEXT,
    last_modified TEXT,
    last_checked  TEXT,
    last_result   TEXT
);

INSERT INTO feed(name, url, importer, enabled, max_bytes, position, note) VALUES
  ('models', 'https://epoch.ai/data/notable_ai_models.csv', 'epoch', 1, 33554432, 1, NULL),
  ('launches', 'https://planet4589.org/space/gcat/tsv/derived/launchlog.tsv', 'gcat', 1, 134217728, 2, NULL),
  ('prices', 'https://query1.finance.yahoo.com/v8/finance/chart/{symbol}?period1={from}&period2={to}&interval=1d&events=div%2Csplit',
   'yahoo', 1, 16777216, 3, 'alternative: https://stooq.com/q/d/l/?s={symbol}&i=d (importer stooq)'),
  ('ll2', 'https://ll.thespacedevs.com/2.2.0/launch/previous/?limit=100', 'll2', 0, 8388608, 4,
   'Launch Library 2: free tier allows 15 requests an hour'),
  ('satellites', 'https://planet4589.org/space/gcat/tsv/cat/psatcat.tsv', 'psatcat', 0, 67108864, 5,
   'GCAT payload catalogue (satellites in service); off by default: the launch log already names each payload''s constellation');
