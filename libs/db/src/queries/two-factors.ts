import { eq } from 'drizzle-orm';
import type { Executor } from '../client';
import { twoFactors, users } from '../schema';

/**
 * Removes an account's second factor (admin reset): the TOTP key and recovery
 * codes go, and the account counts as not enrolled. True when it had one.
 */
export async function deleteTwoFactorOfUser(db: Executor, userId: string): Promise<boolean> {
  const deleted = await db.delete(twoFactors).where(eq(twoFactors.userId, userId)).returning({ id: twoFactors.id });
  const updated = await db
    .update(users)
    .set({ twoFactorEnabled: false, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  return deleted.length > 0 && updated.length > 0;
}

/** A confirmed second factor with an already encrypted key and recovery codes (the demo accounts). */
export async function insertConfirmedTwoFactor(
  db: Executor,
  values: { userId: string; encryptedSecret: string; encryptedBackupCodes: string },
) {
  await db.insert(twoFactors).values({
    userId: values.userId,
    secret: values.encryptedSecret,
    backupCodes: values.encryptedBackupCodes,
    verified: true,
  });
  await db.update(users).set({ twoFactorEnabled: true }).where(eq(users.id, values.userId));
}

/** Whether enrolment has started but not been confirmed (a row with `verified` false). */
export async function findTwoFactorState(db: Executor, userId: string): Promise<{ verified: boolean } | null> {
  const [row] = await db
    .select({ verified: twoFactors.verified })
    .from(twoFactors)
    .where(eq(twoFactors.userId, userId))
    .limit(1);
  return row ?? null;
}
