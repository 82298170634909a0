import { listOrganisations } from '@srw/db';
import type { ServiceContext } from '../../context';

/** Every signed-in user may see the organisations (they appear on every page). */
export async function listAllOrganisations(ctx: ServiceContext) {
  return listOrganisations(ctx.db);
}
