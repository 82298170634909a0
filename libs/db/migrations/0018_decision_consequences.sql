ALTER TABLE "decisions" ADD COLUMN "consequences" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "decision_organisations" ADD COLUMN "consequences" text DEFAULT '' NOT NULL;