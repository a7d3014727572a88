-- 0004: the countries an event is about, as the user gave them (comma-separated
-- ISO codes, "EU" allowed) for their own events. Curated events leave it empty:
-- the timeline derives theirs from the rows they concern.

ALTER TABLE event ADD COLUMN country TEXT;
