/**
 * The data set of `npm run bench:http`, written straight into PostgreSQL with
 * `INSERT … SELECT generate_series` (the API would take an hour for this much):
 * 50,000 glossary terms with a definition per organisation, 20,000
 * recommendations with three history entries and two addressees each, and
 * 5,000 scenarios with both perspectives, spread over the given groups.
 *
 * The rows are what the services would write (search columns included), so the
 * app's list and detail queries do their real work on them.
 */
import { sql, type Executor } from '@srw/db';

export const HTTP_BENCH_VOLUMES = { terms: 50_000, recommendations: 20_000, scenarios: 5_000 } as const;

export interface HttpBenchSeed {
  groupIds: string[];
  /** The two organisations every group has: definitions, perspectives and addressees. */
  organisationIds: [string, string];
  createdBy: string;
  scale: number;
}

/** Words to build labels and texts from, so full-text and trigram search have something to chew on. */
const WORDS = [
  'aanhouding',
  'bijstand',
  'crisis',
  'drone',
  'evacuatie',
  'grensbewaking',
  'inlichtingen',
  'koppeling',
  'liaison',
  'mandaat',
  'noodbevel',
  'observatie',
  'patrouille',
  'regie',
  'surveillance',
  'terreur',
  'uitwisseling',
  'verbinding',
  'waarschuwing',
  'zeeweg',
];

function wordsArray(): string {
  return `array[${WORDS.map((w) => `'${w}'`).join(',')}]`;
}

/** Runs in one transaction without the app's statement timeout: on a busy machine one insert takes minutes. */
export async function seedHttpBench(db: Executor, seed: HttpBenchSeed): Promise<void> {
  const terms = Math.round(HTTP_BENCH_VOLUMES.terms * seed.scale);
  const recommendations = Math.round(HTTP_BENCH_VOLUMES.recommendations * seed.scale);
  const scenarios = Math.round(HTTP_BENCH_VOLUMES.scenarios * seed.scale);
  const groups = sql.raw(`array[${seed.groupIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  const groupCount = seed.groupIds.length;
  const words = sql.raw(wordsArray());
  const [orgA, orgB] = seed.organisationIds;

  await db.execute(sql`
    insert into glossary_terms (pref_label, label_key, abbreviations, joint_definition, status, maintaining_group_id,
                                created_by, search_labels, search_document, review_date)
    select label, lower(label), case when i % 7 = 0 then array['B' || i] else '{}'::text[] end,
           'Gezamenlijke omschrijving van ' || label || ' bij ' || (${words})[1 + (i * 7) % 20] || '.',
           (case when i % 10 = 0 then 'voorgesteld' else 'vastgesteld' end)::glossary_term_status,
           (${groups})[1 + i % ${groupCount}], ${seed.createdBy}::uuid,
           lower(label), label || ' ' || (${words})[1 + (i * 7) % 20],
           date '2027-01-01' + (i % 700)
    from (select i, initcap((${words})[1 + i % 20]) || ' ' || (${words})[1 + (i / 20) % 20] || ' ' || i as label
          from generate_series(1, ${terms}) as i) t`);
  await db.execute(sql`
    insert into glossary_definitions (term_id, organisation_id, text, source)
    select t.id, o.id, 'Zo gebruikt deze organisatie ' || t.pref_label || ': ' || t.joint_definition, 'Bench'
    from glossary_terms t cross join (values (${orgA}::uuid), (${orgB}::uuid)) as o(id)
    where t.created_by = ${seed.createdBy}::uuid`);

  await db.execute(sql`
    insert into recommendations (code, title, description, source_type, level, status, group_id, created_by,
                                 due_date, proposed_on, priority)
    select 'BR-' || i, 'Aanbeveling over ' || (${words})[1 + i % 20] || ' en ' || (${words})[1 + (i / 20) % 20] || ' ' || i,
           'Toelichting bij aanbeveling ' || i || '.', 'working_group', 'operationeel',
           (array['voorgesteld','aanvaard','in_uitvoering','uitgevoerd'])[1 + i % 4]::recommendation_status,
           (${groups})[1 + i % ${groupCount}], ${seed.createdBy}::uuid,
           date '2026-01-01' + (i % 720), date '2025-01-01' + (i % 600), i % 13 = 0
    from generate_series(1, ${recommendations}) as i`);
  await db.execute(sql`
    insert into recommendation_events (recommendation_id, kind, from_status, to_status, note, occurred_at, created_by)
    select r.id, 'status'::recommendation_event_kind, null::recommendation_status, 'voorgesteld'::recommendation_status, 'Voorgesteld', r.proposed_on::timestamptz, r.created_by
    from recommendations r where r.code like 'BR-%'
    union all
    select r.id, 'progress'::recommendation_event_kind, null::recommendation_status, null::recommendation_status, 'Voortgang besproken in het overleg', r.proposed_on::timestamptz + interval '20 days', r.created_by
    from recommendations r where r.code like 'BR-%'
    union all
    select r.id, 'status'::recommendation_event_kind, 'voorgesteld'::recommendation_status, 'aanvaard'::recommendation_status, 'Aanvaard', r.proposed_on::timestamptz + interval '40 days', r.created_by
    from recommendations r where r.code like 'BR-%' and r.status <> 'voorgesteld'`);
  await db.execute(sql`
    insert into recommendation_addressees (recommendation_id, organisation_id, state)
    select r.id, o.id, 'open'::addressee_state from recommendations r cross join (values (${orgA}::uuid), (${orgB}::uuid)) as o(id)
    where r.code like 'BR-%'`);

  await db.execute(sql`
    insert into scenarios (group_id, title, problem_statement, threat_type, cooperation_level, status, created_by)
    select (${groups})[1 + i % ${groupCount}], 'Scenario ' || (${words})[1 + i % 20] || ' ' || i,
           'Wat er gebeurt als ' || (${words})[1 + (i / 20) % 20] || ' uitvalt.',
           (array['vermissing','openbare_orde','terrorisme','ondermijning','natuurramp','cyber','grensbewaking','overig'])[1 + i % 8]::threat_type,
           (select code from cooperation_levels order by code limit 1),
           (case when i % 3 = 0 then 'concept' else 'gereed' end)::scenario_status, ${seed.createdBy}::uuid
    from generate_series(1, ${scenarios}) as i`);
  await db.execute(sql`
    insert into scenario_perspectives (scenario_id, organisation_id, mandate, capabilities, created_by)
    select s.id, o.id, 'Mandaat volgens de eigen wet', 'Eenheden en middelen', s.created_by
    from scenarios s cross join (values (${orgA}::uuid), (${orgB}::uuid)) as o(id)
    where s.created_by = ${seed.createdBy}::uuid`);
  await db.execute(sql`analyze`);
}
