-- Custom migration: existing scan scores become the view of one organisation.
-- A round's scores belong to the organisation of the user who recorded the round;
-- for rounds written by the system (no creator), to the group's first organisation
-- by code, and failing that to the first organisation by code.
UPDATE "condition_assessment_scores" AS s
SET "organisation_id" = coalesce(
  (SELECT u."organisation_id" FROM "condition_assessments" a JOIN "users" u ON u."id" = a."created_by" WHERE a."id" = s."assessment_id"),
  (SELECT o."id" FROM "condition_assessments" a
     JOIN "working_group_organisations" wgo ON wgo."group_id" = a."group_id"
     JOIN "organisations" o ON o."id" = wgo."organisation_id"
   WHERE a."id" = s."assessment_id" ORDER BY o."code" LIMIT 1),
  (SELECT o."id" FROM "organisations" o ORDER BY o."code" LIMIT 1)
)
WHERE s."organisation_id" IS NULL;
--> statement-breakpoint
-- Rounds without any organisation (no organisations at all) cannot keep their scores.
DELETE FROM "condition_assessment_scores" WHERE "organisation_id" IS NULL;
--> statement-breakpoint
INSERT INTO "condition_assessment_contributions" ("assessment_id", "organisation_id", "scored_by", "scored_at")
SELECT DISTINCT s."assessment_id", s."organisation_id", a."created_by", a."created_at"
FROM "condition_assessment_scores" s
JOIN "condition_assessments" a ON a."id" = s."assessment_id"
ON CONFLICT DO NOTHING;
