-- 0009: where a document's metadata came from, its authors, and what kind of
-- text each passage is. Contents and reference-list passages stay searchable
-- in the Library but are kept out of answers; captions are marked.

ALTER TABLE document ADD COLUMN authors TEXT;
-- "title: first page (largest type); authors: first page; date: PDF metadata (creation date)"
ALTER TABLE document ADD COLUMN meta_source TEXT;

ALTER TABLE passage ADD COLUMN kind TEXT NOT NULL DEFAULT 'body'
    CHECK (kind IN ('body', 'contents', 'references', 'caption'));
