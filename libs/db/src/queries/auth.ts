import { and, eq, gt, lt } from 'drizzle-orm';
import type { Executor } from '../client';
import { loginAttempts } from '../schema';

export async function recordLoginAttempt(
  db: Executor,
  attempt: { email: string; ip: string; succeeded: boolean; at?: Date },
) {
  await db.insert(loginAttempts).values({
    email: attempt.email,
    ip: attempt.ip,
    succeeded: attempt.succeeded,
    attemptedAt: attempt.at ?? new Date(),
  });
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
