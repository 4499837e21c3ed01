-- Periodicals the centre receives: its own newsletter and its subscriptions.
-- The expected issues follow from the numbering (first_number is expected
-- on first_expected) and the frequency; a row of periodical_issue is kept
-- for an issue received (with its periodical-issue record) or claimed.
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
CREATE INDEX periodical_by_issn ON periodical(issn) WHERE issn <> '';

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
CREATE INDEX periodical_issue_by_received ON periodical_issue(received) WHERE received IS NOT NULL;
