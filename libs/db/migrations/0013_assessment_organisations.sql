CREATE TABLE "condition_assessment_contributions" (
	"assessment_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"scored_by" uuid,
	"scored_at" timestamp with time zone DEFAULT now() NOT NULL,
	"break_glass_reason" text DEFAULT '' NOT NULL,
	CONSTRAINT "condition_assessment_contributions_assessment_id_organisation_id_pk" PRIMARY KEY("assessment_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "condition_assessment_scores" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "condition_assessment_contributions" ADD CONSTRAINT "condition_assessment_contributions_assessment_id_condition_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."condition_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessment_contributions" ADD CONSTRAINT "condition_assessment_contributions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessment_contributions" ADD CONSTRAINT "condition_assessment_contributions_scored_by_users_id_fk" FOREIGN KEY ("scored_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "condition_assessment_scores" ADD CONSTRAINT "condition_assessment_scores_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;