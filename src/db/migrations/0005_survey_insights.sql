CREATE TABLE "survey_peer_pools" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label_en" text NOT NULL,
	"label_ko" text NOT NULL,
	"origin" text NOT NULL,
	"wave_en" text NOT NULL,
	"wave_ko" text NOT NULL,
	"denominator" integer,
	"source" text NOT NULL,
	"note_en" text DEFAULT '' NOT NULL,
	"note_ko" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_peer_pools_org_code" UNIQUE("org_id","code"),
	CONSTRAINT "survey_peer_pools_origin" CHECK ("survey_peer_pools"."origin" in ('published', 'illustrative')),
	CONSTRAINT "survey_peer_pools_denominator" CHECK ("survey_peer_pools"."denominator" is null or "survey_peer_pools"."denominator" > 0)
);
--> statement-breakpoint
CREATE TABLE "survey_peer_figures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"pool_id" integer NOT NULL,
	"question" text NOT NULL,
	"value" text NOT NULL,
	"share" double precision,
	"count" integer,
	"statement_en" text DEFAULT '' NOT NULL,
	"statement_ko" text DEFAULT '' NOT NULL,
	"source_line" text,
	CONSTRAINT "survey_peer_figures_one" UNIQUE("pool_id","question","value"),
	CONSTRAINT "survey_peer_figures_share" CHECK ("survey_peer_figures"."share" is null or ("survey_peer_figures"."share" >= 0 and "survey_peer_figures"."share" <= 1)),
	CONSTRAINT "survey_peer_figures_count" CHECK ("survey_peer_figures"."count" is null or "survey_peer_figures"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "survey_peer_pools" ADD CONSTRAINT "survey_peer_pools_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_peer_figures" ADD CONSTRAINT "survey_peer_figures_pool_id_survey_peer_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."survey_peer_pools"("id") ON DELETE cascade ON UPDATE no action;
