import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { loginAttempts } from '../schema';

/**
 * Serialises sign-in attempts for one account (and one address) until the
 * transaction ends, so counting the failures and claiming a slot cannot race:
 * with 150 parallel wrong passwords, each waits its turn and sees the others.
 */
export async function lockLoginSubjects(tx: Executor, subjects: { email: string; ip: string | null }) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:account:${subjects.email}`}))`);
  if (subjects.ip !== null) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:address:${subjects.ip}`}))`);
  }
}

/** Claims an attempt as a failure before the password is checked; returns its id to settle it later. */
export async function insertPendingLoginAttempt(tx: Executor, attempt: { email: string; ip: string; at: Date }) {
  const [row] = await tx
    .insert(loginAttempts)
    .values({ email: attempt.email, ip: attempt.ip, succeeded: false, attemptedAt: attempt.at })
    .returning({ id: loginAttempts.id });
  if (!row) throw new Error('insert into login_attempts returned no row');
  return row.id;
}

/** The claimed attempt turned out to be the right password. */
export async function markLoginAttemptSucceeded(db: Executor, id: string) {
  await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, id));
}

/** Failed attempts since `since`, per account and per address (none when the address is unknown). */
export async function findRecentLoginFailures(db: Executor, params: { email: string; ip: string | null; since: Date }) {
  const ip = params.ip;
  const [accountRows, ipRows] = await Promise.all([
    db
      .select({ at: loginAttempts.attemptedAt })
      .from(loginAttempts)
      .where(
        and(
          eq(loginAttempts.email, params.email),
          eq(loginAttempts.succeeded, false),
          gt(loginAttempts.attemptedAt, params.since),
        ),
      ),
    ip === null
      ? Promise.resolve([])
      : db
          .select({ at: loginAttempts.attemptedAt })
          .from(loginAttempts)
          .where(
            and(
              eq(loginAttempts.ip, ip),
              eq(loginAttempts.succeeded, false),
              gt(loginAttempts.attemptedAt, params.since),
            ),
          ),
  ]);
  return { accountFailures: accountRows.map((r) => r.at), ipFailures: ipRows.map((r) => r.at) };
}

/** A successful sign-in clears the account's failures, so a user is not locked by their own typos. */
export async function clearLoginFailures(db: Executor, email: string) {
  await db.delete(loginAttempts).where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, false)));
}

export async function pruneLoginAttempts(db: Executor, before: Date) {
  await db.delete(loginAttempts).where(lt(loginAttempts.attemptedAt, before));
}
