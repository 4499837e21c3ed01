-- Records that came from another centre (an exchange package): which
-- centre, its number there and when it was last changed there, and when it
-- came here. A second package of the same centre finds them by that number;
-- a record changed here since it came is never replaced without being asked.
CREATE TABLE record_provenance (
    record_id INTEGER PRIMARY KEY REFERENCES record(id) ON DELETE CASCADE,
    centre TEXT NOT NULL,
    remote_id TEXT NOT NULL,
    remote_modified TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    UNIQUE (centre, remote_id)
);
