import { closeSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * PGlite corrupts a data folder that two processes write to, silently. Every
 * process that opens an embedded data folder first takes this lock: a lock
 * file beside the folder naming the holder. A live holder refuses the newcomer;
 * the lock of a dead process is taken over.
 */
export interface DataDirLockInfo {
  pid: number;
  hostname: string;
  command: string;
  acquiredAt: string;
}

export class DataDirLockedError extends Error {
  readonly holder: DataDirLockInfo;
  readonly dataDir: string;

  constructor(dataDir: string, holder: DataDirLockInfo) {
    super(
      `De ingebedde database in "${dataDir}" is in gebruik door proces ${holder.pid} ` +
        `(${holder.command}, sinds ${holder.acquiredAt}, op ${holder.hostname}). ` +
        `Stop dat proces eerst, of gebruik een andere map via PGLITE_DATA_DIR. ` +
        `Twee processen tegelijk zouden de database beschadigen.`,
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

export interface DataDirLock {
  lockFile: string;
  release(): void;
}

export function lockFileFor(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  return `${resolved}.lock`;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(lockFile: string): DataDirLockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<DataDirLockInfo>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      hostname: parsed.hostname ?? 'onbekend',
      command: parsed.command ?? 'onbekend',
      acquiredAt: parsed.acquiredAt ?? 'onbekend',
    };
  } catch {
    return null;
  }
}

function tryCreate(lockFile: string, info: DataDirLockInfo): boolean {
  try {
    const fd = openSync(lockFile, 'wx');
    try {
      writeSync(fd, JSON.stringify(info));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

export function acquireDataDirLock(dataDir: string, command = describeCommand()): DataDirLock {
  const resolved = path.resolve(dataDir);
  mkdirSync(path.dirname(resolved), { recursive: true });
  const lockFile = lockFileFor(resolved);
  const info: DataDirLockInfo = {
    pid: process.pid,
    hostname: hostname(),
    command,
    acquiredAt: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockFile, info)) return makeLock(lockFile);
    const holder = readLock(lockFile);
    if (holder && holder.pid === process.pid && holder.hostname === info.hostname) {
      throw new DataDirLockedError(resolved, holder);
    }
    // A holder on another host cannot be checked: treat it as alive.
    if (holder && (holder.hostname !== info.hostname || isProcessAlive(holder.pid))) {
      throw new DataDirLockedError(resolved, holder);
    }
    // Stale (dead holder) or unreadable (a writer died mid-write): move it aside.
    // Only one racer's rename succeeds; the others retry and meet the winner's lock.
    try {
      renameSync(lockFile, `${lockFile}.stale-${process.pid}-${attempt}`);
      unlinkSync(`${lockFile}.stale-${process.pid}-${attempt}`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const holder = readLock(lockFile);
  throw new DataDirLockedError(
    resolved,
    holder ?? { pid: -1, hostname: 'onbekend', command: 'onbekend', acquiredAt: 'onbekend' },
  );
}

function makeLock(lockFile: string): DataDirLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const holder = readLock(lockFile);
    if (holder && holder.pid === process.pid) {
      try {
        unlinkSync(lockFile);
      } catch {
        // Already gone: nothing to release.
      }
    }
  };
  process.on('exit', release);
  return { lockFile, release };
}

function describeCommand(): string {
  const script = process.argv[1] ? path.basename(process.argv[1]) : 'node';
  // Which npm script this process is (for the lock's "held by" line), not configuration.
  // eslint-disable-next-line no-restricted-properties
  const npmScript = process.env.npm_lifecycle_event;
  return npmScript ? `npm run ${npmScript}` : script;
}
