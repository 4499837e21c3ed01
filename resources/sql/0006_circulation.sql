-- Circulation: borrowers (personal data), their categories and loan rules,
-- loans, holds, the centre's closures, monthly totals and the log of
-- retention runs. Dates are 'YYYY-MM-DD' in the centre's time zone,
-- timestamps ISO 8601 in UTC.

CREATE TABLE borrower_category (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- The rules of a category, for one document type or for all ('').
-- lendable = 0: that type is consulted on site only.
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

-- The editable list of functions offered in the borrower form.
CREATE TABLE borrower_function (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    norm_key TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL
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
);
CREATE INDEX borrower_by_name ON borrower(name_key, id);
CREATE INDEX borrower_by_email ON borrower(email_key) WHERE email_key <> '';
CREATE INDEX borrower_by_activity ON borrower(last_activity);

-- A loan. borrower_id is NULL once the loan is anonymised; the columns
-- after it keep what the statistics need, never who borrowed.
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
);
-- At most one open loan per copy: two desks lending the same copy at the
-- same moment cannot both succeed.
CREATE UNIQUE INDEX loan_open_by_copy ON loan(copy_id) WHERE returned_on IS NULL;
CREATE INDEX loan_by_borrower ON loan(borrower_id, returned_on);
CREATE INDEX loan_open_by_due ON loan(due_on) WHERE returned_on IS NULL;
CREATE INDEX loan_by_returned ON loan(returned_on) WHERE returned_on IS NOT NULL;
CREATE INDEX loan_by_copy ON loan(copy_id, out_on);

-- A hold on a record (any copy) or on one copy (copy_id set, on_copy = 1).
-- A ready hold has the copy set aside for it (copy_id) until pickup_by.
-- Saving or deleting a record refuses to remove a copy that is out or held
-- (RecordSession checks before), so the cascades only clear finished holds.
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
CREATE INDEX hold_active_by_record ON hold(record_id, id) WHERE status IN ('waiting', 'ready');
CREATE INDEX hold_active_by_copy ON hold(copy_id) WHERE status IN ('waiting', 'ready');
CREATE INDEX hold_by_borrower ON hold(borrower_id, status);

-- Closures entered by the documentalist, both days included.
CREATE TABLE closure (
    id INTEGER PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
);

-- Monthly totals kept for good (the annual report reads them): one count per
-- month ('YYYY-MM'), event ('loan', 'return', 'renewal', 'late') and value of
-- a dimension ('all', 'category', 'structure_type', 'commune',
-- 'document_type', 'theme'). Never a name.
CREATE TABLE circulation_month (
    month TEXT NOT NULL,
    event TEXT NOT NULL,
    dimension TEXT NOT NULL,
    value TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, event, dimension, value)
);

-- One row per retention run actually applied: counts and dates only.
CREATE TABLE retention_run (
    id INTEGER PRIMARY KEY,
    run_at TEXT NOT NULL,
    as_of TEXT NOT NULL,
    loans_anonymised INTEGER NOT NULL,
    borrowers_deleted INTEGER NOT NULL,
    borrowers_erased INTEGER NOT NULL DEFAULT 0
);

-- Availability has one owner, the open loans: a copy is on loan when it has
-- an open loan, whatever its own status says.
CREATE VIEW copy_state AS
SELECT c.id AS id, c.record_id AS record_id, c.barcode AS barcode, c.call_number AS call_number,
       c.location AS location,
       CASE WHEN l.id IS NOT NULL THEN 'on_loan' ELSE c.status END AS status,
       c.status AS shelf_status, l.due_on AS due_on
FROM copy c LEFT JOIN loan l ON l.copy_id = c.id AND l.returned_on IS NULL;

INSERT INTO borrower_category (id, code, name) VALUES (1, 'professionnel', 'Professionnel');
INSERT INTO borrower_category (id, code, name) VALUES (2, 'elu', 'Élu');
INSERT INTO borrower_category (id, code, name) VALUES (3, 'etudiant', 'Étudiant');
INSERT INTO borrower_category (id, code, name) VALUES (4, 'equipe', 'Équipe du centre');

INSERT INTO loan_rule (category_id, document_type, loan_days, max_items, max_renewals, holds_allowed)
VALUES (1, '', 21, 5, 1, 1);
INSERT INTO loan_rule (category_id, document_type, loan_days, max_items, max_renewals, holds_allowed)
VALUES (2, '', 28, 5, 2, 1);
INSERT INTO loan_rule (category_id, document_type, loan_days, max_items, max_renewals, holds_allowed)
VALUES (3, '', 14, 3, 1, 1);
INSERT INTO loan_rule (category_id, document_type, loan_days, max_items, max_renewals, holds_allowed)
VALUES (4, '', 30, 10, 3, 1);
-- Thematic dossiers are consulted on site; a periodical issue goes out for a week.
INSERT INTO loan_rule (category_id, document_type, lendable, loan_days, max_items, max_renewals, holds_allowed)
SELECT id, 'dossier', 0, 1, 1, 0, 0 FROM borrower_category WHERE code IN ('professionnel', 'elu', 'etudiant');
INSERT INTO loan_rule (category_id, document_type, loan_days, max_items, max_renewals, holds_allowed)
SELECT id, 'periodical_issue', 7, 2, 0, 1 FROM borrower_category WHERE code IN ('professionnel', 'elu', 'etudiant');

INSERT INTO borrower_function (label, norm_key, position) VALUES ('Chef de projet politique de la ville', 'chef de projet politique de la ville', 1);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Coordinateur de réussite éducative', 'coordinateur de reussite educative', 2);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Agent de développement', 'agent de developpement', 3);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Élu', 'elu', 4);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Travailleur social', 'travailleur social', 5);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Étudiant', 'etudiant', 6);
INSERT INTO borrower_function (label, norm_key, position) VALUES ('Autre', 'autre', 7);

-- Copies marked "on loan" by hand before loans existed become open loans of
-- one borrower to identify, due the day of the upgrade: they show in the
-- overdue list, to be returned or lent again to the right person.
INSERT INTO borrower (name, name_key, card, category_id, notes, created, last_activity)
SELECT 'Prêts antérieurs à identifier', 'prets anterieurs a identifier', 'REPRISE-PRETS', 1,
       'Exemplaires marqués « en prêt » avant la gestion des prêts.',
       strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
WHERE EXISTS (SELECT 1 FROM copy WHERE status = 'on_loan');
INSERT INTO loan (copy_id, borrower_id, out_on, due_on, category_code)
SELECT c.id, b.id, date('now'), date('now'), 'professionnel'
FROM copy c JOIN borrower b ON b.card = 'REPRISE-PRETS' WHERE c.status = 'on_loan';
UPDATE copy SET status = 'available' WHERE status = 'on_loan';
