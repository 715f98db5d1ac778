-- Schema version 2: full-text search over people, institutions, partnerships and courses.
-- The index holds SearchFold keys (ef_fold), so Cyrillic and Latin spellings find each other.

CREATE VIRTUAL TABLE fts_person USING fts5 (key, tokenize = 'ascii', prefix = '2 3');
CREATE VIRTUAL TABLE fts_institution USING fts5 (key, tokenize = 'ascii', prefix = '2 3');
CREATE VIRTUAL TABLE fts_partnership USING fts5 (key, tokenize = 'ascii', prefix = '2 3');
CREATE VIRTUAL TABLE fts_course USING fts5 (key, tokenize = 'ascii', prefix = '2 3');

CREATE TRIGGER fts_person_i AFTER INSERT ON person BEGIN
    INSERT INTO fts_person (rowid, key) VALUES (new.rowid, ef_fold(new.family_name, new.given_name,
        new.patronymic, new.family_name_latin, new.given_name_latin, new.email));
END;
CREATE TRIGGER fts_person_u AFTER UPDATE OF family_name, given_name, patronymic, family_name_latin,
    given_name_latin, email ON person BEGIN
    UPDATE fts_person SET key = ef_fold(new.family_name, new.given_name, new.patronymic,
        new.family_name_latin, new.given_name_latin, new.email) WHERE rowid = new.rowid;
END;

CREATE TRIGGER fts_institution_i AFTER INSERT ON institution BEGIN
    INSERT INTO fts_institution (rowid, key) VALUES (new.rowid, ef_fold(new.name_en, new.name_ru,
        new.name_kk, new.short_name, new.city, new.bin, new.pic));
END;
CREATE TRIGGER fts_institution_u AFTER UPDATE OF name_en, name_ru, name_kk, short_name, city, bin, pic
    ON institution BEGIN
    UPDATE fts_institution SET key = ef_fold(new.name_en, new.name_ru, new.name_kk, new.short_name,
        new.city, new.bin, new.pic) WHERE rowid = new.rowid;
END;

CREATE TRIGGER fts_partnership_i AFTER INSERT ON partnership BEGIN
    INSERT INTO fts_partnership (rowid, key) VALUES (new.rowid, ef_fold(new.title, new.notes));
END;
CREATE TRIGGER fts_partnership_u AFTER UPDATE OF title, notes ON partnership BEGIN
    UPDATE fts_partnership SET key = ef_fold(new.title, new.notes) WHERE rowid = new.rowid;
END;

CREATE TRIGGER fts_course_i AFTER INSERT ON course BEGIN
    INSERT INTO fts_course (rowid, key) VALUES (new.rowid, ef_fold(new.code, new.title_en,
        new.title_ru, new.title_kk));
END;
CREATE TRIGGER fts_course_u AFTER UPDATE OF code, title_en, title_ru, title_kk ON course BEGIN
    UPDATE fts_course SET key = ef_fold(new.code, new.title_en, new.title_ru, new.title_kk)
        WHERE rowid = new.rowid;
END;

-- Rows that existed before this version are indexed once.
INSERT INTO fts_person (rowid, key) SELECT rowid, ef_fold(family_name, given_name, patronymic,
    family_name_latin, given_name_latin, email) FROM person;
INSERT INTO fts_institution (rowid, key) SELECT rowid, ef_fold(name_en, name_ru, name_kk,
    short_name, city, bin, pic) FROM institution;
INSERT INTO fts_partnership (rowid, key) SELECT rowid, ef_fold(title, notes) FROM partnership;
INSERT INTO fts_course (rowid, key) SELECT rowid, ef_fold(code, title_en, title_ru, title_kk)
    FROM course;
