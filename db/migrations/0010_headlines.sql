-- 0010: what the overview's headline cards compare, as data rather than code:
-- the two models of the training-cost and API-price cards, the event whose day
-- the market card looks at (with the stock and the index it compares), and the
-- constellations of the space card. Filled from the seed (headlines.csv); a
-- newer seed updates its own rows, never ones a user changed (origin 'user').

CREATE TABLE headline (
    card      TEXT PRIMARY KEY
              CHECK (card IN ('training_cost', 'api_price', 'market_day', 'constellations')),
    first     TEXT NOT NULL,  -- a model, a security or a constellation
    second    TEXT NOT NULL,  -- what `first` is set against
    event_key TEXT,           -- market_day: the event whose day it shows
    others    TEXT,           -- constellations: more of them, ';'-separated
    origin    TEXT NOT NULL DEFAULT 'seed' CHECK (origin = 'seed' OR origin = 'user')
);
