-- EduFusion Desk store, schema version 1: the three programmes and the sync bookkeeping.
-- Every synced table has: id (UUIDv7, 16 bytes), owner_id (the institution that owns the row),
-- deleted (tombstone), hlc and device (the clock and device that created the row; a field
-- changed later has its own clock in field_clock). Change-tracking triggers are generated
-- from the table's columns by SyncTriggers; they are not written here.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value
) WITHOUT ROWID;

CREATE TABLE device (
    id    INTEGER PRIMARY KEY,
    uuid  BLOB NOT NULL UNIQUE CHECK (length(uuid) = 16),
    label TEXT
);

-- The outbox and history of local changes. field NULL: the row was created (every field
-- at hlc, values in the row). Otherwise one changed field, its new value and base: the
-- clock of the value it overwrote.
CREATE TABLE change_log (
    seq     INTEGER PRIMARY KEY,
    tbl     TEXT NOT NULL,
    row_id  BLOB NOT NULL,
    field   TEXT,
    value,
    hlc     INTEGER NOT NULL,
    device  INTEGER NOT NULL,
    base    INTEGER NOT NULL DEFAULT 0
);

-- The clock of every field changed after its row was created.
CREATE TABLE field_clock (
    tbl     TEXT NOT NULL,
    row_id  BLOB NOT NULL,
    field   TEXT NOT NULL,
    hlc     INTEGER NOT NULL,
    device  INTEGER NOT NULL,
    PRIMARY KEY (tbl, row_id, field)
) WITHOUT ROWID;

-- Attached documents, addressed by content.
CREATE TABLE blob_store (
    sha256  BLOB PRIMARY KEY NOT NULL CHECK (length(sha256) = 32),
    size    INTEGER NOT NULL,
    data    BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE institution (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id    BLOB NOT NULL REFERENCES institution (id),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc         INTEGER NOT NULL,
    device      INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('university', 'company', 'public_body',
                    'accreditation_agency', 'network', 'other')),
    name_en     TEXT,
    name_ru     TEXT,
    name_kk     TEXT,
    short_name  TEXT,
    country     TEXT NOT NULL CHECK (length(country) = 2),
    region      TEXT,
    city        TEXT,
    bin         TEXT CHECK (bin IS NULL OR length(bin) = 12),
    pic         TEXT CHECK (pic IS NULL OR length(pic) = 9),
    website     TEXT,
    CHECK (coalesce(name_en, name_ru, name_kk) IS NOT NULL)
);
CREATE INDEX institution_name ON institution (name_en COLLATE KAZAKH);

CREATE TABLE person (
    id                 BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id           BLOB NOT NULL REFERENCES institution (id),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc                INTEGER NOT NULL,
    device             INTEGER NOT NULL,
    institution_id     BLOB REFERENCES institution (id),
    family_name        TEXT NOT NULL,
    given_name         TEXT NOT NULL,
    patronymic         TEXT,
    family_name_latin  TEXT,
    given_name_latin   TEXT,
    gender             TEXT NOT NULL CHECK (gender IN ('female', 'male', 'undisclosed')),
    email              TEXT,
    phone              TEXT,
    roles              INTEGER NOT NULL DEFAULT 0 CHECK (roles BETWEEN 0 AND 15)
);
CREATE INDEX person_institution ON person (institution_id);
CREATE INDEX person_name ON person (family_name COLLATE KAZAKH, given_name COLLATE KAZAKH);

CREATE TABLE project (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    code            TEXT NOT NULL,
    acronym         TEXT NOT NULL,
    title           TEXT NOT NULL,
    programme       TEXT,
    call_id         TEXT,
    coordinator_id  BLOB REFERENCES institution (id),
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);

CREATE TABLE project_partner (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    project_id      BLOB NOT NULL REFERENCES project (id),
    institution_id  BLOB NOT NULL REFERENCES institution (id),
    role            TEXT NOT NULL CHECK (role IN ('coordinator', 'partner', 'associated'))
);
CREATE INDEX project_partner_project ON project_partner (project_id);

CREATE TABLE indicator (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id    BLOB NOT NULL REFERENCES institution (id),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc         INTEGER NOT NULL,
    device      INTEGER NOT NULL,
    project_id  BLOB NOT NULL REFERENCES project (id),
    code        TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    name_ru     TEXT,
    name_kk     TEXT,
    unit        TEXT NOT NULL CHECK (unit IN ('people', 'percent', 'courses', 'modules',
                    'organisations', 'events', 'agreements', 'other')),
    measure     TEXT NOT NULL DEFAULT 'manual',
    baseline    REAL NOT NULL DEFAULT 0,
    target      REAL NOT NULL
);
CREATE INDEX indicator_project ON indicator (project_id);

