-- An Infodoc catalogue at schema version 1, written by make-fixtures.py.
BEGIN TRANSACTION;
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES attachment_blob(sha256) ON DELETE RESTRICT,
    file_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL
);
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL DEFAULT ''
);
CREATE TABLE authority (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
    name TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL,
    UNIQUE (kind, norm_key)
);
INSERT INTO "authority" VALUES(1,'person','Dupont, Marie','dupont marie','','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z');
INSERT INTO "authority" VALUES(2,'organisation','Centre social de la Dame Blanche','centre social de la dame blanche','Garges','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z');
CREATE TABLE change_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at TEXT NOT NULL
);
INSERT INTO "change_journal" VALUES(1,'record',1,'insert','2026-01-05T09:00:00Z');
INSERT INTO "change_journal" VALUES(2,'record',2,'insert','2026-01-05T09:00:00Z');
INSERT INTO "change_journal" VALUES(3,'record',3,'insert','2026-01-05T09:00:00Z');
CREATE TABLE copy (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    barcode TEXT NOT NULL UNIQUE,
    call_number TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('available', 'on_loan', 'reference_only', 'lost', 'withdrawn'))
);
INSERT INTO "copy" VALUES(1,1,'B0001','LOG 1','Espace documentaire','available');
INSERT INTO "copy" VALUES(2,1,'B0002','','','reference_only');
INSERT INTO "copy" VALUES(3,2,'B0003','','','available');
CREATE TABLE experience_sheet (
    record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
    target_public TEXT NOT NULL DEFAULT '',
    objectives TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    means TEXT NOT NULL DEFAULT '',
    results TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT ''
);
CREATE TABLE record (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL DEFAULT 0,
    edition TEXT NOT NULL DEFAULT '',
    collection TEXT NOT NULL DEFAULT '',
    collection_number TEXT NOT NULL DEFAULT '',
    isbn TEXT NOT NULL DEFAULT '',
    issn TEXT NOT NULL DEFAULT '',
    extent TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    abstract TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    call_number TEXT NOT NULL DEFAULT '',
    -- Denormalised for listing and sorting 100,000 records without joins.
    authors_display TEXT NOT NULL DEFAULT '',
    title_sort TEXT NOT NULL,
    authors_sort TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
INSERT INTO "record" VALUES(1,'book','Le logement social en Val-d''Oise','','','','2012',2012,'','','','','','','fre','Cinquante ans de bailleurs','','','','LOG 1','Dupont, Marie','le logement social en val-d''oise','dupont, marie','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z');
INSERT INTO "record" VALUES(2,'study','Jardins partagés & vivre-ensemble','','','','2019',2019,'','','','','','','fre','Retour d''expérience « Dame Blanche »','','','','LOG 2','','jardins partagés & vivre-ensemble','','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z');
INSERT INTO "record" VALUES(3,'dossier','Éducation prioritaire ; réussite éducative','','','','2015',2015,'','','','','','','fre','','','','','LOG 3','Centre social','éducation prioritaire ; réussite éducative','centre social','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z');
CREATE TABLE record_keyword (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    keyword TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, keyword)
);
INSERT INTO "record_keyword" VALUES(1,'bailleurs',0);
INSERT INTO "record_keyword" VALUES(3,'REP+',0);
CREATE TABLE record_subject (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, subject_id)
);
INSERT INTO "record_subject" VALUES(1,1,0);
INSERT INTO "record_subject" VALUES(2,2,0);
INSERT INTO "record_subject" VALUES(2,1,1);
CREATE TABLE record_territory (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, territory_id)
);
INSERT INTO "record_territory" VALUES(1,1,0);
CREATE TABLE responsibility (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE RESTRICT,
    role TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
INSERT INTO "responsibility" VALUES(1,0,1,'author');
INSERT INTO "responsibility" VALUES(2,0,2,'lead_organisation');
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL);
INSERT INTO "schema_version" VALUES(1,'catalogue','2026-01-05T09:00:00Z');
CREATE TABLE subject (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    scope_note TEXT NOT NULL DEFAULT ''
);
INSERT INTO "subject" VALUES(1,'Logement social','logement social','');
INSERT INTO "subject" VALUES(2,'Jardins partagés','jardins partages','Voir aussi');
CREATE TABLE subject_broader (
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    broader_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (subject_id, broader_id),
    CHECK (subject_id <> broader_id)
);
INSERT INTO "subject_broader" VALUES(2,1);
CREATE TABLE subject_nonpreferred (
    id INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE
);
INSERT INTO "subject_nonpreferred" VALUES(1,1,'HLM','hlm');
CREATE TABLE subject_related (
    a_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)
);
CREATE TABLE territory (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('region', 'departement', 'intercommunality', 'commune', 'neighbourhood')),
    code TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES territory(id) ON DELETE RESTRICT,
    UNIQUE (norm_key, level)
);
INSERT INTO "territory" VALUES(1,'Sarcelles','sarcelles','commune','95585',NULL);
CREATE INDEX subject_broader_by_broader ON subject_broader(broader_id);
CREATE INDEX subject_related_by_b ON subject_related(b_id);
CREATE INDEX subject_nonpreferred_by_subject ON subject_nonpreferred(subject_id);
CREATE INDEX territory_by_parent ON territory(parent_id);
CREATE INDEX record_by_title ON record(title_sort, id);
CREATE INDEX record_by_authors ON record(authors_sort, id);
CREATE INDEX record_by_year ON record(year, id);
CREATE INDEX record_by_type ON record(type, title_sort, id);
CREATE INDEX record_by_call_number ON record(call_number, id);
CREATE INDEX record_by_modified ON record(modified, id);
CREATE INDEX record_by_isbn ON record(isbn) WHERE isbn <> '';
CREATE INDEX responsibility_by_authority ON responsibility(authority_id);
CREATE INDEX record_subject_by_subject ON record_subject(subject_id);
CREATE INDEX record_territory_by_territory ON record_territory(territory_id);
CREATE INDEX copy_by_record ON copy(record_id);
CREATE INDEX attachment_by_record ON attachment(record_id);
CREATE INDEX attachment_by_sha ON attachment(sha256);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('change_journal',3);
COMMIT;
