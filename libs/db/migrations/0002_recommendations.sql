CREATE TYPE "public"."addressee_state" AS ENUM('open', 'in_uitvoering', 'uitgevoerd');--> statement-breakpoint
CREATE TYPE "public"."recommendation_event_kind" AS ENUM('status', 'progress', 'addressee');--> statement-breakpoint
CREATE TYPE "public"."recommendation_level" AS ENUM('bestuurlijk', 'operationeel');--> statement-breakpoint
CREATE TYPE "public"."recommendation_source_type" AS ENUM('thesis', 'exercise_evaluation', 'liaison_debrief', 'legal_decision', 'working_group', 'audit', 'other');--> statement-breakpoint
CREATE TYPE "public"."recommendation_status" AS ENUM('voorgesteld', 'aanvaard', 'niet_aanvaard', 'in_uitvoering', 'uitgevoerd', 'geverifieerd', 'vervallen');--> statement-breakpoint
CREATE SEQUENCE "public"."recommendation_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source_type" "recommendation_source_type" NOT NULL,
	"source_reference" text DEFAULT '' NOT NULL,
	"source_id" uuid,
	"level" "recommendation_level" NOT NULL,
	"status" "recommendation_status" DEFAULT 'voorgesteld' NOT NULL,
	"group_id" uuid,
	"owner_user_id" uuid,
	"due_date" date,
	"priority" boolean DEFAULT false NOT NULL,
	"decision_id" uuid,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"proposed_on" date DEFAULT now() NOT NULL,
	"implemented_on" date,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "recommendation_conditions" (
	"recommendation_id" uuid NOT NULL,
	"condition_id" text NOT NULL,
	CONSTRAINT "recommendation_conditions_recommendation_id_condition_id_pk" PRIMARY KEY("recommendation_id","condition_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_addressees" (
	"recommendation_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"state" "addressee_state" DEFAULT 'open' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "recommendation_addressees_recommendation_id_organisation_id_pk" PRIMARY KEY("recommendation_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"kind" "recommendation_event_kind" NOT NULL,
	"from_status" "recommendation_status",
	"to_status" "recommendation_status",
	"organisation_id" uuid,
	"addressee_state" "addressee_state",
	"note" text DEFAULT '' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"evidence" jsonb,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "condition_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"group_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "condition_assessment_scores" (
	"assessment_id" uuid NOT NULL,
	"condition_id" text NOT NULL,
	"score" smallint,
	"evidence" text DEFAULT '' NOT NULL,
	CONSTRAINT "condition_assessment_scores_assessment_id_condition_id_pk" PRIMARY KEY("assessment_id","condition_id"),
	CONSTRAINT "condition_assessment_scores_range" CHECK ("condition_assessment_scores"."score" is null or "condition_assessment_scores"."score" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_conditions" ADD CONSTRAINT "recommendation_conditions_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_conditions" ADD CONSTRAINT "recommendation_conditions_condition_id_condition_nodes_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD CONSTRAINT "recommendation_addressees_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_recommendation_id_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."recommendations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_events" ADD CONSTRAINT "recommendation_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessments" ADD CONSTRAINT "condition_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessments" ADD CONSTRAINT "condition_assessments_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessment_scores" ADD CONSTRAINT "condition_assessment_scores_assessment_id_condition_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."condition_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessment_scores" ADD CONSTRAINT "condition_assessment_scores_condition_id_condition_nodes_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "recommendations_code_idx" ON "recommendations" USING btree ("code","id");--> statement-breakpoint
CREATE INDEX "recommendations_group_idx" ON "recommendations" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "recommendations_status_idx" ON "recommendations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "recommendations_source_idx" ON "recommendations" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "recommendation_conditions_condition_idx" ON "recommendation_conditions" USING btree ("condition_id");--> statement-breakpoint
CREATE INDEX "recommendation_addressees_org_idx" ON "recommendation_addressees" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "recommendation_events_rec_idx" ON "recommendation_events" USING btree ("recommendation_id","occurred_at");--> statement-breakpoint
CREATE INDEX "recommendation_events_status_idx" ON "recommendation_events" USING btree ("kind","occurred_at");--> statement-breakpoint
CREATE INDEX "condition_assessments_group_idx" ON "condition_assessments" USING btree ("group_id","assessed_on");--> statement-breakpoint
CREATE INDEX "condition_assessment_scores_condition_idx" ON "condition_assessment_scores" USING btree ("condition_id");