-- A value of an indicator measured by hand on a date (for measures the store cannot compute).
CREATE TABLE indicator_value (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id      BLOB NOT NULL REFERENCES institution (id),
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc           INTEGER NOT NULL,
    device        INTEGER NOT NULL,
    indicator_id  BLOB NOT NULL REFERENCES indicator (id),
    measured_on   TEXT NOT NULL,
    value         REAL NOT NULL,
    note          TEXT
);
CREATE INDEX indicator_value_indicator ON indicator_value (indicator_id);

CREATE TABLE partnership (
    id                   BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id             BLOB NOT NULL REFERENCES institution (id),
    deleted              INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc                  INTEGER NOT NULL,
    device               INTEGER NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('mou', 'internship_agreement',
                             'dual_education', 'joint_project', 'research_contract')),
    status               TEXT NOT NULL CHECK (status IN ('proposed', 'negotiating', 'signed',
                             'active', 'completed', 'terminated', 'expired')),
    title                TEXT NOT NULL,
    university_id        BLOB NOT NULL REFERENCES institution (id),
    partner_id           BLOB NOT NULL REFERENCES institution (id),
    project_id           BLOB REFERENCES project (id),
    signed_on            TEXT,
    starts_on            TEXT,
    ends_on              TEXT,
    internships_offered  INTEGER NOT NULL DEFAULT 0 CHECK (internships_offered >= 0),
    students_placed      INTEGER NOT NULL DEFAULT 0 CHECK (students_placed >= 0),
    notes                TEXT,
    CHECK (university_id <> partner_id)
);
CREATE INDEX partnership_university ON partnership (university_id);
CREATE INDEX partnership_partner ON partnership (partner_id);
CREATE INDEX partnership_ends ON partnership (ends_on);

CREATE TABLE partnership_contact (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    partnership_id  BLOB NOT NULL REFERENCES partnership (id),
    person_id       BLOB NOT NULL REFERENCES person (id),
    role            TEXT
);
CREATE INDEX partnership_contact_partnership ON partnership_contact (partnership_id);
CREATE INDEX partnership_contact_person ON partnership_contact (person_id);

-- A document attached to a partnership; its bytes are in blob_store under sha256.
CREATE TABLE attachment (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    partnership_id  BLOB NOT NULL REFERENCES partnership (id),
    file_name       TEXT NOT NULL,
    mime_type       TEXT NOT NULL,
    size            INTEGER NOT NULL CHECK (size >= 0),
    sha256          BLOB NOT NULL CHECK (length(sha256) = 32),
    added_on        TEXT NOT NULL
);
CREATE INDEX attachment_partnership ON attachment (partnership_id);

CREATE TABLE training_programme (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id    BLOB NOT NULL REFERENCES institution (id),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc         INTEGER NOT NULL,
    device      INTEGER NOT NULL,
    code        TEXT NOT NULL,
    title_en    TEXT,
    title_ru    TEXT,
    title_kk    TEXT,
    topic       TEXT NOT NULL CHECK (topic IN ('engineering_pedagogy', 'pedagogical_psychology',
                    'communication', 'interactive_methods', 'reflective_practice',
                    'entrepreneurship', 'steam', 'other')),
    standard    TEXT NOT NULL CHECK (standard IN ('national', 'international')),
    hours       REAL NOT NULL CHECK (hours > 0),
    project_id  BLOB REFERENCES project (id),
    CHECK (coalesce(title_en, title_ru, title_kk) IS NOT NULL)
);

