-- Searches kept under a name: the query, the ticked facets (JSON object of
-- arrays), the sort and the matching options.
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
