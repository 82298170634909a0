import { listConditionNodes, listCooperationLevels, listLegalBases } from '@srw/db';
import type { ServiceContext } from '../../context';

/** Reference data is public to every signed-in user. */
export async function readCooperationLevels(ctx: ServiceContext) {
  return listCooperationLevels(ctx.db);
}

export async function readConditionNodes(ctx: ServiceContext) {
  return listConditionNodes(ctx.db);
}

export async function readLegalBases(ctx: ServiceContext) {
  return listLegalBases(ctx.db);
}
