-- Schema version 3: the indexes that let every list show a page of a million rows at once.
-- Partial (deleted = 0) like the lists themselves; each index's implicit rowid order is the
-- lists' tie-break, so nested loops in index order deliver rows already sorted. (Within an
-- offering, enrollment_offering (offering_id, person_id) gives the order: lists sorted by
-- semester, course or institution break ties by the person, then the row; the person in
-- enrollment_owner_live also lets an institution's enrollments be sorted by name without reading
-- the rows.)

CREATE INDEX enrollment_status_live ON enrollment (status) WHERE deleted = 0;
CREATE INDEX enrollment_enrolled_live ON enrollment (enrolled_on) WHERE deleted = 0;
CREATE INDEX enrollment_owner_live ON enrollment (owner_id, person_id) WHERE deleted = 0;
CREATE INDEX enrollment_grade_live ON enrollment (coalesce(grade, -1)) WHERE deleted = 0;
-- Institutions sorted by the label lists show (short name, else the name in the UI language's
-- fallback order: see DataLanguage), one index per UI language.
CREATE INDEX institution_label_kk ON institution (coalesce(short_name, coalesce(name_kk, name_ru, name_en)) COLLATE KAZAKH);
CREATE INDEX institution_label_ru ON institution (coalesce(short_name, coalesce(name_ru, name_en, name_kk)) COLLATE KAZAKH);
CREATE INDEX institution_label_en ON institution (coalesce(short_name, coalesce(name_en, name_ru, name_kk)) COLLATE KAZAKH);
