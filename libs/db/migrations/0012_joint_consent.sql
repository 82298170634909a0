CREATE TABLE "placement_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"extension_id" uuid,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"on_behalf_reason" text,
	CONSTRAINT "placement_consents_subject_org_uq" UNIQUE NULLS NOT DISTINCT("placement_id","extension_id","organisation_id")
);
--> statement-breakpoint
ALTER TABLE "recommendation_addressees" ADD COLUMN "on_behalf_reason" text;--> statement-breakpoint
ALTER TABLE "placement_consents" ADD CONSTRAINT "placement_consents_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_consents" ADD CONSTRAINT "placement_consents_extension_id_placement_extensions_id_fk" FOREIGN KEY ("extension_id") REFERENCES "public"."placement_extensions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_consents" ADD CONSTRAINT "placement_consents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_consents" ADD CONSTRAINT "placement_consents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "placement_consents_org_idx" ON "placement_consents" USING btree ("organisation_id");