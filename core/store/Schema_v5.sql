-- Schema version 5: what sync leaves for a person to look at. A conflict is a value that lost
-- a merge on the server (kept there too, and restorable); a rejection is a local change the
-- server refused (out of scope, read-only role, invalid), whose value stays here; an unapplied
-- change is one pulled from the server that this store could not take (it refers to a record
-- outside this office's scope). Local only: this table is not synced.
CREATE TABLE sync_issue (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('conflict', 'rejected', 'unapplied')),
    server_seq    INTEGER UNIQUE,
    tbl           TEXT NOT NULL,
    row_id        BLOB NOT NULL CHECK (length(row_id) = 16),
    field         TEXT,
    value,
    hlc           INTEGER,
    device        BLOB,
    kept_value,
    kept_hlc      INTEGER,
    kept_device   BLOB,
    conflict_kind TEXT CHECK (conflict_kind IN ('concurrent', 'lifecycle', 'edit-delete')),
    needs_review  INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    reason        TEXT,
    message       TEXT,
    noted_at      INTEGER NOT NULL,
    resolution    TEXT CHECK (resolution IN ('restored', 'dismissed'))
);
CREATE INDEX sync_issue_open ON sync_issue (noted_at) WHERE resolution IS NULL;
