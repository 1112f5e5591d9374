CREATE TABLE "consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer,
	"order_id" integer,
	"subject" text NOT NULL,
	"kind" text NOT NULL,
	"policy_version" integer,
	"granted" boolean NOT NULL,
	"source" text NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_kind_valid" CHECK ("consents"."kind" in ('terms', 'privacy', 'marketing_email', 'marketing_zalo')),
	CONSTRAINT "consents_source_valid" CHECK ("consents"."source" in ('checkout', 'signup', 'account', 'unsubscribe')),
	CONSTRAINT "consents_policy_version" CHECK (("consents"."kind" in ('terms', 'privacy')) = ("consents"."policy_version" is not null))
);
--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"user_id" integer,
	"order_id" integer,
	"email" text NOT NULL,
	"token_hash" text,
	"ip" text,
	"confirmed_at" timestamp with time zone,
	"scheduled_for" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "data_requests_kind_valid" CHECK ("data_requests"."kind" in ('export', 'erasure')),
	CONSTRAINT "data_requests_status_valid" CHECK ("data_requests"."status" in ('awaiting_confirmation', 'scheduled', 'completed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "marketing_subscriptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"user_id" integer,
	"subscribed" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "marketing_subscriptions_channel_valid" CHECK ("marketing_subscriptions"."channel" in ('email', 'zalo'))
);
--> statement-breakpoint
CREATE TABLE "policy_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body_html" text NOT NULL,
	"is_template" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "policy_versions_slug_valid" CHECK ("policy_versions"."slug" in ('dieu-khoan-su-dung', 'mua-hang-thanh-toan', 'van-chuyen-giao-hang', 'doi-tra-hoan-tien', 'bao-hanh', 'bao-mat-thong-tin', 'giai-quyet-khieu-nai')),
	CONSTRAINT "policy_versions_version_positive" CHECK ("policy_versions"."version" > 0)
);
--> statement-breakpoint
CREATE TABLE "site_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marketing_subscriptions" ADD CONSTRAINT "marketing_subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_user_idx" ON "consents" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "consents_order_idx" ON "consents" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "consents_subject_idx" ON "consents" USING btree ("subject","kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "data_requests_token_uq" ON "data_requests" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "data_requests_status_idx" ON "data_requests" USING btree ("status","scheduled_for");--> statement-breakpoint
CREATE INDEX "data_requests_user_idx" ON "data_requests" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "data_requests_order_idx" ON "data_requests" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "marketing_subscriptions_channel_address_uq" ON "marketing_subscriptions" USING btree ("channel","address");--> statement-breakpoint
CREATE UNIQUE INDEX "policy_versions_slug_version_uq" ON "policy_versions" USING btree ("slug","version");