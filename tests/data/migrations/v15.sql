-- An Infodoc catalogue at schema version 15, written by make-fixtures.py.
BEGIN TRANSACTION;
CREATE TABLE appointment (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    start_min INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),
    length_min INTEGER NOT NULL CHECK (length_min BETWEEN 5 AND 600),
    visitor_kind TEXT NOT NULL CHECK (visitor_kind IN ('borrower', 'named', 'anonymous')),
    borrower_id INTEGER REFERENCES borrower(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    structure TEXT NOT NULL DEFAULT '',
    structure_type TEXT NOT NULL DEFAULT 'other',
    function TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL
        CHECK (purpose IN ('information', 'consultation', 'research_help', 'loan_pickup', 'group_visit')),
    topic TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('requested', 'confirmed', 'done', 'cancelled', 'no_show')),
    notes TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE appointment_item (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    chosen_by TEXT NOT NULL CHECK (chosen_by IN ('documentalist', 'visitor')),
    consulted INTEGER NOT NULL DEFAULT 0 CHECK (consulted IN (0, 1)),
    position INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, record_id)
);
CREATE TABLE appointment_loan (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, loan_id)
);
CREATE TABLE appointment_set_aside (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    set_aside_id INTEGER NOT NULL REFERENCES set_aside(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, set_aside_id)
);
CREATE TABLE appointment_subject (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, subject_id)
);
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
CREATE TABLE attachment_page (
    sha256 TEXT NOT NULL REFERENCES attachment_text(sha256) ON DELETE CASCADE,
    page INTEGER NOT NULL CHECK (page >= 1),
    text TEXT NOT NULL,
    PRIMARY KEY (sha256, page)
);
CREATE TABLE attachment_text (
    sha256 TEXT PRIMARY KEY REFERENCES attachment_blob(sha256) ON DELETE CASCADE,
    state TEXT NOT NULL CHECK (state IN ('done', 'no_text', 'encrypted', 'damaged', 'timed_out', 'unsupported', 'failed')),
    pages INTEGER NOT NULL DEFAULT 0,
    extractor TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    -- Pages separated by form feeds (U+000C).
    text TEXT NOT NULL DEFAULT '',
    extracted TEXT NOT NULL
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
CREATE TABLE basket (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE basket_item (
    basket_id INTEGER NOT NULL REFERENCES basket(id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (basket_id, record_id)
);
CREATE TABLE borrower (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    card TEXT NOT NULL UNIQUE,
    category_id INTEGER NOT NULL REFERENCES borrower_category(id) ON DELETE RESTRICT,
    structure TEXT NOT NULL DEFAULT '',
    structure_key TEXT NOT NULL DEFAULT '',
    structure_authority_id INTEGER REFERENCES authority(id) ON DELETE SET NULL,
    structure_type TEXT NOT NULL DEFAULT 'other'
        CHECK (structure_type IN ('commune', 'intercommunality', 'state_service', 'association',
                                  'social_landlord', 'school', 'other')),
    function TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    email_key TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    last_activity TEXT NOT NULL
, active_year INTEGER NOT NULL DEFAULT 0);
INSERT INTO "borrower" VALUES(1,'Benali, Nadia','benali nadia','C-1',1,'Mairie de Sarcelles','mairie de sarcelles',NULL,'commune','','Sarcelles','n.benali@example.org','n.benali@example.org','','','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z',0);
CREATE TABLE borrower_category (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);
INSERT INTO "borrower_category" VALUES(1,'professionnel','Professionnel');
INSERT INTO "borrower_category" VALUES(2,'elu','Élu');
INSERT INTO "borrower_category" VALUES(3,'etudiant','Étudiant');
INSERT INTO "borrower_category" VALUES(4,'equipe','Équipe du centre');
CREATE TABLE borrower_function (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
);
INSERT INTO "borrower_function" VALUES(1,'Chef de projet politique de la ville','chef de projet politique de la ville',1);
INSERT INTO "borrower_function" VALUES(2,'Coordinateur de réussite éducative','coordinateur de reussite educative',2);
INSERT INTO "borrower_function" VALUES(3,'Agent de développement','agent de developpement',3);
INSERT INTO "borrower_function" VALUES(4,'Élu','elu',4);
INSERT INTO "borrower_function" VALUES(5,'Travailleur social','travailleur social',5);
INSERT INTO "borrower_function" VALUES(6,'Étudiant','etudiant',6);
INSERT INTO "borrower_function" VALUES(7,'Autre','autre',7);
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
CREATE TABLE circulation_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);
CREATE TABLE closure (
    id INTEGER PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
);
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
INSERT INTO "copy" VALUES(3,2,'B0003','','','on_loan');
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
, context TEXT NOT NULL DEFAULT '');
CREATE TABLE hold (
    id INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    copy_id INTEGER REFERENCES copy(id) ON DELETE SET NULL,
    on_copy INTEGER NOT NULL DEFAULT 0 CHECK (on_copy IN (0, 1)),
    borrower_id INTEGER NOT NULL REFERENCES borrower(id) ON DELETE CASCADE,
    placed TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'ready', 'collected', 'cancelled', 'expired')),
    ready_on TEXT,
    pickup_by TEXT,
    closed_on TEXT
);
CREATE TABLE info_request (
    id INTEGER PRIMARY KEY,
    requester_kind TEXT NOT NULL CHECK (requester_kind IN ('borrower', 'named', 'anonymous')),
    -- The kind of requester who asked, for the statistics: kept when the
    -- retention makes the request anonymous.
    asked_as TEXT NOT NULL CHECK (asked_as IN ('borrower', 'named', 'anonymous')),
    borrower_id INTEGER REFERENCES borrower(id) ON DELETE SET NULL,
    name TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    structure TEXT NOT NULL DEFAULT '',
    structure_type TEXT NOT NULL DEFAULT 'other',
    function TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'visit', 'letter', 'appointment')),
    received TEXT NOT NULL,
    wanted TEXT,
    question TEXT NOT NULL,
    -- The question and the answer's words folded (case and accents away), for the words filter.
    text_key TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'waiting', 'answered', 'closed')),
    staff TEXT NOT NULL DEFAULT '',
    answer TEXT NOT NULL DEFAULT '',
    answered TEXT,
    appointment_id INTEGER REFERENCES appointment(id) ON DELETE SET NULL,
    answer_record_id INTEGER REFERENCES record(id) ON DELETE SET NULL,
    -- What the request added to request_month, as a JSON array of
    -- [month, event, dimension, value, amount]: an edit takes back exactly
    -- that, whatever became of the thesaurus since.
    counted TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE info_request_document (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'file' CHECK (kind IN ('file', 'bibliography', 'sheets')),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    content BLOB NOT NULL,
    added TEXT NOT NULL
);
CREATE TABLE info_request_record (
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (request_id, record_id)
);
CREATE TABLE info_request_subject (
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, subject_id)
);
CREATE TABLE info_request_time (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    staff TEXT NOT NULL,
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    created TEXT NOT NULL
);
CREATE TABLE loan (
    id INTEGER PRIMARY KEY,
    copy_id INTEGER NOT NULL REFERENCES copy(id) ON DELETE CASCADE,
    borrower_id INTEGER REFERENCES borrower(id) ON DELETE RESTRICT,
    out_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    returned_on TEXT,
    renewals INTEGER NOT NULL DEFAULT 0,
    reminder_level INTEGER NOT NULL DEFAULT 0,
    reminded_on TEXT,
    late_counted INTEGER NOT NULL DEFAULT 0,
    lost INTEGER NOT NULL DEFAULT 0,
    category_code TEXT NOT NULL DEFAULT '',
    structure_type TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT ''
, first_of_year INTEGER NOT NULL DEFAULT 0 CHECK (first_of_year IN (0, 1)));
INSERT INTO "loan" VALUES(1,3,1,'2026-01-05','2026-01-26',NULL,0,0,NULL,0,0,'professionnel','commune','Sarcelles',0);
INSERT INTO "loan" VALUES(2,1,1,'2025-11-03','2025-11-24','2025-11-20',0,0,NULL,0,0,'professionnel','commune','Sarcelles',0);
CREATE TABLE loan_rule (
    category_id INTEGER NOT NULL REFERENCES borrower_category(id) ON DELETE CASCADE,
    document_type TEXT NOT NULL DEFAULT '',
    lendable INTEGER NOT NULL DEFAULT 1 CHECK (lendable IN (0, 1)),
    loan_days INTEGER NOT NULL CHECK (loan_days BETWEEN 1 AND 365),
    max_items INTEGER NOT NULL CHECK (max_items BETWEEN 1 AND 100),
    max_renewals INTEGER NOT NULL CHECK (max_renewals BETWEEN 0 AND 20),
    holds_allowed INTEGER NOT NULL DEFAULT 1 CHECK (holds_allowed IN (0, 1)),
    PRIMARY KEY (category_id, document_type)
);
INSERT INTO "loan_rule" VALUES(1,'',1,21,5,1,1);
INSERT INTO "loan_rule" VALUES(2,'',1,28,5,2,1);
INSERT INTO "loan_rule" VALUES(3,'',1,14,3,1,1);
INSERT INTO "loan_rule" VALUES(4,'',1,30,10,3,1);
INSERT INTO "loan_rule" VALUES(2,'dossier',0,1,1,0,0);
INSERT INTO "loan_rule" VALUES(3,'dossier',0,1,1,0,0);
INSERT INTO "loan_rule" VALUES(1,'dossier',0,1,1,0,0);
INSERT INTO "loan_rule" VALUES(2,'periodical_issue',1,7,2,0,1);
INSERT INTO "loan_rule" VALUES(3,'periodical_issue',1,7,2,0,1);
INSERT INTO "loan_rule" VALUES(1,'periodical_issue',1,7,2,0,1);
CREATE TABLE output_month (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, kind)
);
CREATE TABLE periodical (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    issn TEXT NOT NULL DEFAULT '',
    publisher TEXT NOT NULL DEFAULT '',
    publisher_address TEXT NOT NULL DEFAULT '',
    publisher_email TEXT NOT NULL DEFAULT '',
    frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'fortnightly', 'monthly', 'bimonthly', 'quarterly',
                                                 'half_yearly', 'yearly', 'irregular')),
    own INTEGER NOT NULL DEFAULT 0 CHECK (own IN (0, 1)),
    first_number INTEGER NOT NULL DEFAULT 1 CHECK (first_number >= 0),
    first_expected TEXT NOT NULL DEFAULT '',
    grace_days INTEGER NOT NULL DEFAULT 15 CHECK (grace_days BETWEEN 0 AND 365),
    call_number TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE periodical_issue (
    id INTEGER PRIMARY KEY,
    periodical_id INTEGER NOT NULL REFERENCES periodical(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    expected TEXT NOT NULL,
    received TEXT,
    record_id INTEGER REFERENCES record(id) ON DELETE SET NULL,
    claimed TEXT,
    claims INTEGER NOT NULL DEFAULT 0,
    -- The centre's own newsletter: copies printed and sent.
    print_run INTEGER CHECK (print_run IS NULL OR print_run >= 0),
    mailed INTEGER CHECK (mailed IS NULL OR mailed >= 0),
    UNIQUE (periodical_id, number)
);
CREATE TABLE quick_tally (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'visit', 'letter', 'appointment')),
    subject TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
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
, container_title TEXT NOT NULL DEFAULT '', volume TEXT NOT NULL DEFAULT '', issue TEXT NOT NULL DEFAULT '', pages TEXT NOT NULL DEFAULT '', genre TEXT NOT NULL DEFAULT '', accessed TEXT NOT NULL DEFAULT '', revision INTEGER NOT NULL DEFAULT 1);
INSERT INTO "record" VALUES(1,'book','Le logement social en Val-d''Oise','','','','2012',2012,'','','','','','','fre','Cinquante ans de bailleurs','','','','LOG 1','Dupont, Marie','le logement social en val-d''oise','dupont, marie','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z','','','','','','',1);
INSERT INTO "record" VALUES(2,'study','Jardins partagés & vivre-ensemble','','','','2019',2019,'','','','','','','fre','Retour d''expérience « Dame Blanche »','','','','LOG 2','','jardins partagés & vivre-ensemble','','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z','','','','','','',1);
INSERT INTO "record" VALUES(3,'dossier','Éducation prioritaire ; réussite éducative','','','','2015',2015,'','','','','','','fre','','','','','LOG 3','Centre social','éducation prioritaire ; réussite éducative','centre social','2026-01-05T09:00:00Z','2026-01-05T09:00:00Z','','','','','','',1);
CREATE TABLE record_keyword (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    keyword TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, keyword)
);
INSERT INTO "record_keyword" VALUES(1,'bailleurs',0);
INSERT INTO "record_keyword" VALUES(3,'REP+',0);
CREATE TABLE record_provenance (
    record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
    centre TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    remote_modified TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    UNIQUE (centre, remote_id)
);
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
CREATE TABLE request_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);
CREATE TABLE responsibility (
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    authority_id INTEGER NOT NULL REFERENCES authority(id) ON DELETE RESTRICT,
    role TEXT NOT NULL,
    PRIMARY KEY (record_id, position)
);
INSERT INTO "responsibility" VALUES(1,0,1,'author');
INSERT INTO "responsibility" VALUES(2,0,2,'lead_organisation');
CREATE TABLE retention_run (
    id INTEGER PRIMARY KEY,
    run_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    loans_anonymised INTEGER NOT NULL,
    borrowers_deleted INTEGER NOT NULL,
    borrowers_erased INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE saved_search (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    query TEXT NOT NULL DEFAULT '',
    filters TEXT NOT NULL DEFAULT '{}',
    sort TEXT NOT NULL DEFAULT 'relevance',
    exact INTEGER NOT NULL DEFAULT 0,
    narrower INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL);
INSERT INTO "schema_version" VALUES(1,'catalogue','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(2,'extraction','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(3,'references','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(4,'sheet_context','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(5,'saved_search','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(6,'circulation','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(7,'appointments','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(8,'visit_preparation','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(9,'provenance','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(10,'requests','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(11,'periodicals','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(12,'active_borrowers','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(13,'output_totals','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(14,'record_revision','2026-01-05T09:00:00Z');
INSERT INTO "schema_version" VALUES(15,'attachment_pages','2026-01-05T09:00:00Z');
CREATE TABLE set_aside (
    id INTEGER PRIMARY KEY,
    copy_id INTEGER NOT NULL REFERENCES copy(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    released_on TEXT
);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
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
CREATE TABLE visit_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);
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
CREATE INDEX basket_item_by_record ON basket_item(record_id);
CREATE INDEX borrower_by_name ON borrower(name_key, id);
CREATE INDEX borrower_by_email ON borrower(email_key) WHERE email_key <> '';
CREATE INDEX borrower_by_activity ON borrower(last_activity);
CREATE UNIQUE INDEX loan_open_by_copy ON loan(copy_id) WHERE returned_on IS NULL;
CREATE INDEX loan_by_borrower ON loan(borrower_id, returned_on);
CREATE INDEX loan_open_by_due ON loan(due_on) WHERE returned_on IS NULL;
CREATE INDEX loan_by_returned ON loan(returned_on) WHERE returned_on IS NOT NULL;
CREATE INDEX loan_by_copy ON loan(copy_id, out_on);
CREATE INDEX hold_active_by_record ON hold(record_id, id) WHERE status IN ('waiting', 'ready');
CREATE INDEX hold_active_by_copy ON hold(copy_id) WHERE status IN ('waiting', 'ready');
CREATE INDEX hold_by_borrower ON hold(borrower_id, status);
CREATE VIEW copy_state AS
SELECT c.id AS id, c.record_id AS record_id, c.barcode AS barcode, c.call_number AS call_number,
       c.location AS location,
       CASE WHEN l.id IS NOT NULL THEN 'on_loan' ELSE c.status END AS status,
       c.status AS shelf_status, l.due_on AS due_on
FROM copy c LEFT JOIN loan l ON l.copy_id = c.id AND l.returned_on IS NULL;
CREATE INDEX appointment_by_day ON appointment(day, start_min);
CREATE INDEX appointment_by_borrower ON appointment(borrower_id) WHERE borrower_id IS NOT NULL;
CREATE INDEX appointment_named_by_day ON appointment(day) WHERE visitor_kind = 'named';
CREATE INDEX appointment_subject_by_subject ON appointment_subject(subject_id);
CREATE INDEX appointment_item_by_record ON appointment_item(record_id);
CREATE INDEX set_aside_active ON set_aside(copy_id, day) WHERE released_on IS NULL;
CREATE INDEX appointment_set_aside_by_set_aside ON appointment_set_aside(set_aside_id);
CREATE INDEX info_request_by_received ON info_request(received);
CREATE INDEX info_request_open ON info_request(status, wanted) WHERE status NOT IN ('answered', 'closed');
CREATE INDEX info_request_by_borrower ON info_request(borrower_id) WHERE borrower_id IS NOT NULL;
CREATE INDEX info_request_named ON info_request(name_key) WHERE requester_kind = 'named';
CREATE INDEX info_request_by_appointment ON info_request(appointment_id) WHERE appointment_id IS NOT NULL;
CREATE INDEX info_request_subject_by_subject ON info_request_subject(subject_id);
CREATE INDEX info_request_record_by_record ON info_request_record(record_id);
CREATE INDEX info_request_time_by_request ON info_request_time(request_id);
CREATE INDEX info_request_document_by_request ON info_request_document(request_id);
CREATE INDEX quick_tally_by_day ON quick_tally(day);
CREATE INDEX periodical_by_issn ON periodical(issn) WHERE issn <> '';
CREATE INDEX periodical_issue_by_received ON periodical_issue(received) WHERE received IS NOT NULL;
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('change_journal',3);
COMMIT;
