-- Search needs accent folding (unaccent) and trigram matching (pg_trgm) before any table uses them.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change), so generated columns and indexes cannot call it.
-- Pinning the dictionary makes an IMMUTABLE wrapper that is safe for them. It folds Vietnamese too: đ -> d.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
