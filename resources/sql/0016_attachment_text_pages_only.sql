-- The whole text of a file is now its pages (attachment_page).
ALTER TABLE attachment_text DROP COLUMN text;
