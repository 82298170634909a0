import { eq, sql } from 'drizzle-orm';
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
export async function seedReferenceData(db: Executor): Promise<void> {
  for (const org of legalFrameworks.organisations) {
    await db
      .insert(organisations)
      .values({ code: org.code, name: org.name })
      .onConflictDoNothing({ target: organisations.code });
  }
  for (const org of legalFrameworks.organisations) {
    if (!('partOf' in org) || !org.partOf) continue;
    const [parent] = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.code, org.partOf));
    if (parent) await db.update(organisations).set({ parentId: parent.id }).where(eq(organisations.code, org.code));
  }

  for (const [index, level] of legalFrameworks.cooperationLevels.entries()) {
    await db
      .insert(cooperationLevels)
      .values({ code: level.code, labelNl: level.nl, labelEn: level.en, note: level.note ?? '', sortOrder: index })
      .onConflictDoUpdate({
        target: cooperationLevels.code,
        set: { labelNl: level.nl, labelEn: level.en, note: level.note ?? '', sortOrder: index },
      });
  }

  for (const [index, condition] of legalFrameworks.conditionsForAssistance.entries()) {
    await db
      .insert(assistanceConditions)
      .values({ code: condition.code, labelNl: condition.nl, labelEn: condition.en, sortOrder: index })
      .onConflictDoUpdate({
        target: assistanceConditions.code,
        set: { labelNl: condition.nl, labelEn: condition.en, sortOrder: index },
      });
  }

  const nodes = flattenConditions();
  for (const node of nodes) {
    await db
      .insert(conditionNodes)
      .values(node)
      .onConflictDoUpdate({
        target: conditionNodes.id,
        set: {
          parentId: node.parentId,
          kind: node.kind,
          labelNl: node.labelNl,
          labelEn: node.labelEn,
          inductive: node.inductive,
          sortOrder: node.sortOrder,
        },
      });
  }

  for (const basis of legalFrameworks.legalBases) {
    await db
      .insert(legalBases)
      .values({ code: basis.code, title: basis.title, note: basis.note })
      .onConflictDoNothing({ target: legalBases.code });
  }
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
