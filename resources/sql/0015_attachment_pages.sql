-- The text of each page of a file in a row of its own: a hit's snippet
-- reads the one page it is on, not the whole text of the file (megabytes
-- for a long report or a collection of manuals, read again for every hit).
-- Pages are numbered from 1, as the reader shows them. The text already
-- read is moved here page by page by this migration's step in
-- Migrations.cpp (splitting it in SQL costs the square of its length); the
-- next migration drops the whole-text column.
CREATE TABLE attachment_page (
    sha256 TEXT NOT NULL REFERENCES attachment_text(sha256) ON DELETE CASCADE,
    page INTEGER NOT NULL CHECK (page >= 1),
    text TEXT NOT NULL,
    PRIMARY KEY (sha256, page)
);
