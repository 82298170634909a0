CREATE TABLE "federated_sign_in_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_slug" text NOT NULL,
	"ip" text NOT NULL,
	"step" text NOT NULL,
	"state" text,
	"succeeded" boolean DEFAULT false NOT NULL,
	"attempted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "federated_sign_in_attempts_ip_idx" ON "federated_sign_in_attempts" USING btree ("ip","attempted_at");--> statement-breakpoint
CREATE INDEX "federated_sign_in_attempts_provider_idx" ON "federated_sign_in_attempts" USING btree ("provider_slug","attempted_at");--> statement-breakpoint
CREATE INDEX "federated_sign_in_attempts_state_idx" ON "federated_sign_in_attempts" USING btree ("state");