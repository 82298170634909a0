import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError, lockFileFor } from './data-dir-lock';

const lockModule = path.resolve(import.meta.dirname, 'data-dir-lock.ts');
const tsxBin = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');

let tempDir: string;
function freshDir() {
  tempDir = mkdtempSync(path.join(tmpdir(), 'srw-lock-'));
  return path.join(tempDir, 'pglite');
}
afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

/** Runs acquireDataDirLock in a separate Node process and reports what happened. */
function acquireInChild(dataDir: string): { status: number | null; stdout: string } {
  const script = `
    import { acquireDataDirLock } from ${JSON.stringify(lockModule)};
    try { acquireDataDirLock(${JSON.stringify(dataDir)}, 'kindproces'); console.log('ACQUIRED'); }
    catch (e) { console.log('REFUSED ' + e.message); process.exit(3); }
  `;
  const result = spawnSync(tsxBin, ['--eval', script], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

describe('data folder lock', () => {
  it('refuses a second process while the first holds the folder, naming folder and holder', () => {
    const dataDir = freshDir();
    const lock = acquireDataDirLock(dataDir, 'npm start');
    try {
      const child = acquireInChild(dataDir);
      expect(child.status).toBe(3);
      expect(child.stdout).toContain('REFUSED');
      expect(child.stdout).toContain(path.resolve(dataDir));
      expect(child.stdout).toContain(`proces ${process.pid}`);
      expect(child.stdout).toContain('npm start');
    } finally {
      lock.release();
    }
    expect(existsSync(lockFileFor(dataDir))).toBe(false);
  });

  it('refuses a second lock inside the same process too', () => {
    const dataDir = freshDir();
    const lock = acquireDataDirLock(dataDir);
    try {
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    } finally {
      lock.release();
    }
  });

  it('takes over the lock of a process that has died', async () => {
    const dataDir = freshDir();
    // A real pid that is certainly gone: a child that has exited.
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid;
    await new Promise((resolve) => child.on('exit', resolve));
    expect(typeof deadPid).toBe('number');
    writeFileSync(
      lockFileFor(dataDir),
      JSON.stringify({ pid: deadPid, hostname: hostname(), command: 'npm start', acquiredAt: '2026-01-01T00:00:00Z' }),
    );
    const lock = acquireDataDirLock(dataDir, 'overnemer');
    try {
      const info = JSON.parse(readFileSync(lock.lockFile, 'utf8')) as { pid: number; command: string };
      expect(info.pid).toBe(process.pid);
      expect(info.command).toBe('overnemer');
    } finally {
      lock.release();
    }
  });

  it('takes over an unreadable lock file left by a crash mid-write', () => {
    const dataDir = freshDir();
    writeFileSync(lockFileFor(dataDir), '{"pid":');
    const lock = acquireDataDirLock(dataDir);
    expect(JSON.parse(readFileSync(lock.lockFile, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('lets a child take the folder once the holder released it', () => {
    const dataDir = freshDir();
    acquireDataDirLock(dataDir).release();
    const child = acquireInChild(dataDir);
    expect(child.stdout).toContain('ACQUIRED');
    expect(child.status).toBe(0);
  });
});
