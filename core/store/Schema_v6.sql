-- Schema version 6: certificates designed, numbered, signed and verified (docs/certificates.md).

-- What a programme's certificates need: credits, who is eligible (attendance and assessment
-- thresholds), how long they are valid, the design, its languages and how names are written.
ALTER TABLE training_programme ADD COLUMN ects REAL NOT NULL DEFAULT 0
    CHECK (ects BETWEEN 0 AND 60);
ALTER TABLE training_programme ADD COLUMN min_hours REAL CHECK (min_hours IS NULL OR min_hours BETWEEN 0 AND 2000);
ALTER TABLE training_programme ADD COLUMN min_assessment REAL
    CHECK (min_assessment IS NULL OR min_assessment BETWEEN 0 AND 100);
ALTER TABLE training_programme ADD COLUMN validity_months INTEGER
    CHECK (validity_months IS NULL OR validity_months BETWEEN 1 AND 240);
ALTER TABLE training_programme ADD COLUMN certificate_template TEXT;
ALTER TABLE training_programme ADD COLUMN certificate_languages TEXT;
ALTER TABLE training_programme ADD COLUMN holder_script TEXT NOT NULL DEFAULT 'both'
    CHECK (holder_script IN ('native', 'latin', 'both'));

-- A certificate keeps what it was issued with: the signed text of its QR code, its Open Badges
-- credential, the design and languages of its page, and when replaced, when and why.
ALTER TABLE certificate ADD COLUMN seal TEXT;
ALTER TABLE certificate ADD COLUMN badge TEXT;
ALTER TABLE certificate ADD COLUMN template TEXT;
ALTER TABLE certificate ADD COLUMN languages TEXT;
ALTER TABLE certificate ADD COLUMN superseded_on TEXT;
ALTER TABLE certificate ADD COLUMN supersede_reason TEXT;

-- Who signs a programme's certificates, in order, with their titles in three languages.
CREATE TABLE certificate_signatory (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id      BLOB NOT NULL REFERENCES institution (id),
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc           INTEGER NOT NULL,
    device        INTEGER NOT NULL,
    programme_id  BLOB NOT NULL REFERENCES training_programme (id),
    position      INTEGER NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 3),
    name          TEXT NOT NULL,
    name_latin    TEXT,
    title_kk      TEXT,
    title_ru      TEXT,
    title_en      TEXT
);
CREATE INDEX certificate_signatory_programme ON certificate_signatory (programme_id);

-- Every action on the register, with who and when: synced, so each office sees the history.
CREATE TABLE certificate_action (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    certificate_id  BLOB NOT NULL REFERENCES certificate (id),
    action          TEXT NOT NULL CHECK (action IN ('issued', 'reissued', 'superseded', 'revoked')),
    at_ms           INTEGER NOT NULL,
    by_user         TEXT NOT NULL,
    reason          TEXT
);
CREATE INDEX certificate_action_certificate ON certificate_action (certificate_id);

-- Office signing keys as the consortium's root certified them (the signed key certificate; the
-- other columns repeat it for lists). Every office reads every office's keys.
CREATE TABLE office_key (
    id               BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id         BLOB NOT NULL REFERENCES institution (id),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc              INTEGER NOT NULL,
    device           INTEGER NOT NULL,
    office_code      TEXT NOT NULL,
    key_id           TEXT NOT NULL,
    valid_from       TEXT NOT NULL,
    valid_until      TEXT NOT NULL,
    first_serial     INTEGER NOT NULL CHECK (first_serial BETWEEN 1 AND 999999),
    last_serial      INTEGER NOT NULL CHECK (last_serial BETWEEN 1 AND 999999),
    demo             INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    key_certificate  BLOB NOT NULL
);
CREATE INDEX office_key_key ON office_key (key_id);

-- Each signing key's latest revocation list (signed; one row per key, re-signed with a higher
-- sequence after every revocation or reissue). Every office reads every office's lists.
CREATE TABLE revocation_list (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id     BLOB NOT NULL REFERENCES institution (id),
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc          INTEGER NOT NULL,
    device       INTEGER NOT NULL,
    office_code  TEXT NOT NULL,
    key_id       TEXT NOT NULL,
    sequence     INTEGER NOT NULL CHECK (sequence >= 1),
    list         BLOB NOT NULL
);
CREATE INDEX revocation_list_key ON revocation_list (key_id);

-- Local only, never synced: the root keys this data file trusts (a demo data file trusts only
-- the demo root), and this computer's signing keys, sealed with a passphrase or kept in the
-- operating system's keychain (then `sealed` is NULL). Demo keys are sealed with the published
-- demo passphrase, and trusted by the demo data file only.
CREATE TABLE trusted_root (
    public_key  BLOB PRIMARY KEY NOT NULL CHECK (length(public_key) = 32),
    demo        INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0, 1)),
    added_at    INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE signing_secret (
    key_id       TEXT PRIMARY KEY NOT NULL,
    office_code  TEXT NOT NULL,
    public_key   BLOB NOT NULL CHECK (length(public_key) = 32),
    protection   TEXT NOT NULL CHECK (protection IN ('passphrase', 'keychain', 'demo')),
    sealed       TEXT,
    created_at   INTEGER NOT NULL,
    CHECK ((protection IN ('passphrase', 'demo')) = (sealed IS NOT NULL))
) WITHOUT ROWID;
