CREATE TABLE "surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ko" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"template" text,
	"illustrative" boolean DEFAULT false NOT NULL,
	"quota_total" integer,
	"quota_by_group" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "surveys_kind" CHECK ("surveys"."kind" in ('expert_assessment', 'innovation_capacity', 'citizen', 'public_servant', 'other')),
	CONSTRAINT "surveys_status" CHECK ("surveys"."status" in ('draft', 'open', 'closed')),
	CONSTRAINT "surveys_quota_total" CHECK ("surveys"."quota_total" is null or "surveys"."quota_total" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_versions_survey_version" UNIQUE("survey_id","version")
);
--> statement-breakpoint
CREATE TABLE "survey_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"respondent_group" text,
	"locale" text DEFAULT 'ko' NOT NULL,
	"token_hash" text NOT NULL,
	"used_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"reminder_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitations_token_hash" UNIQUE("token_hash"),
	CONSTRAINT "survey_invitations_locale" CHECK ("survey_invitations"."locale" in ('ko', 'en'))
);
--> statement-breakpoint
CREATE TABLE "survey_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"token" text NOT NULL,
	"label" text NOT NULL,
	"respondent_group" text,
	"rate_per_minute" integer DEFAULT 30 NOT NULL,
	"quota" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_links_token" UNIQUE("token"),
	CONSTRAINT "survey_links_rate" CHECK ("survey_links"."rate_per_minute" between 1 and 10000),
	CONSTRAINT "survey_links_quota" CHECK ("survey_links"."quota" is null or "survey_links"."quota" >= 0)
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"invitation_id" uuid,
	"link_id" uuid,
	"respondent_group" text,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"locale" text,
	"resume_token_hash" text,
	"idempotency_key" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	CONSTRAINT "survey_responses_resume_token_hash" UNIQUE("resume_token_hash"),
	CONSTRAINT "survey_responses_status" CHECK ("survey_responses"."status" in ('in_progress', 'submitted')),
	CONSTRAINT "survey_responses_submitted_at" CHECK (("survey_responses"."status" = 'submitted') = ("survey_responses"."submitted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_versions" ADD CONSTRAINT "survey_versions_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_invitations" ADD CONSTRAINT "survey_invitations_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_links" ADD CONSTRAINT "survey_links_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_version_id_survey_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."survey_versions"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_invitation_id_survey_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."survey_invitations"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_link_id_survey_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."survey_links"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "surveys_org_idx" ON "surveys" USING btree ("org_id");
--> statement-breakpoint
CREATE INDEX "survey_invitations_survey_idx" ON "survey_invitations" USING btree ("survey_id");
--> statement-breakpoint
CREATE INDEX "survey_links_survey_idx" ON "survey_links" USING btree ("survey_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_idempotency" ON "survey_responses" USING btree ("survey_id","idempotency_key");
--> statement-breakpoint
CREATE UNIQUE INDEX "survey_responses_invitation" ON "survey_responses" USING btree ("invitation_id");
--> statement-breakpoint
CREATE INDEX "survey_responses_survey_status_idx" ON "survey_responses" USING btree ("survey_id","status");
