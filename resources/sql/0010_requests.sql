-- Info-Doc: the centre's information requests. A requester is a borrower
-- (borrower_id), a named contact without a card (the name and contact
-- columns: personal data, forgotten by the retention run), or anonymous.
-- structure_type and commune are kept for the statistics whoever asked, so
-- that forgetting a person leaves the counts. Days are 'YYYY-MM-DD', the
-- centre's dates.
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
CREATE INDEX info_request_by_received ON info_request(received);
CREATE INDEX info_request_open ON info_request(status, wanted) WHERE status NOT IN ('answered', 'closed');
CREATE INDEX info_request_by_borrower ON info_request(borrower_id) WHERE borrower_id IS NOT NULL;
CREATE INDEX info_request_named ON info_request(name_key) WHERE requester_kind = 'named';
CREATE INDEX info_request_by_appointment ON info_request(appointment_id) WHERE appointment_id IS NOT NULL;

-- The theme as thesaurus descriptors.
CREATE TABLE info_request_subject (
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, subject_id)
);
CREATE INDEX info_request_subject_by_subject ON info_request_subject(subject_id);

-- The records given in answer, in order.
CREATE TABLE info_request_record (
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (request_id, record_id)
);
CREATE INDEX info_request_record_by_record ON info_request_record(record_id);

-- Time spent, in minutes, by a member of staff on a day.
CREATE TABLE info_request_time (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES info_request(id) ON DELETE CASCADE,
    staff TEXT NOT NULL,
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    created TEXT NOT NULL
);
CREATE INDEX info_request_time_by_request ON info_request_time(request_id);

-- The documents produced for a request (a bibliography, sheets), kept with
-- it: the bytes themselves, so that a backup carries them.
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
CREATE INDEX info_request_document_by_request ON info_request_document(request_id);

-- Quick tallies: a short question answered on the spot, counted by channel
-- and theme only (the descriptor and its top term as they were counted). No
-- person.
CREATE TABLE quick_tally (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'visit', 'letter', 'appointment')),
    subject TEXT NOT NULL DEFAULT '',
    theme TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX quick_tally_by_day ON quick_tally(day);

-- Monthly totals of Info-Doc, kept for good (the annual report): one count
-- per month ('YYYY-MM'), event ('received', 'answered', 'minutes', 'tally')
-- and value of a dimension ('all', 'channel', 'requester_kind',
-- 'structure_type', 'commune', 'theme', 'staff'). Never a requester's name.
CREATE TABLE request_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);
