-- Appointments: visits to the documentary space, booked in the centre's
-- opening hours. A visitor is a borrower (borrower_id), a named visitor
-- without a card (the name and contact columns: personal data), or anonymous.
-- structure_type and commune are kept for the statistics whoever came, so
-- that erasing a person leaves the counts. Days are 'YYYY-MM-DD' and
-- start_min the minutes after midnight, in the centre's time zone.

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
CREATE INDEX appointment_by_day ON appointment(day, start_min);
CREATE INDEX appointment_by_borrower ON appointment(borrower_id) WHERE borrower_id IS NOT NULL;
CREATE INDEX appointment_named_by_day ON appointment(day) WHERE visitor_kind = 'named';

-- The topic as thesaurus descriptors.
CREATE TABLE appointment_subject (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    subject_id INTEGER NOT NULL REFERENCES subject(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, subject_id)
);
CREATE INDEX appointment_subject_by_subject ON appointment_subject(subject_id);

-- The selection prepared for the visit (chosen_by 'documentalist') or put in
-- "Ma sélection" by the visitor ('visitor'); consulted is ticked when the
-- visit is closed.
CREATE TABLE appointment_item (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    record_id INTEGER NOT NULL REFERENCES record(id) ON DELETE CASCADE,
    chosen_by TEXT NOT NULL CHECK (chosen_by IN ('documentalist', 'visitor')),
    consulted INTEGER NOT NULL DEFAULT 0 CHECK (consulted IN (0, 1)),
    position INTEGER NOT NULL,
    PRIMARY KEY (appointment_id, record_id)
);
CREATE INDEX appointment_item_by_record ON appointment_item(record_id);

-- Loans made during the visit.
CREATE TABLE appointment_loan (
    appointment_id INTEGER NOT NULL REFERENCES appointment(id) ON DELETE CASCADE,
    loan_id INTEGER NOT NULL REFERENCES loan(id) ON DELETE CASCADE,
    PRIMARY KEY (appointment_id, loan_id)
);

-- Monthly totals of the visits, kept for good (the annual report): one count
-- per month ('YYYY-MM'), event ('booked', 'done', 'no_show', 'cancelled') and
-- value of a dimension ('all', 'purpose', 'structure_type', 'commune',
-- 'topic'). Never a name.
CREATE TABLE visit_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);
