-- Plan tracking (issue 5): workspace, SWOT, prioritisation, baselines, KPIs, progress,
-- milestones, executed spend, meetings and benchmark factor links. Generated with drizzle-kit
-- from src/db/schema/plan-tracking.ts, reviewed by hand.
CREATE TABLE "plan_ahp_matrices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"expert" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"matrix" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_ahp_matrices_plan_expert" UNIQUE("plan_id","expert")
);
--> statement-breakpoint
CREATE TABLE "plan_baselines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"created_by" text,
	"snapshot" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"spent_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"source" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_costs_amount" CHECK ("plan_costs"."amount" >= 0),
	CONSTRAINT "plan_costs_source" CHECK ("plan_costs"."source" in ('national', 'municipal', 'private', 'other'))
);
--> statement-breakpoint
CREATE TABLE "plan_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"weight" double precision NOT NULL,
	"weight_source" text DEFAULT 'entered' NOT NULL,
	"direction" text NOT NULL,
	"scale_min" double precision NOT NULL,
	"scale_max" double precision NOT NULL,
	"position" integer NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "plan_criteria_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "plan_criteria_direction" CHECK ("plan_criteria"."direction" in ('benefit', 'cost')),
	CONSTRAINT "plan_criteria_weight_source" CHECK ("plan_criteria"."weight_source" in ('entered', 'ahp')),
	CONSTRAINT "plan_criteria_weight" CHECK ("plan_criteria"."weight" >= 0),
	CONSTRAINT "plan_criteria_scale" CHECK ("plan_criteria"."scale_max" > "plan_criteria"."scale_min")
);
--> statement-breakpoint
CREATE TABLE "plan_item_factors" (
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"factor_code" text NOT NULL,
	"kind" text NOT NULL,
	"amount" double precision NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "plan_item_factors_item_id_factor_code_pk" PRIMARY KEY("item_id","factor_code"),
	CONSTRAINT "plan_item_factors_kind" CHECK ("plan_item_factors"."kind" in ('delta', 'percent'))
);
--> statement-breakpoint
CREATE TABLE "plan_kpi_years" (
	"kpi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"target" double precision,
	"actual" double precision,
	CONSTRAINT "plan_kpi_years_kpi_id_year_pk" PRIMARY KEY("kpi_id","year"),
	CONSTRAINT "plan_kpi_years_year" CHECK ("plan_kpi_years"."year" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "plan_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline" double precision NOT NULL,
	"baseline_year" integer,
	"green_at" double precision DEFAULT 1 NOT NULL,
	"amber_at" double precision DEFAULT 0.5 NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_kpis_direction" CHECK ("plan_kpis"."direction" in ('higher-is-better', 'lower-is-better')),
	CONSTRAINT "plan_kpis_thresholds" CHECK ("plan_kpis"."amber_at" <= "plan_kpis"."green_at")
);
--> statement-breakpoint
CREATE TABLE "plan_meeting_agenda" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"minutes" integer NOT NULL,
	"title_en" text NOT NULL,
	"title_ko" text NOT NULL,
	"presenter" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	CONSTRAINT "plan_meeting_agenda_meeting_id_position_pk" PRIMARY KEY("meeting_id","position"),
	CONSTRAINT "plan_meeting_agenda_minutes" CHECK ("plan_meeting_agenda"."minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_meeting_record_items" (
	"record_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "plan_meeting_record_items_record_id_item_id_pk" PRIMARY KEY("record_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_meeting_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text_en" text NOT NULL,
	"text_ko" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_meeting_records_kind" CHECK ("plan_meeting_records"."kind" in ('feedback', 'decision', 'action', 'question'))
);
--> statement-breakpoint
CREATE TABLE "plan_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"source_key" text,
	"kind" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ko" text NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" text,
	"venue_en" text NOT NULL,
	"venue_ko" text NOT NULL,
	"purpose_en" text DEFAULT '' NOT NULL,
	"purpose_ko" text DEFAULT '' NOT NULL,
	"participants" jsonb NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_meetings_plan_source_key" UNIQUE("plan_id","source_key"),
	CONSTRAINT "plan_meetings_kind" CHECK ("plan_meetings"."kind" in ('briefing', 'kickoff', 'meeting', 'workshop', 'review')),
	CONSTRAINT "plan_meetings_starts_at" CHECK ("plan_meetings"."starts_at" is null or "plan_meetings"."starts_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
CREATE TABLE "plan_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ko" text NOT NULL,
	"body_en" text NOT NULL,
	"body_ko" text NOT NULL,
	"position" integer NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_notes_kind" CHECK ("plan_notes"."kind" in ('environment', 'as-is', 'vision', 'proposal'))
);
--> statement-breakpoint
CREATE TABLE "plan_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"reported_on" date NOT NULL,
	"percent_complete" smallint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"author" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_progress_percent" CHECK ("plan_progress"."percent_complete" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "plan_scores" (
	"criterion_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	CONSTRAINT "plan_scores_criterion_id_item_id_pk" PRIMARY KEY("criterion_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_swot_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"quadrant" text NOT NULL,
	"text_en" text NOT NULL,
	"text_ko" text NOT NULL,
	"position" integer NOT NULL,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_swot_items_quadrant" CHECK ("plan_swot_items"."quadrant" in ('strength', 'weakness', 'opportunity', 'threat'))
);
--> statement-breakpoint
CREATE TABLE "plan_swot_links" (
	"swot_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "plan_swot_links_swot_id_item_id_pk" PRIMARY KEY("swot_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "plan_ahp_matrices" ADD CONSTRAINT "plan_ahp_matrices_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_baselines" ADD CONSTRAINT "plan_baselines_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_costs" ADD CONSTRAINT "plan_costs_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_costs" ADD CONSTRAINT "plan_costs_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_criteria" ADD CONSTRAINT "plan_criteria_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_item_factors" ADD CONSTRAINT "plan_item_factors_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_item_factors" ADD CONSTRAINT "plan_item_factors_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_kpi_years" ADD CONSTRAINT "plan_kpi_years_kpi_id_plan_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."plan_kpis"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_meeting_agenda" ADD CONSTRAINT "plan_meeting_agenda_meeting_id_plan_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."plan_meetings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_meeting_record_items" ADD CONSTRAINT "plan_meeting_record_items_record_id_plan_meeting_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."plan_meeting_records"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_meeting_record_items" ADD CONSTRAINT "plan_meeting_record_items_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_meeting_records" ADD CONSTRAINT "plan_meeting_records_meeting_id_plan_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."plan_meetings"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_meetings" ADD CONSTRAINT "plan_meetings_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_milestones" ADD CONSTRAINT "plan_milestones_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_notes" ADD CONSTRAINT "plan_notes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_progress" ADD CONSTRAINT "plan_progress_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_progress" ADD CONSTRAINT "plan_progress_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_scores" ADD CONSTRAINT "plan_scores_criterion_id_plan_criteria_id_fk" FOREIGN KEY ("criterion_id") REFERENCES "public"."plan_criteria"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_scores" ADD CONSTRAINT "plan_scores_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_swot_items" ADD CONSTRAINT "plan_swot_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_swot_links" ADD CONSTRAINT "plan_swot_links_swot_id_plan_swot_items_id_fk" FOREIGN KEY ("swot_id") REFERENCES "public"."plan_swot_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "plan_swot_links" ADD CONSTRAINT "plan_swot_links_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "plan_baselines_plan_idx" ON "plan_baselines" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_costs_plan_idx" ON "plan_costs" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_costs_item_idx" ON "plan_costs" USING btree ("item_id");
--> statement-breakpoint
CREATE INDEX "plan_item_factors_plan_idx" ON "plan_item_factors" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_kpis_plan_idx" ON "plan_kpis" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_kpis_item_idx" ON "plan_kpis" USING btree ("item_id");
--> statement-breakpoint
CREATE INDEX "plan_meeting_record_items_item_idx" ON "plan_meeting_record_items" USING btree ("item_id");
--> statement-breakpoint
CREATE INDEX "plan_meeting_records_meeting_idx" ON "plan_meeting_records" USING btree ("meeting_id");
--> statement-breakpoint
CREATE INDEX "plan_meetings_plan_idx" ON "plan_meetings" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_milestones_plan_idx" ON "plan_milestones" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_milestones_item_idx" ON "plan_milestones" USING btree ("item_id");
--> statement-breakpoint
CREATE INDEX "plan_notes_plan_idx" ON "plan_notes" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_progress_plan_idx" ON "plan_progress" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_progress_item_idx" ON "plan_progress" USING btree ("item_id","reported_on");
--> statement-breakpoint
CREATE INDEX "plan_scores_item_idx" ON "plan_scores" USING btree ("item_id");
--> statement-breakpoint
CREATE INDEX "plan_swot_items_plan_idx" ON "plan_swot_items" USING btree ("plan_id");
--> statement-breakpoint
CREATE INDEX "plan_swot_links_item_idx" ON "plan_swot_links" USING btree ("item_id");
