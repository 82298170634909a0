import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { assistanceConditions, conditionNodes, cooperationLevels, legalBases, organisations } from '../schema';
import conditionsFramework from './data/conditions-framework.json';
import legalFrameworks from './data/legal-frameworks.json';

/**
 * Loads the reference data the product ships with (copied from the domain
 * brief into this repository). Idempotent: codes are stable keys, so running it
 * again updates labels and adds what is missing without touching user edits to
 * the legal-basis catalogue.
 */
/**
 * Loads the reference data idempotently (every server start runs it): one
 * statement per table in one transaction, and a row is only rewritten when its
 * labels changed, so a start on an unchanged database writes nothing and commits
 * once (on PGlite each commit is a write to the data folder).
 */
export async function seedReferenceData(db: Executor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(organisations)
      .values(legalFrameworks.organisations.map((org) => ({ code: org.code, name: org.name })))
      .onConflictDoNothing({ target: organisations.code });
    const parents = legalFrameworks.organisations.flatMap((org) =>
      'partOf' in org && org.partOf ? [sql`(${org.code}, ${org.partOf})`] : [],
    );
    if (parents.length > 0) {
      await tx.execute(sql`
        update ${organisations} as child set parent_id = parent.id
        from ${organisations} as parent, (values ${sql.join(parents, sql`, `)}) as link(child_code, parent_code)
        where child.code = link.child_code and parent.code = link.parent_code
          and child.parent_id is distinct from parent.id`);
    }

    await tx
      .insert(cooperationLevels)
      .values(
        legalFrameworks.cooperationLevels.map((level, index) => ({
          code: level.code,
          labelNl: level.nl,
          labelEn: level.en,
          note: level.note ?? '',
          sortOrder: index,
        })),
      )
      .onConflictDoUpdate({
        target: cooperationLevels.code,
        set: {
          labelNl: sql`excluded.label_nl`,
          labelEn: sql`excluded.label_en`,
          note: sql`excluded.note`,
          sortOrder: sql`excluded.sort_order`,
        },
        setWhere: sql`(${cooperationLevels.labelNl}, ${cooperationLevels.labelEn}, ${cooperationLevels.note}, ${cooperationLevels.sortOrder})
          is distinct from (excluded.label_nl, excluded.label_en, excluded.note, excluded.sort_order)`,
      });

    await tx
      .insert(assistanceConditions)
      .values(
        legalFrameworks.conditionsForAssistance.map((condition, index) => ({
          code: condition.code,
          labelNl: condition.nl,
          labelEn: condition.en,
          sortOrder: index,
        })),
      )
      .onConflictDoUpdate({
        target: assistanceConditions.code,
        set: { labelNl: sql`excluded.label_nl`, labelEn: sql`excluded.label_en`, sortOrder: sql`excluded.sort_order` },
        setWhere: sql`(${assistanceConditions.labelNl}, ${assistanceConditions.labelEn}, ${assistanceConditions.sortOrder})
          is distinct from (excluded.label_nl, excluded.label_en, excluded.sort_order)`,
      });

    await tx
      .insert(conditionNodes)
      .values(flattenConditions())
      .onConflictDoUpdate({
        target: conditionNodes.id,
        set: {
          parentId: sql`excluded.parent_id`,
          kind: sql`excluded.kind`,
          labelNl: sql`excluded.label_nl`,
          labelEn: sql`excluded.label_en`,
          inductive: sql`excluded.inductive`,
          sortOrder: sql`excluded.sort_order`,
        },
        setWhere: sql`(${conditionNodes.parentId}, ${conditionNodes.kind}, ${conditionNodes.labelNl}, ${conditionNodes.labelEn},
            ${conditionNodes.inductive}, ${conditionNodes.sortOrder})
          is distinct from (excluded.parent_id, excluded.kind, excluded.label_nl, excluded.label_en, excluded.inductive,
            excluded.sort_order)`,
      });

    await tx
      .insert(legalBases)
      .values(legalFrameworks.legalBases.map((basis) => ({ code: basis.code, title: basis.title, note: basis.note })))
      .onConflictDoNothing({ target: legalBases.code });
  });
}

type ConditionNode = typeof conditionNodes.$inferInsert & { kind: 'category' | 'sub_variable' | 'indicator' };

interface IndicatorJson {
  id: string;
  nl: string;
  en: string;
  inductive?: boolean;
}
interface SubVariableJson {
  id: string;
  nl: string;
  en: string;
  inductive?: boolean;
  indicators?: IndicatorJson[];
}
interface CategoryJson {
  id: string;
  nl: string;
  en: string;
  subVariables?: SubVariableJson[];
}

export function flattenConditions(): ConditionNode[] {
  const nodes: ConditionNode[] = [];
  let order = 0;
  for (const category of conditionsFramework.categories as CategoryJson[]) {
    nodes.push({
      id: category.id,
      parentId: null,
      kind: 'category',
      labelNl: category.nl,
      labelEn: category.en,
      inductive: false,
      sortOrder: order++,
    });
    for (const sub of category.subVariables ?? []) {
      nodes.push({
        id: sub.id,
        parentId: category.id,
        kind: 'sub_variable',
        labelNl: sub.nl,
        labelEn: sub.en,
        inductive: sub.inductive ?? false,
        sortOrder: order++,
      });
      for (const indicator of sub.indicators ?? []) {
        nodes.push({
          id: indicator.id,
          parentId: sub.id,
          kind: 'indicator',
          labelNl: indicator.nl,
          labelEn: indicator.en,
          inductive: indicator.inductive ?? false,
          sortOrder: order++,
        });
      }
    }
  }
  return nodes;
}

export async function countReferenceRows(db: Executor) {
  const [row] = await db
    .select({
      organisations: sql<number>`(select count(*)::int from ${organisations})`,
      cooperationLevels: sql<number>`(select count(*)::int from ${cooperationLevels})`,
      conditionNodes: sql<number>`(select count(*)::int from ${conditionNodes})`,
      legalBases: sql<number>`(select count(*)::int from ${legalBases})`,
      assistanceConditions: sql<number>`(select count(*)::int from ${assistanceConditions})`,
    })
    .from(sql`(select 1) as one`);
  return row;
}
