import { listIdentityProviders } from '@srw/db';
import { assertCanManageIdentityProviders, type Actor } from '@srw/domain';
import type { Context } from '../../context';

/**
 * The providers as the admin page lists them: every setting except the client
 * secret (write-only), with the redirect URI to register at the provider.
 */
export async function listProviders(ctx: Pick<Context, 'db' | 'appUrl'>, actor: Actor) {
  assertCanManageIdentityProviders(actor);
  const rows = await listIdentityProviders(ctx.db);
  return rows.map((row) => ({ ...row, redirectUri: `${ctx.appUrl}/api/auth/callback/${row.slug}` }));
}
