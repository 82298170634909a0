CREATE TYPE "public"."search_kind" AS ENUM('working_group', 'glossary_term', 'scenario', 'exercise', 'decision', 'placement', 'recommendation', 'assessment');--> statement-breakpoint
CREATE TABLE "search_documents" (
	"kind" "search_kind" NOT NULL,
	"record_id" uuid NOT NULL,
	"group_id" uuid,
	"organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"status" text DEFAULT '' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"named_reader_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"title" text NOT NULL,
	"code" text,
	"abbreviations" text[] DEFAULT '{}'::text[] NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"exact_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"labels" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "search_documents_kind_record_id_pk" PRIMARY KEY("kind","record_id")
);
--> statement-breakpoint
CREATE INDEX "search_documents_vector_idx" ON "search_documents" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "search_documents_labels_trgm_idx" ON "search_documents" USING gin ("labels" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_exact_keys_idx" ON "search_documents" USING gin ("exact_keys");--> statement-breakpoint
CREATE INDEX "search_documents_group_idx" ON "search_documents" USING btree ("group_id");