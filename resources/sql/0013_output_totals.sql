-- Documents the centre produced, counted by month for the annual report:
-- kind 'bibliography' (every bibliography written to a file or printed:
-- from the selection, for a visit, for a request, in the visitor mode).
-- No name, no record: a count.
CREATE TABLE output_month (
    month TEXT NOT NULL,
    kind TEXT NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (month, kind)
);
