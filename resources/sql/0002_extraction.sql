-- Text extracted from attached files, kept so that an index rebuild does not
-- extract again; a failed file is retried only when the extractor changes
-- (a changed file is a new blob: the store is content-addressed).
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
