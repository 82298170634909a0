import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDomainError } from '@srw/domain';
import { repoRoot } from './paths';

/**
 * The Dutch text of a domain error, from the same message file the app uses,
 * filled with its parameters: `db:backup` and `db:restore` say what the admin
 * page would say.
 */
export function describeError(error: unknown): string {
  if (!isDomainError(error)) return error instanceof Error ? error.message : String(error);
  const file = path.join(repoRoot, 'apps', 'web', 'messages', 'nl', 'common.json');
  const errors = (JSON.parse(readFileSync(file, 'utf8')) as { errors: Record<string, string> }).errors;
  const text = errors[error.code] ?? error.code;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => String(error.params[name] ?? whole));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
