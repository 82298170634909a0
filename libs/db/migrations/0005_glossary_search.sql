-- Typo-tolerant search ("oficier" finds "officier") and Dutch full text for the glossary.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "glossary_terms_search_labels_trgm_idx" ON "glossary_terms" USING gin ("search_labels" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "glossary_terms_search_document_fts_idx" ON "glossary_terms" USING gin (to_tsvector('dutch', "search_document"));
