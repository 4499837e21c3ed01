-- Infodoc catalogue, schema version 1.
-- Statements end with a semicolon at the end of a line (the loader splits there).

CREATE TABLE change_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    at TEXT NOT NULL
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

CREATE TABLE subject (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    scope_note TEXT NOT NULL DEFAULT ''
);

-- Polyhierarchy is allowed: a descriptor may have several broader terms.
CREATE TABLE subject_broader (
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    broader_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (subject_id, broader_id),
    CHECK (subject_id <> broader_id)
);
CREATE INDEX subject_broader_by_broader ON subject_broader(broader_id);

-- Stored once per pair, smaller id first.
CREATE TABLE subject_related (
    a_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    b_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (a_id, b_id),
    CHECK (a_id < b_id)
);
CREATE INDEX subject_related_by_b ON subject_related(b_id);

CREATE TABLE subject_nonpreferred (
    id INTEGER PRIMARY KEY,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE
);
CREATE INDEX subject_nonpreferred_by_subject ON subject_nonpreferred(subject_id);

CREATE TABLE territory (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_key TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('region', 'departement', 'intercommunality', 'commune', 'neighbourhood')),
    code TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES territory(id) ON DELETE RESTRICT,
    UNIQUE (norm_key, level)
);
CREATE INDEX territory_by_parent ON territory(parent_id);

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
CREATE INDEX record_by_title ON record(title_sort, id);
CREATE INDEX record_by_authors ON record(authors_sort, id);
CREATE INDEX record_by_year ON record(year, id);
CREATE INDEX record_by_type ON record(type, title_sort, id);
CREATE INDEX record_by_call_number ON record(call_number, id);
CREATE INDEX record_by_modified ON record(modified, id);
CREATE INDEX record_by_isbn ON record(isbn) WHERE isbn <> '';

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

CREATE TABLE responsibility (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE RESTRICT,
    role TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
CREATE INDEX responsibility_by_authority ON responsibility(authority_id);

CREATE TABLE record_subject (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, subject_id)
);
CREATE INDEX record_subject_by_subject ON record_subject(subject_id);

CREATE TABLE record_keyword (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    keyword TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, keyword)
);

CREATE TABLE record_territory (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    territory_id INTEGER NOT NULL REFERENCES territory(id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, territory_id)
);
CREATE INDEX record_territory_by_territory ON record_territory(territory_id);

CREATE TABLE copy (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    barcode TEXT NOT NULL UNIQUE,
    call_number TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('available', 'on_loan', 'reference_only', 'lost', 'withdrawn'))
);
CREATE INDEX copy_by_record ON copy(record_id);

-- One row per stored file (content-addressed by SHA-256).
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime_type TEXT NOT NULL DEFAULT ''
);

CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES attachment_blob(sha256) ON DELETE RESTRICT,
    file_name TEXT NOT NULL,
    original_path TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL
);
CREATE INDEX attachment_by_record ON attachment(record_id);
CREATE INDEX attachment_by_sha ON attachment(sha256);
