-- Each record counts its saves: a form, a batch change or an undo writes a
-- record only if it is still at the revision it was read at, so that a
-- change made meanwhile elsewhere (another workstation, infodoc-cli, an
-- import) is never overwritten unseen. Every record starts at 1.
ALTER TABLE record ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
