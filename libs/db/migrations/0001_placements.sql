CREATE TYPE "public"."clearance_level" AS ENUM('geen', 'C', 'B', 'A');--> statement-breakpoint
CREATE TYPE "public"."placement_extension_status" AS ENUM('aangevraagd', 'goedgekeurd', 'afgewezen');--> statement-breakpoint
CREATE TYPE "public"."placement_status" AS ENUM('voorgesteld', 'goedgekeurd', 'actief', 'afgerond', 'afgebroken');--> statement-breakpoint
CREATE TABLE "placement_extensions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"previous_end_date" date NOT NULL,
	"requested_end_date" date NOT NULL,
	"rationale" text NOT NULL,
	"override_reason" text,
	"status" "placement_extension_status" DEFAULT 'aangevraagd' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"placement_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"lesson" text NOT NULL,
	"recommendation_id" uuid
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"person_user_id" uuid,
	"person_name" text NOT NULL,
	"person_key" text NOT NULL,
	"home_organisation_id" uuid NOT NULL,
	"home_unit" text NOT NULL,
	"host_organisation_id" uuid NOT NULL,
	"host_unit" text NOT NULL,
	"host_function" text NOT NULL,
	"purpose" text NOT NULL,
	"learning_goals" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"hours_per_week" integer NOT NULL,
	"home_contact" text DEFAULT '' NOT NULL,
	"host_contact" text DEFAULT '' NOT NULL,
	"group_id" uuid,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"clearance_level" "clearance_level" DEFAULT 'geen' NOT NULL,
	"clearance_expires_on" date,
	"access_grants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "placement_status" DEFAULT 'voorgesteld' NOT NULL,
	"abort_reason" text,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"debrief_what_worked" text,
	"debrief_what_did_not_work" text,
	"debriefed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "placement_extensions" ADD CONSTRAINT "placement_extensions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_extensions" ADD CONSTRAINT "placement_extensions_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_extensions" ADD CONSTRAINT "placement_extensions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_lessons" ADD CONSTRAINT "placement_lessons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_lessons" ADD CONSTRAINT "placement_lessons_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_person_user_id_users_id_fk" FOREIGN KEY ("person_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_home_organisation_id_organisations_id_fk" FOREIGN KEY ("home_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "placement_extensions_placement_idx" ON "placement_extensions" USING btree ("placement_id");--> statement-breakpoint
CREATE INDEX "placement_lessons_placement_idx" ON "placement_lessons" USING btree ("placement_id","position");--> statement-breakpoint
CREATE INDEX "placements_person_key_idx" ON "placements" USING btree ("person_key","start_date");--> statement-breakpoint
CREATE INDEX "placements_start_idx" ON "placements" USING btree ("start_date","id");--> statement-breakpoint
CREATE INDEX "placements_group_idx" ON "placements" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "placements_host_idx" ON "placements" USING btree ("host_organisation_id","host_unit");