CREATE TABLE "category_brand_counts" (
	"category_id" integer NOT NULL,
	"brand_id" integer NOT NULL,
	"product_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "category_brand_counts_category_id_brand_id_pk" PRIMARY KEY("category_id","brand_id")
);
--> statement-breakpoint
CREATE TABLE "category_spec_counts" (
	"category_id" integer NOT NULL,
	"key" text NOT NULL,
	"value" text NOT NULL,
	"product_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "category_spec_counts_category_id_key_value_pk" PRIMARY KEY("category_id","key","value")
);
--> statement-breakpoint
DROP INDEX "products_category_created_idx";--> statement-breakpoint
DROP INDEX "products_category_price_idx";--> statement-breakpoint
DROP INDEX "products_category_sold_idx";--> statement-breakpoint
DROP INDEX "products_brand_created_idx";--> statement-breakpoint
DROP INDEX "products_created_idx";--> statement-breakpoint
DROP INDEX "products_price_idx";--> statement-breakpoint
DROP INDEX "products_sold_idx";--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "product_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "product_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "category_brand_counts" ADD CONSTRAINT "category_brand_counts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_brand_counts" ADD CONSTRAINT "category_brand_counts_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_spec_counts" ADD CONSTRAINT "category_spec_counts_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "products_brand_price_idx" ON "products" USING btree ("brand_id","price_min","id");--> statement-breakpoint
CREATE INDEX "products_brand_sold_idx" ON "products" USING btree ("brand_id","sold_count" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_category_created_idx" ON "products" USING btree ("category_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_category_price_idx" ON "products" USING btree ("category_id","price_min","id");--> statement-breakpoint
CREATE INDEX "products_category_sold_idx" ON "products" USING btree ("category_id","sold_count" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_brand_created_idx" ON "products" USING btree ("brand_id","created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_created_idx" ON "products" USING btree ("created_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "products_price_idx" ON "products" USING btree ("price_min","id");--> statement-breakpoint
CREATE INDEX "products_sold_idx" ON "products" USING btree ("sold_count" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
-- hand-written:
-- Counters of published, not deleted products: per category and per brand (listing totals, the category
-- menu), per (category, brand) and per (category, spec key, value) (listing filters). Kept by
-- statement-level triggers on products, in the transaction of the write: one pass per statement, so a
-- batch insert of 500 products updates each counter once. An order's sold_count update changes no counter.
CREATE FUNCTION catalog_counts_apply(deltas jsonb) RETURNS void LANGUAGE sql AS $$
  UPDATE categories c SET product_count = c.product_count + x.n
    FROM (SELECT d.c, sum(d.n)::int AS n FROM jsonb_to_recordset(deltas) AS d(c int, b int, s jsonb, n int) GROUP BY d.c) x
    WHERE c.id = x.c AND x.n <> 0;
  UPDATE brands b SET product_count = b.product_count + x.n
    FROM (SELECT d.b, sum(d.n)::int AS n FROM jsonb_to_recordset(deltas) AS d(c int, b int, s jsonb, n int) GROUP BY d.b) x
    WHERE b.id = x.b AND x.n <> 0;
  INSERT INTO category_brand_counts AS t (category_id, brand_id, product_count)
    SELECT d.c, d.b, sum(d.n)::int FROM jsonb_to_recordset(deltas) AS d(c int, b int, s jsonb, n int)
    GROUP BY d.c, d.b HAVING sum(d.n) <> 0
    ON CONFLICT (category_id, brand_id) DO UPDATE SET product_count = t.product_count + excluded.product_count;
  INSERT INTO category_spec_counts AS t (category_id, key, value, product_count)
    SELECT d.c, e.key, e.value, sum(d.n)::int
    FROM jsonb_to_recordset(deltas) AS d(c int, b int, s jsonb, n int), jsonb_each_text(d.s) e
    GROUP BY d.c, e.key, e.value HAVING sum(d.n) <> 0
    ON CONFLICT (category_id, key, value) DO UPDATE SET product_count = t.product_count + excluded.product_count;
$$;--> statement-breakpoint
CREATE FUNCTION catalog_counts_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  deltas jsonb;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_agg(jsonb_build_object('c', category_id, 'b', brand_id, 's', specs, 'n', 1))
      INTO deltas FROM new_rows WHERE published AND deleted_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT jsonb_agg(jsonb_build_object('c', category_id, 'b', brand_id, 's', specs, 'n', -1))
      INTO deltas FROM old_rows WHERE published AND deleted_at IS NULL;
  ELSE
    -- Only rows whose visibility, category, brand or specs changed count: out with the old, in with the new.
    SELECT jsonb_agg(x) INTO deltas FROM (
      SELECT jsonb_build_object('c', o.category_id, 'b', o.brand_id, 's', o.specs, 'n', -1) AS x
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.published AND o.deleted_at IS NULL
          AND (NOT (n.published AND n.deleted_at IS NULL) OR n.category_id <> o.category_id
               OR n.brand_id <> o.brand_id OR n.specs <> o.specs)
      UNION ALL
      SELECT jsonb_build_object('c', n.category_id, 'b', n.brand_id, 's', n.specs, 'n', 1)
        FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE n.published AND n.deleted_at IS NULL
          AND (NOT (o.published AND o.deleted_at IS NULL) OR n.category_id <> o.category_id
               OR n.brand_id <> o.brand_id OR n.specs <> o.specs)
    ) changed;
  END IF;
  IF deltas IS NOT NULL THEN
    PERFORM catalog_counts_apply(deltas);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER products_counts_insert AFTER INSERT ON products REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_trigger();--> statement-breakpoint
CREATE TRIGGER products_counts_delete AFTER DELETE ON products REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_trigger();--> statement-breakpoint
CREATE TRIGGER products_counts_update AFTER UPDATE ON products REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION catalog_counts_trigger();--> statement-breakpoint
-- The catalog already in the database.
SELECT catalog_counts_apply(coalesce(
  (SELECT jsonb_agg(jsonb_build_object('c', category_id, 'b', brand_id, 's', specs, 'n', 1))
     FROM products WHERE published AND deleted_at IS NULL),
  '[]'::jsonb));--> statement-breakpoint
-- Brand and category go together (a microphone brand makes no speakers): without these statistics the
-- planner multiplies their selectivities and misjudges a brand filter inside a category.
CREATE STATISTICS products_brand_category_stats (dependencies, mcv) ON brand_id, category_id FROM products;
