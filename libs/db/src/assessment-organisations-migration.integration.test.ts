import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMigrationsFolder } from './migrate';

/**
 * The migrations that split scan scores per organisation keep the scores that
 * exist: they become the view of the organisation of the user who recorded the
 * round (or, for rounds written by the system, of the group's first organisation).
 */
const folder = resolveMigrationsFolder();
const journal = JSON.parse(readFileSync(path.join(folder, 'meta', '_journal.json'), 'utf8')) as {
  entries: { idx: number; tag: string }[];
};
const tags = journal.entries.sort((a, b) => a.idx - b.idx).map((e) => e.tag);
const split = tags.findIndex((tag) => tag.endsWith('_assessment_organisations'));

let db: PGlite;

async function apply(tag: string) {
  const text = readFileSync(path.join(folder, `${tag}.sql`), 'utf8');
  for (const statement of text.split('--> statement-breakpoint')) {
    if (statement.trim()) await db.exec(statement);
  }
}

beforeAll(async () => {
  db = new PGlite({ extensions: { pg_trgm } });
  for (const tag of tags.slice(0, split)) await apply(tag);
});
afterAll(async () => db.close());

describe('scores per organisation: the migration keeps existing scores', () => {
  it('assigns a round to the organisation of the user who scored it, and system rounds to the group', async () => {
    expect(split).toBeGreaterThan(0);
    await db.exec(`
      insert into organisations (id, code, name) values
        ('00000000-0000-4000-8000-00000000000d', 'DEFENSIE', 'Ministerie van Defensie'),
        ('00000000-0000-4000-8000-00000000000e', 'POLITIE', 'Nationale Politie');
      insert into users (id, name, email, organisation_id) values
        ('00000000-0000-4000-8000-0000000000a1', 'Sanne', 'sanne@example.test', '00000000-0000-4000-8000-00000000000e');
      insert into working_groups (id, name, theme) values ('00000000-0000-4000-8000-0000000000b1', 'Groep', 'Thema');
      insert into working_group_organisations (group_id, organisation_id) values
        ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000e'),
        ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000000d');
      insert into condition_nodes (id, kind, label_nl, label_en, sort_order) values
        ('1', 'category', 'Willen', 'Willingness', 1),
        ('1.1.a', 'indicator', 'Commitment', 'Commitment', 2),
        ('2.3.c', 'indicator', 'Capaciteit', 'Capacity', 3);
      insert into condition_assessments (id, group_id, assessed_on, created_by) values
        ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-0000000000b1', '2026-02-01', '00000000-0000-4000-8000-0000000000a1'),
        ('00000000-0000-4000-8000-0000000000c2', '00000000-0000-4000-8000-0000000000b1', '2026-03-01', null);
      insert into condition_assessment_scores (assessment_id, condition_id, score, evidence) values
        ('00000000-0000-4000-8000-0000000000c1', '1.1.a', 4, 'Beide kanten willen'),
        ('00000000-0000-4000-8000-0000000000c1', '2.3.c', null, ''),
        ('00000000-0000-4000-8000-0000000000c2', '1.1.a', 2, '');
    `);
    for (const tag of tags.slice(split)) await apply(tag);

    const scores = await db.query<{ assessment_id: string; condition_id: string; score: number | null; code: string }>(`
      select s.assessment_id, s.condition_id, s.score, o.code from condition_assessment_scores s
      join organisations o on o.id = s.organisation_id order by s.assessment_id, s.condition_id`);
    expect(scores.rows.map((r) => [r.assessment_id.slice(-2), r.condition_id, r.score, r.code])).toEqual([
      ['c1', '1.1.a', 4, 'POLITIE'],
      ['c1', '2.3.c', null, 'POLITIE'],
      ['c2', '1.1.a', 2, 'DEFENSIE'],
    ]);
    const contributions = await db.query<{ assessment_id: string; code: string; scored_by: string | null }>(`
      select c.assessment_id, o.code, c.scored_by from condition_assessment_contributions c
      join organisations o on o.id = c.organisation_id order by c.assessment_id`);
    expect(contributions.rows.map((r) => [r.assessment_id.slice(-2), r.code, r.scored_by?.slice(-2) ?? null])).toEqual([
      ['c1', 'POLITIE', 'a1'],
      ['c2', 'DEFENSIE', null],
    ]);
    // The other organisation can now add its own score for the same indicator in the same round.
    await db.exec(`insert into condition_assessment_scores (assessment_id, organisation_id, condition_id, score)
      values ('00000000-0000-4000-8000-0000000000c1', '00000000-0000-4000-8000-00000000000d', '1.1.a', 2)`);
  });
});
