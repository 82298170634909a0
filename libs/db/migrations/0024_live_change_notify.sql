-- Live updates (issue 15): every change of a record table announces itself on
-- the channel srw_changes with ids only (table, record id, group id, actor,
-- operation), never content. The trigger is a deferred constraint trigger, so
-- it runs at COMMIT: NOTIFY is delivered only when the change commits (never
-- after a rollback), and the actor that the audit write sets for the
-- transaction (srw.actor_id, see recordAudit) is known by then.
-- Arguments: the column that holds the record's id (the parent record for a
-- child row), and the column that holds its working group ('' when none).
CREATE OR REPLACE FUNCTION srw_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  row_json jsonb;
BEGIN
  IF TG_OP = 'DELETE' THEN
    row_json := to_jsonb(OLD);
  ELSE
    row_json := to_jsonb(NEW);
  END IF;
  PERFORM pg_notify('srw_changes', json_build_object(
    't', TG_TABLE_NAME,
    'id', row_json ->> TG_ARGV[0],
    'g', CASE WHEN TG_ARGV[1] = '' THEN NULL ELSE row_json ->> TG_ARGV[1] END,
    'a', nullif(current_setting('srw.actor_id', true), ''),
    'op', left(TG_OP, 1)
  )::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION srw_watch_changes(table_name text, id_column text, group_column text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format(
    'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
    'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION srw_notify_change(%L, %L)',
    table_name || '_live_notify', table_name, id_column, group_column);
END;
$$;
--> statement-breakpoint
SELECT srw_watch_changes('glossary_terms', 'id', '');
--> statement-breakpoint
SELECT srw_watch_changes('glossary_definitions', 'term_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('glossary_comments', 'term_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('glossary_approvals', 'term_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('glossary_relations', 'term_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('decisions', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('decision_sign_offs', 'decision_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('decision_organisations', 'decision_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('decision_legal_bases', 'decision_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('decision_sharing_rules', 'decision_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('decision_test_links', 'decision_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('scenarios', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('scenario_perspectives', 'scenario_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('exercises', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('exercise_objectives', 'exercise_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('exercise_injects', 'exercise_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('exercise_observations', 'exercise_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('improvement_actions', 'exercise_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('placements', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('placement_consents', 'placement_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('placement_extensions', 'placement_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('placement_lessons', 'placement_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('recommendations', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('recommendation_addressees', 'recommendation_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('recommendation_events', 'recommendation_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('condition_assessments', 'id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('condition_assessment_scores', 'assessment_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('condition_assessment_contributions', 'assessment_id', '');
--> statement-breakpoint
SELECT srw_watch_changes('working_groups', 'id', 'id');
--> statement-breakpoint
SELECT srw_watch_changes('working_group_organisations', 'group_id', 'group_id');
--> statement-breakpoint
SELECT srw_watch_changes('memberships', 'group_id', 'group_id');
--> statement-breakpoint
DROP FUNCTION srw_watch_changes(text, text, text);
