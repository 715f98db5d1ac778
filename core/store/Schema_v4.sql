-- Schema version 4: amendments to signed agreements. A signed agreement is not edited in
-- place: each change of its terms is an amendment with its own date, summary and signed
-- document, and records the terms it changed as {"column": [old, new]}.
-- number is not UNIQUE per partnership: two offices working offline may both record an
-- amendment numbered 2, and sync must still apply both; the history orders them by
-- (number, amended_on, id) and the next number is one more than the highest.

CREATE TABLE partnership_amendment (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    partnership_id  BLOB NOT NULL REFERENCES partnership (id),
    number          INTEGER NOT NULL CHECK (number >= 1),
    amended_on      TEXT NOT NULL,
    summary         TEXT NOT NULL,
    changes         TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'object'),
    attachment_id   BLOB REFERENCES attachment (id)
);
CREATE INDEX partnership_amendment_partnership ON partnership_amendment (partnership_id, number)
    WHERE deleted = 0;
