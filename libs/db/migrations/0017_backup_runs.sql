CREATE TABLE "backup_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"size_bytes" bigint NOT NULL,
	"row_count" integer NOT NULL,
	"schema_version" text NOT NULL,
	"engine" text NOT NULL,
	"method" text NOT NULL,
	"taken_by" uuid
);
--> statement-breakpoint
ALTER TABLE "backup_runs" ADD CONSTRAINT "backup_runs_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backup_runs_taken_idx" ON "backup_runs" USING btree ("taken_at");