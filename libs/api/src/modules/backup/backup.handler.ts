import { createHash, timingSafeEqual } from 'node:crypto';
import { isDomainError } from '@srw/domain';
import { createContext } from '../../context';
import { isSameOriginRequest } from '../../http/origin-check';
import { getRuntime } from '../../runtime';
import { downloadBackup, takeBackup } from './backup.service';

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function plain(status: number, code: string): Response {
  return new Response(code, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * GET /api/beheer/backup: the whole workspace as a backup file, for a
 * signed-in admin, or for `npm run db:backup` with `Authorization: Bearer
 * <BACKUP_TOKEN>`. The running app reads its own database, so the embedded
 * data folder is never opened by a second process.
 */
export async function handleBackupDownload(req: Request): Promise<Response> {
  const runtime = await getRuntime();
  const ctx = await createContext({
    headers: req.headers,
    resHeaders: new Headers(),
    db: runtime.handle.db,
    auth: runtime.auth,
    classificationCeiling: runtime.config.classificationCeiling,
    appUrl: runtime.config.appUrl,
    trustedProxyHops: runtime.config.trustedProxyHops,
    security: runtime.config,
  });
  const bearer = req.headers.get('authorization')?.match(/^Bearer (.+)$/)?.[1];
  try {
    let backup;
    if (bearer !== undefined) {
      const token = runtime.config.backupToken;
      if (!token || !sameSecret(bearer, token)) return plain(401, 'UNAUTHENTICATED');
      backup = await takeBackup(ctx, {
        takenBy: null,
        method: 'cli-http',
        migrationsDir: runtime.config.migrationsDir,
      });
    } else {
      if (!ctx.user) return plain(401, 'UNAUTHENTICATED');
      // Taking a backup is recorded and audited: a link on another site must not start one in an
      // admin's browser. Our own download button (same-origin) and a typed address ('none') may.
      if (req.headers.get('sec-fetch-site') !== 'none' && !isSameOriginRequest(req.headers, runtime.config.appUrl)) {
        return plain(403, 'CROSS_ORIGIN_REQUEST');
      }
      backup = await downloadBackup(ctx, ctx.user, runtime.config.migrationsDir);
    }
    return new Response(new Uint8Array(backup.data), {
      headers: {
        'content-type': 'application/gzip',
        'content-length': String(backup.sizeBytes),
        'content-disposition': `attachment; filename="${backup.fileName}"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (isDomainError(error) && error.kind === 'FORBIDDEN') return plain(403, error.code);
    throw error;
  }
}
