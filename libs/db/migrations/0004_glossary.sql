CREATE TYPE "public"."glossary_term_status" AS ENUM('in_bewerking', 'voorgesteld', 'vastgesteld', 'vervangen', 'vervallen');--> statement-breakpoint
CREATE TYPE "public"."glossary_relation_kind" AS ENUM('broader', 'narrower', 'related');--> statement-breakpoint
CREATE TYPE "public"."glossary_comment_kind" AS ENUM('comment', 'proposal');--> statement-breakpoint
CREATE TYPE "public"."glossary_comment_status" AS ENUM('open', 'verwerkt', 'afgewezen');--> statement-breakpoint
CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"pref_label" text NOT NULL,
	"label_key" text NOT NULL,
	"abbreviations" text[] DEFAULT '{}' NOT NULL,
	"synonyms" text[] DEFAULT '{}' NOT NULL,
	"hidden_labels" text[] DEFAULT '{}' NOT NULL,
	"joint_definition" text DEFAULT '' NOT NULL,
	"joint_definition_source" text DEFAULT '' NOT NULL,
	"scope_note" text DEFAULT '' NOT NULL,
	"divergent" boolean DEFAULT false NOT NULL,
	"divergence_note" text DEFAULT '' NOT NULL,
	"status" "glossary_term_status" DEFAULT 'in_bewerking' NOT NULL,
	"replaced_by_id" uuid,
	"valid_from" date,
	"valid_until" date,
	"review_date" date,
	"maintaining_group_id" uuid NOT NULL,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"definition_revision" integer DEFAULT 1 NOT NULL,
	"search_labels" text DEFAULT '' NOT NULL,
	"search_document" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "glossary_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"term_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"explanation" text DEFAULT '' NOT NULL,
	"example" text DEFAULT '' NOT NULL,
	CONSTRAINT "glossary_definitions_term_org_uq" UNIQUE("term_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "glossary_relations" (
	"term_id" uuid NOT NULL,
	"kind" "glossary_relation_kind" NOT NULL,
	"related_term_id" uuid NOT NULL,
	CONSTRAINT "glossary_relations_term_id_kind_related_term_id_pk" PRIMARY KEY("term_id","kind","related_term_id")
);
--> statement-breakpoint
CREATE TABLE "glossary_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"term_version" integer NOT NULL,
	"organisation_id" uuid NOT NULL,
	"user_id" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "glossary_approvals_term_rev_org_uq" UNIQUE("term_id","revision","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "glossary_term_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"change" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "glossary_term_versions_term_version_uq" UNIQUE("term_id","version")
);
--> statement-breakpoint
CREATE TABLE "glossary_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"term_id" uuid NOT NULL,
	"author_id" uuid,
	"kind" "glossary_comment_kind" DEFAULT 'comment' NOT NULL,
	"body" text NOT NULL,
	"status" "glossary_comment_status" DEFAULT 'open' NOT NULL,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_maintaining_group_id_working_groups_id_fk" FOREIGN KEY ("maintaining_group_id") REFERENCES "public"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_replaced_by_id_glossary_terms_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."glossary_terms"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_definitions" ADD CONSTRAINT "glossary_definitions_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_definitions" ADD CONSTRAINT "glossary_definitions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_relations" ADD CONSTRAINT "glossary_relations_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_relations" ADD CONSTRAINT "glossary_relations_related_term_id_glossary_terms_id_fk" FOREIGN KEY ("related_term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_approvals" ADD CONSTRAINT "glossary_approvals_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_approvals" ADD CONSTRAINT "glossary_approvals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_approvals" ADD CONSTRAINT "glossary_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term_versions" ADD CONSTRAINT "glossary_term_versions_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_term_versions" ADD CONSTRAINT "glossary_term_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_comments" ADD CONSTRAINT "glossary_comments_term_id_glossary_terms_id_fk" FOREIGN KEY ("term_id") REFERENCES "public"."glossary_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_comments" ADD CONSTRAINT "glossary_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "glossary_comments" ADD CONSTRAINT "glossary_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_label_key_uq" ON "glossary_terms" USING btree ("label_key");--> statement-breakpoint
CREATE INDEX "glossary_terms_group_idx" ON "glossary_terms" USING btree ("maintaining_group_id");--> statement-breakpoint
CREATE INDEX "glossary_terms_status_idx" ON "glossary_terms" USING btree ("status");--> statement-breakpoint
CREATE INDEX "glossary_relations_related_idx" ON "glossary_relations" USING btree ("related_term_id");--> statement-breakpoint
CREATE INDEX "glossary_approvals_term_idx" ON "glossary_approvals" USING btree ("term_id");--> statement-breakpoint
CREATE INDEX "glossary_comments_term_idx" ON "glossary_comments" USING btree ("term_id","created_at");