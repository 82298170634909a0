import { asc, schema } from '@srw/db';
import type { ServiceContext } from '../../context';

/** Reference data is public to every signed-in user. */
export async function listCooperationLevels(ctx: ServiceContext) {
  return ctx.db.select().from(schema.cooperationLevels).orderBy(asc(schema.cooperationLevels.sortOrder));
}

export async function listConditionNodes(ctx: ServiceContext) {
  return ctx.db.select().from(schema.conditionNodes).orderBy(asc(schema.conditionNodes.sortOrder));
}

export async function listLegalBases(ctx: ServiceContext) {
  return ctx.db.select().from(schema.legalBases).orderBy(asc(schema.legalBases.code));
}
