CREATE TYPE "public"."exercise_person_role" AS ENUM('participant', 'planner');--> statement-breakpoint
CREATE TYPE "public"."exercise_status" AS ENUM('gepland', 'in_voorbereiding', 'uitgevoerd', 'geevalueerd', 'geannuleerd');--> statement-breakpoint
CREATE TYPE "public"."exercise_type" AS ENUM('werksessie', 'workshop', 'tabletop', 'spel', 'drill', 'functionele_oefening', 'grootschalige_oefening');--> statement-breakpoint
CREATE TYPE "public"."observation_kind" AS ENUM('strength', 'improvement');--> statement-breakpoint
CREATE TYPE "public"."observation_rating" AS ENUM('P', 'S', 'M', 'U');--> statement-breakpoint
CREATE TYPE "public"."scenario_status" AS ENUM('concept', 'gereed', 'gearchiveerd');--> statement-breakpoint
CREATE TYPE "public"."threat_type" AS ENUM('vermissing', 'openbare_orde', 'terrorisme', 'ondermijning', 'natuurramp', 'cyber', 'grensbewaking', 'overig');--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem_statement" text NOT NULL,
	"threat_type" "threat_type" NOT NULL,
	"cooperation_level" text NOT NULL,
	"classification" "classification" DEFAULT 'ONGERUBRICEERD' NOT NULL,
	"status" "scenario_status" DEFAULT 'concept' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenario_perspectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"scenario_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"mandate" text DEFAULT '' NOT NULL,
	"capabilities" text DEFAULT '' NOT NULL,
	"needs_from_other" text DEFAULT '' NOT NULL,
	"chain_of_command" text DEFAULT '' NOT NULL,
	"expected_actions" text DEFAULT '' NOT NULL,
	CONSTRAINT "scenario_perspectives_scenario_org_uq" UNIQUE("scenario_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "scenario_legal_bases" (
	"scenario_id" uuid NOT NULL,
	"legal_basis_id" uuid NOT NULL,
	CONSTRAINT "scenario_legal_bases_scenario_id_legal_basis_id_pk" PRIMARY KEY("scenario_id","legal_basis_id")
);
--> statement-breakpoint
CREATE TABLE "scenario_conditions" (
	"scenario_id" uuid NOT NULL,
	"condition_id" text NOT NULL,
	CONSTRAINT "scenario_conditions_scenario_id_condition_id_pk" PRIMARY KEY("scenario_id","condition_id")
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"group_id" uuid NOT NULL,
	"scenario_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" "exercise_type" NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"status" "exercise_status" DEFAULT 'gepland' NOT NULL,
	"cancellation_reason" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_organisations" (
	"exercise_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"participant_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "exercise_organisations_exercise_id_organisation_id_pk" PRIMARY KEY("exercise_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "exercise_people" (
	"exercise_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" "exercise_person_role" NOT NULL,
	CONSTRAINT "exercise_people_exercise_id_user_id_role_pk" PRIMARY KEY("exercise_id","user_id","role")
);
--> statement-breakpoint
CREATE TABLE "exercise_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"exercise_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"condition_ids" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exercise_injects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"exercise_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"offset_minutes" integer NOT NULL,
	"from_party" text NOT NULL,
	"to_party" text NOT NULL,
	"message" text NOT NULL,
	"expected_action" text DEFAULT '' NOT NULL,
	"responsible_organisation_id" uuid,
	"legal_basis_id" uuid
);
--> statement-breakpoint
CREATE TABLE "exercise_observations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"exercise_id" uuid NOT NULL,
	"objective_id" uuid,
	"condition_id" text NOT NULL,
	"rating" "observation_rating" NOT NULL,
	"kind" "observation_kind" NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"exercise_id" uuid NOT NULL,
	"observation_id" uuid NOT NULL,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"owner_organisation_id" uuid,
	"due_date" date,
	"recommendation_id" uuid
);
--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_cooperation_level_cooperation_levels_code_fk" FOREIGN KEY ("cooperation_level") REFERENCES "public"."cooperation_levels"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_perspectives" ADD CONSTRAINT "scenario_perspectives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_perspectives" ADD CONSTRAINT "scenario_perspectives_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_perspectives" ADD CONSTRAINT "scenario_perspectives_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_legal_bases" ADD CONSTRAINT "scenario_legal_bases_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_legal_bases" ADD CONSTRAINT "scenario_legal_bases_legal_basis_id_legal_bases_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_conditions" ADD CONSTRAINT "scenario_conditions_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_conditions" ADD CONSTRAINT "scenario_conditions_condition_id_condition_nodes_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_scenario_id_scenarios_id_fk" FOREIGN KEY ("scenario_id") REFERENCES "public"."scenarios"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_organisations" ADD CONSTRAINT "exercise_organisations_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_organisations" ADD CONSTRAINT "exercise_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_people" ADD CONSTRAINT "exercise_people_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_people" ADD CONSTRAINT "exercise_people_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_objectives" ADD CONSTRAINT "exercise_objectives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_objectives" ADD CONSTRAINT "exercise_objectives_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD CONSTRAINT "exercise_injects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD CONSTRAINT "exercise_injects_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD CONSTRAINT "exercise_injects_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_injects" ADD CONSTRAINT "exercise_injects_legal_basis_id_legal_bases_id_fk" FOREIGN KEY ("legal_basis_id") REFERENCES "public"."legal_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD CONSTRAINT "exercise_observations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD CONSTRAINT "exercise_observations_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD CONSTRAINT "exercise_observations_objective_id_exercise_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."exercise_objectives"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_observations" ADD CONSTRAINT "exercise_observations_condition_id_condition_nodes_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."condition_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_observation_id_exercise_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."exercise_observations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenarios_group_title_idx" ON "scenarios" USING btree ("group_id","title","id");--> statement-breakpoint
CREATE INDEX "scenarios_title_idx" ON "scenarios" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "scenario_legal_bases_basis_idx" ON "scenario_legal_bases" USING btree ("legal_basis_id");--> statement-breakpoint
CREATE INDEX "exercises_group_starts_idx" ON "exercises" USING btree ("group_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "exercises_starts_idx" ON "exercises" USING btree ("starts_at","id");--> statement-breakpoint
CREATE INDEX "exercises_scenario_idx" ON "exercises" USING btree ("scenario_id");--> statement-breakpoint
CREATE INDEX "exercise_objectives_exercise_idx" ON "exercise_objectives" USING btree ("exercise_id","position");--> statement-breakpoint
CREATE INDEX "exercise_injects_exercise_idx" ON "exercise_injects" USING btree ("exercise_id","position");--> statement-breakpoint
CREATE INDEX "exercise_observations_exercise_idx" ON "exercise_observations" USING btree ("exercise_id","created_at");--> statement-breakpoint
CREATE INDEX "improvement_actions_exercise_idx" ON "improvement_actions" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "improvement_actions_observation_idx" ON "improvement_actions" USING btree ("observation_id");