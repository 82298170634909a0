CREATE TYPE "public"."inject_delivery_status" AS ENUM('planned', 'delivered', 'delayed', 'skipped');--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD COLUMN "delivery_status" "inject_delivery_status" DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD COLUMN "delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD COLUMN "delivered_by" uuid;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD COLUMN "delivery_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD COLUMN "ad_hoc" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD COLUMN "inject_id" uuid;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD CONSTRAINT "exercise_injects_delivered_by_users_id_fk" FOREIGN KEY ("delivered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD CONSTRAINT "exercise_observations_inject_id_exercise_injects_id_fk" FOREIGN KEY ("inject_id") REFERENCES "public"."exercise_injects"("id") ON DELETE set null ON UPDATE no action;