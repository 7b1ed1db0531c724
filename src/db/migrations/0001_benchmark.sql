CREATE TABLE "benchmark_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "benchmark_areas_org_code" UNIQUE("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "benchmark_assessments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"edition_id" uuid NOT NULL,
	"respondent_id" integer NOT NULL,
	"city_id" integer NOT NULL,
	"dimension_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"assessed_on" date NOT NULL,
	CONSTRAINT "benchmark_assessments_one_answer" UNIQUE("edition_id","respondent_id","city_id","dimension_id"),
	CONSTRAINT "benchmark_assessments_rating" CHECK ("benchmark_assessments"."rating" between 1 and 10)
);
--> statement-breakpoint
CREATE TABLE "benchmark_cities" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"country" text NOT NULL,
	"country_ko" text NOT NULL,
	"region" text NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"position" integer NOT NULL,
	CONSTRAINT "benchmark_cities_org_code" UNIQUE("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "benchmark_dimensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "benchmark_dimensions_org_code" UNIQUE("org_id","code")
);
--> statement-breakpoint
CREATE TABLE "benchmark_editions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"published_on" date NOT NULL,
	"framework_version" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"provenance" text NOT NULL,
	"params" jsonb NOT NULL,
	"built_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "benchmark_editions_org_number" UNIQUE("org_id","number"),
	CONSTRAINT "benchmark_editions_status" CHECK ("benchmark_editions"."status" in ('draft', 'published'))
);
--> statement-breakpoint
CREATE TABLE "benchmark_factor_values" (
	"edition_id" uuid NOT NULL,
	"city_id" integer NOT NULL,
	"factor_id" integer NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "benchmark_factor_values_edition_id_city_id_factor_id_pk" PRIMARY KEY("edition_id","city_id","factor_id")
);
--> statement-breakpoint
CREATE TABLE "benchmark_factors" (
	"id" serial PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"area_id" integer NOT NULL,
	"source" text NOT NULL,
	"unit" text NOT NULL,
	"polarity" smallint NOT NULL,
	"data_year" integer,
	"level" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "benchmark_factors_org_code" UNIQUE("org_id","code"),
	CONSTRAINT "benchmark_factors_polarity" CHECK ("benchmark_factors"."polarity" in (-1, 1)),
	CONSTRAINT "benchmark_factors_level" CHECK ("benchmark_factors"."level" in ('city', 'national'))
);
--> statement-breakpoint
CREATE TABLE "benchmark_respondents" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"home_city_id" integer,
	"region" text NOT NULL,
	"sector" text NOT NULL,
	CONSTRAINT "benchmark_respondents_edition_external" UNIQUE("edition_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "benchmark_results" (
	"edition_id" uuid NOT NULL,
	"city_id" integer NOT NULL,
	"score" double precision,
	"rating" double precision,
	"rank" integer,
	"region_rank" integer,
	"associate" boolean NOT NULL,
	"assessments_from_others" integer NOT NULL,
	"rank_p05" double precision,
	"rank_p95" double precision,
	"areas" jsonb NOT NULL,
	"dimensions" jsonb NOT NULL,
	CONSTRAINT "benchmark_results_edition_id_city_id_pk" PRIMARY KEY("edition_id","city_id")
);
--> statement-breakpoint
ALTER TABLE "benchmark_areas" ADD CONSTRAINT "benchmark_areas_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_assessments" ADD CONSTRAINT "benchmark_assessments_edition_id_benchmark_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."benchmark_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_assessments" ADD CONSTRAINT "benchmark_assessments_respondent_id_benchmark_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."benchmark_respondents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_assessments" ADD CONSTRAINT "benchmark_assessments_city_id_benchmark_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."benchmark_cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_assessments" ADD CONSTRAINT "benchmark_assessments_dimension_id_benchmark_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."benchmark_dimensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_cities" ADD CONSTRAINT "benchmark_cities_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_dimensions" ADD CONSTRAINT "benchmark_dimensions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_editions" ADD CONSTRAINT "benchmark_editions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_factor_values" ADD CONSTRAINT "benchmark_factor_values_edition_id_benchmark_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."benchmark_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_factor_values" ADD CONSTRAINT "benchmark_factor_values_city_id_benchmark_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."benchmark_cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_factor_values" ADD CONSTRAINT "benchmark_factor_values_factor_id_benchmark_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."benchmark_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_factors" ADD CONSTRAINT "benchmark_factors_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_factors" ADD CONSTRAINT "benchmark_factors_area_id_benchmark_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."benchmark_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_respondents" ADD CONSTRAINT "benchmark_respondents_edition_id_benchmark_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."benchmark_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_respondents" ADD CONSTRAINT "benchmark_respondents_home_city_id_benchmark_cities_id_fk" FOREIGN KEY ("home_city_id") REFERENCES "public"."benchmark_cities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_edition_id_benchmark_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."benchmark_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benchmark_results" ADD CONSTRAINT "benchmark_results_city_id_benchmark_cities_id_fk" FOREIGN KEY ("city_id") REFERENCES "public"."benchmark_cities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmark_results_rank_idx" ON "benchmark_results" USING btree ("edition_id","rank");