CREATE TABLE training_event (
    id            BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id      BLOB NOT NULL REFERENCES institution (id),
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc           INTEGER NOT NULL,
    device        INTEGER NOT NULL,
    programme_id  BLOB REFERENCES training_programme (id),
    kind          TEXT NOT NULL CHECK (kind IN ('workshop', 'seminar', 'study_tour',
                      'train_the_trainer', 'info_day', 'webinar', 'conference')),
    title         TEXT NOT NULL,
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL,
    mode          TEXT NOT NULL CHECK (mode IN ('in_person', 'online', 'hybrid')),
    host_id       BLOB REFERENCES institution (id),
    place         TEXT,
    city          TEXT,
    country       TEXT CHECK (country IS NULL OR length(country) = 2),
    hours         REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX training_event_programme ON training_event (programme_id);
CREATE INDEX training_event_starts ON training_event (starts_on);

CREATE TABLE event_trainer (
    id         BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id   BLOB NOT NULL REFERENCES institution (id),
    deleted    INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc        INTEGER NOT NULL,
    device     INTEGER NOT NULL,
    event_id   BLOB NOT NULL REFERENCES training_event (id),
    person_id  BLOB NOT NULL REFERENCES person (id)
);
CREATE INDEX event_trainer_event ON event_trainer (event_id);
CREATE INDEX event_trainer_person ON event_trainer (person_id);

CREATE TABLE participation (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    event_id        BLOB NOT NULL REFERENCES training_event (id),
    person_id       BLOB NOT NULL REFERENCES person (id),
    attended_hours  REAL NOT NULL DEFAULT 0 CHECK (attended_hours >= 0),
    assessment      REAL CHECK (assessment IS NULL OR assessment BETWEEN 0 AND 100),
    result          TEXT NOT NULL DEFAULT 'pending' CHECK (result IN ('pending', 'passed', 'failed'))
);
CREATE INDEX participation_event ON participation (event_id, person_id) WHERE deleted = 0;
CREATE INDEX participation_person ON participation (person_id) WHERE deleted = 0;

CREATE TABLE certificate (
    id                 BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id           BLOB NOT NULL REFERENCES institution (id),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc                INTEGER NOT NULL,
    device             INTEGER NOT NULL,
    person_id          BLOB NOT NULL REFERENCES person (id),
    programme_id       BLOB REFERENCES training_programme (id),
    event_id           BLOB REFERENCES training_event (id),
    number             TEXT NOT NULL,
    level              TEXT NOT NULL CHECK (level IN ('national', 'international')),
    issued_on          TEXT NOT NULL,
    valid_until        TEXT,
    status             TEXT NOT NULL CHECK (status IN ('valid', 'superseded', 'revoked')),
    replaces_id        BLOB REFERENCES certificate (id),
    revoked_on         TEXT,
    revocation_reason  TEXT,
    CHECK (valid_until IS NULL OR valid_until >= issued_on),
    CHECK (status <> 'revoked' OR (revoked_on IS NOT NULL AND revocation_reason IS NOT NULL))
);
CREATE UNIQUE INDEX certificate_number ON certificate (number);
CREATE INDEX certificate_person ON certificate (person_id);
CREATE INDEX certificate_status ON certificate (status, level, person_id) WHERE deleted = 0;

CREATE TABLE course (
    id                       BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id                 BLOB NOT NULL REFERENCES institution (id),
    deleted                  INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc                      INTEGER NOT NULL,
    device                   INTEGER NOT NULL,
    code                     TEXT NOT NULL,
    title_en                 TEXT,
    title_ru                 TEXT,
    title_kk                 TEXT,
    area                     TEXT NOT NULL CHECK (area IN ('steam', 'entrepreneurship')),
    ects                     REAL NOT NULL CHECK (ects > 0 AND ects <= 60),
    languages                TEXT NOT NULL,
    delivery                 TEXT NOT NULL CHECK (delivery IN ('online', 'blended', 'in_person')),
    provider_id              BLOB REFERENCES institution (id),
    accreditation_agency_id  BLOB REFERENCES institution (id),
    accreditation_status     TEXT NOT NULL CHECK (accreditation_status IN ('not_submitted',
                                 'submitted', 'accredited', 'refused', 'expired')),
    accredited_on            TEXT,
    accredited_until         TEXT,
    climate_neutral          INTEGER NOT NULL DEFAULT 0 CHECK (climate_neutral IN (0, 1)),
    gender_inclusive         INTEGER NOT NULL DEFAULT 0 CHECK (gender_inclusive IN (0, 1)),
    learning_outcomes        TEXT,
    CHECK (coalesce(title_en, title_ru, title_kk) IS NOT NULL),
    CHECK (accredited_until IS NULL OR accredited_on IS NULL OR accredited_until >= accredited_on)
);
CREATE INDEX course_code ON course (code);

-- A course run in one semester: year * 10 + term (1 spring, 2 summer, 3 autumn).
CREATE TABLE offering (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id        BLOB NOT NULL REFERENCES institution (id),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc             INTEGER NOT NULL,
    device          INTEGER NOT NULL,
    course_id       BLOB NOT NULL REFERENCES course (id),
    institution_id  BLOB NOT NULL REFERENCES institution (id),
    semester        INTEGER NOT NULL CHECK (semester % 10 BETWEEN 1 AND 3 AND semester / 10 BETWEEN 2000 AND 2100),
    language        TEXT NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    instructor_id   BLOB REFERENCES person (id),
    capacity        INTEGER CHECK (capacity IS NULL OR capacity > 0)
);
CREATE INDEX offering_course ON offering (course_id);
CREATE INDEX offering_semester ON offering (semester);
CREATE INDEX offering_instructor ON offering (instructor_id);

CREATE TABLE enrollment (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id     BLOB NOT NULL REFERENCES institution (id),
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    hlc          INTEGER NOT NULL,
    device       INTEGER NOT NULL,
    offering_id  BLOB NOT NULL REFERENCES offering (id),
    person_id    BLOB NOT NULL REFERENCES person (id),
    status       TEXT NOT NULL CHECK (status IN ('enrolled', 'completed', 'withdrawn', 'failed')),
    grade        REAL CHECK (grade IS NULL OR grade BETWEEN 0 AND 100),
    enrolled_on  TEXT NOT NULL
);
-- Partial (live rows) and covering: lists and dashboard counts read the index, not the table.
CREATE INDEX enrollment_offering ON enrollment (offering_id, person_id) WHERE deleted = 0;
CREATE INDEX enrollment_person ON enrollment (person_id) WHERE deleted = 0;
