-- One search (issue 16): search_documents is kept current by triggers, in the same
-- transaction as the write, on both engines. search_document_refresh(kind, id)
-- rewrites one record's document from its tables (or deletes it when the record is
-- gone); search_documents_rebuild() rewrites all of them (npm run search:rebuild).
CREATE OR REPLACE FUNCTION search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(translate(coalesce(value, ''),
    'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖòóôõöÙÚÛÜùúûüÇçÑñ',
    'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuCcNn')), '\s+', ' ', 'g'))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_document_put(
  p_kind search_kind, p_id uuid, p_group uuid, p_orgs uuid[], p_status text, p_published boolean,
  p_classification classification, p_named uuid[], p_title text, p_code text, p_abbreviations text[],
  p_labels text[], p_body text
) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_abbreviations text[] := coalesce(p_abbreviations, '{}');
  v_head text := search_fold(concat_ws(' ', p_title, p_code, array_to_string(v_abbreviations, ' '),
    array_to_string(coalesce(p_labels, '{}'), ' ')));
  v_body text := coalesce(p_body, '');
BEGIN
  INSERT INTO search_documents AS d (kind, record_id, group_id, organisation_ids, status, published, classification,
    named_reader_ids, title, code, abbreviations, body, exact_keys, labels, search_vector, updated_at)
  VALUES (p_kind, p_id, p_group, coalesce(array_remove(p_orgs, NULL), '{}'), coalesce(p_status, ''),
    coalesce(p_published, false), coalesce(p_classification, 'ONGERUBRICEERD'),
    coalesce(array_remove(p_named, NULL), '{}'), coalesce(p_title, ''), nullif(p_code, ''), v_abbreviations, v_body,
    array(SELECT DISTINCT k FROM unnest(
      array_cat(ARRAY[search_fold(p_code), search_fold(p_title)], array(SELECT search_fold(a) FROM unnest(v_abbreviations) a))
    ) k WHERE k <> ''),
    v_head,
    setweight(to_tsvector('simple', v_head), 'A')
      || setweight(to_tsvector('dutch', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('dutch', v_body), 'C')
      || setweight(to_tsvector('simple', search_fold(v_body)), 'D'),
    now())
  ON CONFLICT (kind, record_id) DO UPDATE SET
    group_id = excluded.group_id, organisation_ids = excluded.organisation_ids, status = excluded.status,
    published = excluded.published, classification = excluded.classification,
    named_reader_ids = excluded.named_reader_ids, title = excluded.title, code = excluded.code,
    abbreviations = excluded.abbreviations, body = excluded.body, exact_keys = excluded.exact_keys,
    labels = excluded.labels, search_vector = excluded.search_vector, updated_at = excluded.updated_at;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_document_refresh(p_kind search_kind, p_id uuid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_found boolean := false;
BEGIN
  IF p_id IS NULL THEN
    RETURN;
  END IF;
  IF p_kind = 'working_group' THEN
    PERFORM search_document_put(p_kind, g.id, g.id,
      array(SELECT o.organisation_id FROM working_group_organisations o WHERE o.group_id = g.id),
      g.status::text, false, g.classification, '{}', g.name, NULL, '{}', '{}',
      concat_ws(E'\n', g.theme, g.description))
    FROM working_groups g WHERE g.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'glossary_term' THEN
    PERFORM search_document_put(p_kind, t.id, t.maintaining_group_id,
      array(SELECT d.organisation_id FROM glossary_definitions d WHERE d.term_id = t.id),
      t.status::text, false, t.classification, '{}', t.pref_label, NULL, t.abbreviations,
      t.synonyms || t.hidden_labels,
      concat_ws(E'\n', t.joint_definition,
        (SELECT string_agg(concat_ws(E'\n', d.text, d.explanation, d.example), E'\n') FROM glossary_definitions d WHERE d.term_id = t.id),
        t.scope_note, t.divergence_note, array_to_string(t.synonyms, ', ')))
    FROM glossary_terms t WHERE t.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'scenario' THEN
    PERFORM search_document_put(p_kind, s.id, s.group_id,
      array(SELECT p.organisation_id FROM scenario_perspectives p WHERE p.scenario_id = s.id),
      s.status::text, false, s.classification, '{}', s.title, NULL, '{}', '{}',
      concat_ws(E'\n', s.problem_statement,
        (SELECT string_agg(concat_ws(E'\n', p.mandate, p.capabilities, p.needs_from_other, p.chain_of_command, p.expected_actions), E'\n')
           FROM scenario_perspectives p WHERE p.scenario_id = s.id)))
    FROM scenarios s WHERE s.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'exercise' THEN
    PERFORM search_document_put(p_kind, e.id, e.group_id,
      array(SELECT o.organisation_id FROM exercise_organisations o WHERE o.exercise_id = e.id),
      e.status::text, false, (SELECT s.classification FROM scenarios s WHERE s.id = e.scenario_id), '{}', e.title, NULL,
      '{}', '{}',
      concat_ws(E'\n', e.location,
        (SELECT string_agg(o.description, E'\n' ORDER BY o.position) FROM exercise_objectives o WHERE o.exercise_id = e.id),
        (SELECT string_agg(concat_ws(E'\n', i.from_party, i.to_party, i.message, i.expected_action), E'\n' ORDER BY i.position)
           FROM exercise_injects i WHERE i.exercise_id = e.id),
        (SELECT string_agg(b.text, E'\n') FROM exercise_observations b WHERE b.exercise_id = e.id),
        e.cancellation_reason))
    FROM exercises e WHERE e.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'decision' THEN
    PERFORM search_document_put(p_kind, d.id, d.group_id,
      array(SELECT o.organisation_id FROM decision_organisations o WHERE o.decision_id = d.id),
      d.status::text, d.published_at IS NOT NULL, d.classification, '{}', d.question, NULL, '{}', '{}',
      concat_ws(E'\n', d.context, d.topic, array_to_string(d.tags, ', '),
        (SELECT string_agg(concat_ws(E'\n', x ->> 'title', x ->> 'pros', x ->> 'cons'), E'\n') FROM jsonb_array_elements(d.options) x),
        (SELECT string_agg(x ->> 'text', E'\n') FROM jsonb_array_elements(d.conditions) x),
        d.consequences,
        (SELECT string_agg(o.consequences, E'\n') FROM decision_organisations o WHERE o.decision_id = d.id),
        (SELECT string_agg(concat_ws(E'\n', r.data_category, r.legal_ground, r.conditions, r.consent_from), E'\n' ORDER BY r.position)
           FROM decision_sharing_rules r WHERE r.decision_id = d.id),
        d.decided_by, d.withdrawn_reason, d.review_reason))
    FROM decisions d WHERE d.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'placement' THEN
    PERFORM search_document_put(p_kind, p.id, p.group_id, ARRAY[p.home_organisation_id, p.host_organisation_id],
      p.status::text, false, p.classification, ARRAY[p.person_user_id, p.created_by],
      concat(p.person_name, ': ', p.home_unit, ' → ', p.host_unit), NULL, '{}', '{}',
      concat_ws(E'\n', p.host_function, p.purpose, p.learning_goals, p.debrief_what_worked, p.debrief_what_did_not_work))
    FROM placements p WHERE p.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'recommendation' THEN
    PERFORM search_document_put(p_kind, r.id, r.group_id,
      array(SELECT a.organisation_id FROM recommendation_addressees a WHERE a.recommendation_id = r.id),
      r.status::text, false, r.classification, '{}', r.title, r.code, '{}', '{}',
      concat_ws(E'\n', r.description, r.source_reference,
        (SELECT string_agg(a.note, E'\n') FROM recommendation_addressees a WHERE a.recommendation_id = r.id)))
    FROM recommendations r WHERE r.id = p_id;
    v_found := FOUND;
  ELSIF p_kind = 'assessment' THEN
    PERFORM search_document_put(p_kind, c.id, c.group_id,
      array(SELECT DISTINCT s.organisation_id FROM condition_assessment_scores s WHERE s.assessment_id = c.id),
      '', false, 'ONGERUBRICEERD', '{}', concat('Samenwerkingsscan ', c.assessed_on::text), NULL, '{}', '{}',
      concat_ws(E'\n', c.note,
        (SELECT string_agg(s.evidence, E'\n') FROM condition_assessment_scores s WHERE s.assessment_id = c.id AND s.evidence <> '')))
    FROM condition_assessments c WHERE c.id = p_id;
    v_found := FOUND;
  END IF;
  IF NOT v_found THEN
    DELETE FROM search_documents WHERE kind = p_kind AND record_id = p_id;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_documents_touch() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  v_kind search_kind := TG_ARGV[0]::search_kind;
  v_old uuid;
  v_new uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    v_old := (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    v_new := (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
  END IF;
  IF v_new IS NOT NULL THEN
    PERFORM search_document_refresh(v_kind, v_new);
  END IF;
  IF v_old IS NOT NULL AND v_old IS DISTINCT FROM v_new THEN
    PERFORM search_document_refresh(v_kind, v_old);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION search_documents_rebuild() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_row record;
  v_count integer := 0;
BEGIN
  DELETE FROM search_documents;
  FOR v_row IN
    SELECT 'working_group'::search_kind AS kind, id FROM working_groups
    UNION ALL SELECT 'glossary_term', id FROM glossary_terms
    UNION ALL SELECT 'scenario', id FROM scenarios
    UNION ALL SELECT 'exercise', id FROM exercises
    UNION ALL SELECT 'decision', id FROM decisions
    UNION ALL SELECT 'placement', id FROM placements
    UNION ALL SELECT 'recommendation', id FROM recommendations
    UNION ALL SELECT 'assessment', id FROM condition_assessments
  LOOP
    PERFORM search_document_refresh(v_row.kind, v_row.id);
    v_count := v_count + 1;
  END LOOP;
  RETURN v_count;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_sync_working_groups AFTER INSERT OR UPDATE OR DELETE ON working_groups
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('working_group', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_working_group_organisations AFTER INSERT OR UPDATE OR DELETE ON working_group_organisations
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('working_group', 'group_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_glossary_terms AFTER INSERT OR UPDATE OR DELETE ON glossary_terms
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('glossary_term', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_glossary_definitions AFTER INSERT OR UPDATE OR DELETE ON glossary_definitions
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('glossary_term', 'term_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_scenarios AFTER INSERT OR UPDATE OR DELETE ON scenarios
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('scenario', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_scenario_perspectives AFTER INSERT OR UPDATE OR DELETE ON scenario_perspectives
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('scenario', 'scenario_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_exercises AFTER INSERT OR UPDATE OR DELETE ON exercises
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('exercise', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_exercise_objectives AFTER INSERT OR UPDATE OR DELETE ON exercise_objectives
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('exercise', 'exercise_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_exercise_injects AFTER INSERT OR UPDATE OR DELETE ON exercise_injects
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('exercise', 'exercise_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_exercise_observations AFTER INSERT OR UPDATE OR DELETE ON exercise_observations
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('exercise', 'exercise_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_exercise_organisations AFTER INSERT OR UPDATE OR DELETE ON exercise_organisations
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('exercise', 'exercise_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_decisions AFTER INSERT OR UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('decision', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_decision_organisations AFTER INSERT OR UPDATE OR DELETE ON decision_organisations
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('decision', 'decision_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_decision_sharing_rules AFTER INSERT OR UPDATE OR DELETE ON decision_sharing_rules
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('decision', 'decision_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_placements AFTER INSERT OR UPDATE OR DELETE ON placements
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('placement', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_recommendations AFTER INSERT OR UPDATE OR DELETE ON recommendations
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('recommendation', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_recommendation_addressees AFTER INSERT OR UPDATE OR DELETE ON recommendation_addressees
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('recommendation', 'recommendation_id');
--> statement-breakpoint
CREATE TRIGGER search_sync_condition_assessments AFTER INSERT OR UPDATE OR DELETE ON condition_assessments
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('assessment', 'id');
--> statement-breakpoint
CREATE TRIGGER search_sync_condition_assessment_scores AFTER INSERT OR UPDATE OR DELETE ON condition_assessment_scores
  FOR EACH ROW EXECUTE FUNCTION search_documents_touch('assessment', 'assessment_id');
--> statement-breakpoint
SELECT search_documents_rebuild();
