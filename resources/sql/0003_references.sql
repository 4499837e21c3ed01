-- Fields that bibliographic references need for parts of a larger whole
-- (articles, chapters, issues of a periodical), theses and web resources;
-- named selections of records (baskets); and the centre's settings.
ALTER TABLE record ADD COLUMN container_title TEXT NOT NULL DEFAULT '';
ALTER TABLE record ADD COLUMN volume TEXT NOT NULL DEFAULT '';
ALTER TABLE record ADD COLUMN issue TEXT NOT NULL DEFAULT '';
ALTER TABLE record ADD COLUMN pages TEXT NOT NULL DEFAULT '';
ALTER TABLE record ADD COLUMN genre TEXT NOT NULL DEFAULT '';
ALTER TABLE record ADD COLUMN accessed TEXT NOT NULL DEFAULT '';

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
CREATE INDEX basket_item_by_record ON basket_item(record_id);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
