-- Active borrowers for the annual report, without keeping who: the first
-- loan of a borrower in a calendar year adds one to circulation_month
-- (event 'active_borrower', along the loan's category, structure type and
-- commune) and notes the year on the borrower; the loan remembers it was
-- that first one, so that undoing it takes the count back.
ALTER TABLE borrower ADD COLUMN active_year INTEGER NOT NULL DEFAULT 0;
ALTER TABLE loan ADD COLUMN first_of_year INTEGER NOT NULL DEFAULT 0 CHECK (first_of_year IN (0, 1));
