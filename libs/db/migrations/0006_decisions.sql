CREATE TYPE "public"."decision_level" AS ENUM('operationeel', 'tactisch', 'bestuurlijk', 'politiek');--> statement-breakpoint
CREATE TYPE "public"."decision_outcome" AS ENUM('ALLOWED', 'ALLOWED_WITH_CONDITIONS', 'NOT_ALLOWED', 'UNCLEAR');--> statement-breakpoint
CREATE TYPE "public"."decision_status" AS ENUM('concept', 'voorgesteld', 'vastgesteld', 'vervangen', 'ingetrokken');--> statement-breakpoint
CREATE TYPE "public"."decision_test_result" AS ENUM('HELD', 'FAILED');--> statement-breakpoint
CREATE TYPE "public"."sharing_verdict" AS ENUM('YES', 'NO', 'UNDER_CONDITIONS');--> statement-breakpoint
CREATE TABLE "decision_legal_bases" (
	"decision_id" uuid NOT NULL,
	"legal_basis_id" uuid NOT NULL,
	CONSTRAINT "decision_legal_bases_decision_id_legal_basis_id_pk" PRIMARY KEY("decision_id","legal_basis_id")
);
--> statement-breakpoint
CREATE TABLE "decision_organisations" (
	"decision_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "decision_organisations_decision_id_organisation_id_pk" PRIMARY KEY("decision_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "decision_sharing_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"data_category" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"legal_ground" text DEFAULT '' NOT NULL,
	"conditions" text DEFAULT '' NOT NULL,
	"consent_from" text DEFAULT '' NOT NULL,
	"verdict" "sharing_verdict" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_sign_offs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_sign_offs_decision_org_uq" UNIQUE("decision_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "decision_test_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"decision_id" uuid NOT NULL,
	"scenario_id" uuid,
	"exercise_id" uuid,
	"result" "decision_test_result" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"tested_on" date
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"group_id" uuid NOT NULL,
	"question" text NOT NULL,
	"context" text DEFAULT '' NOT NULL,
	"cooperation_level" text NOT NULL,
	"topic" text NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" "decision_outcome" NOT NULL,
	"conditions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision_level" "decision_level",
	"decided_by" text DEFAULT '' NOT NULL,
	"decision_date" date,
	"review_date" date,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"status" "decision_status" DEFAULT 'concept' NOT NULL,
	"published_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_reason" text DEFAULT '' NOT NULL,
	"supersedes_id" uuid,
	"superseded_by_id" uuid,
	"review_needed_at" timestamp with time zone,
	"review_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "law" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "article" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "legal_bases" ADD COLUMN "change_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "decision_legal_bases" ADD CONSTRAINT "decision_legal_bases_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_legal_bases" ADD CONSTRAINT "decision_legal_bases_legal_basis_id_legal_bases_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_organisations" ADD CONSTRAINT "decision_organisations_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_organisations" ADD CONSTRAINT "decision_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sharing_rules" ADD CONSTRAINT "decision_sharing_rules_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sharing_rules" ADD CONSTRAINT "decision_sharing_rules_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sharing_rules" ADD CONSTRAINT "decision_sharing_rules_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sign_offs" ADD CONSTRAINT "decision_sign_offs_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sign_offs" ADD CONSTRAINT "decision_sign_offs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_sign_offs" ADD CONSTRAINT "decision_sign_offs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_test_links" ADD CONSTRAINT "decision_test_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_test_links" ADD CONSTRAINT "decision_test_links_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_cooperation_level_cooperation_levels_code_fk" FOREIGN KEY ("cooperation_level") REFERENCES "public"."cooperation_levels"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_supersedes_id_decisions_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_superseded_by_id_decisions_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."decisions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "decision_legal_bases_basis_idx" ON "decision_legal_bases" USING btree ("legal_basis_id");--> statement-breakpoint
CREATE INDEX "decision_sharing_rules_decision_idx" ON "decision_sharing_rules" USING btree ("decision_id","position");--> statement-breakpoint
CREATE INDEX "decision_test_links_decision_idx" ON "decision_test_links" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "decision_test_links_scenario_idx" ON "decision_test_links" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "decision_test_links_exercise_idx" ON "decision_test_links" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "decisions_group_idx" ON "decisions" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "decisions_order_idx" ON "decisions" USING btree ("cooperation_level","topic","question","id");--> statement-breakpoint
CREATE INDEX "decisions_status_idx" ON "decisions" USING btree ("status");