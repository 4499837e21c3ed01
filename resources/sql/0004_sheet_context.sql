-- The context of an experience (the situation it answers), the first part
-- of an experience sheet before its objectives.
ALTER TABLE experience_sheet ADD COLUMN context TEXT NOT NULL DEFAULT '';
