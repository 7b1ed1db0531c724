CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"source_key" text,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text NOT NULL,
	"period_from" integer,
	"period_to" integer,
	"vision_en" text DEFAULT '' NOT NULL,
	"vision_ko" text DEFAULT '' NOT NULL,
	"alignment" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"provenance" text DEFAULT '' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_org_source_key" UNIQUE("org_id","source_key"),
	CONSTRAINT "plans_kind" CHECK ("plans"."kind" in ('growth_strategy', 'informatization_master_plan', 'other')),
	CONSTRAINT "plans_status" CHECK ("plans"."status" in ('draft', 'adopted', 'in_progress', 'completed', 'archived')),
	CONSTRAINT "plans_period" CHECK ("plans"."period_from" is null or "plans"."period_to" is null or "plans"."period_from" <= "plans"."period_to")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"level" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ko" text DEFAULT '' NOT NULL,
	"ko_translated" boolean DEFAULT false NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"description_ko" text DEFAULT '' NOT NULL,
	"project_type" text,
	"alignment" text[] DEFAULT '{}'::text[] NOT NULL,
	"lead_department" text DEFAULT '' NOT NULL,
	"partners" text[] DEFAULT '{}'::text[] NOT NULL,
	"anchor_companies" text[] DEFAULT '{}'::text[] NOT NULL,
	"horizon" text,
	"start_date" date,
	"end_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"envelope" bigint,
	"illustrative" boolean DEFAULT false NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_items_plan_code" UNIQUE("plan_id","code"),
	CONSTRAINT "plan_items_project_type" CHECK ("plan_items"."project_type" is null or "plan_items"."project_type" in ('new', 'upgraded', 'expanded')),
	CONSTRAINT "plan_items_horizon" CHECK ("plan_items"."horizon" is null or "plan_items"."horizon" in ('short', 'mid', 'long')),
	CONSTRAINT "plan_items_status" CHECK ("plan_items"."status" in ('proposed', 'planned', 'in_progress', 'completed', 'on_hold', 'cancelled')),
	CONSTRAINT "plan_items_envelope" CHECK ("plan_items"."envelope" is null or "plan_items"."envelope" >= 0),
	CONSTRAINT "plan_items_dates" CHECK ("plan_items"."start_date" is null or "plan_items"."end_date" is null or "plan_items"."start_date" <= "plan_items"."end_date"),
	CONSTRAINT "plan_items_not_own_parent" CHECK ("plan_items"."parent_id" is null or "plan_items"."parent_id" <> "plan_items"."id")
);
--> statement-breakpoint
CREATE TABLE "plan_budget_lines" (
	"item_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "plan_budget_lines_item_id_year_source_pk" PRIMARY KEY("item_id","year","source"),
	CONSTRAINT "plan_budget_lines_source" CHECK ("plan_budget_lines"."source" in ('national', 'municipal', 'private', 'other')),
	CONSTRAINT "plan_budget_lines_year" CHECK ("plan_budget_lines"."year" between 1900 and 2200),
	CONSTRAINT "plan_budget_lines_amount" CHECK ("plan_budget_lines"."amount" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_parent_id_plan_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_budget_lines" ADD CONSTRAINT "plan_budget_lines_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plans_org_idx" ON "plans" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "plan_items_plan_idx" ON "plan_items" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_items_parent_idx" ON "plan_items" USING btree ("parent_id");
