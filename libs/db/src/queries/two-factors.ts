import { and, eq, isNotNull } from 'drizzle-orm';
import type { Executor } from '../client';
import { accounts, identityProviders, sessions, twoFactors, users } from '../schema';

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

/**
 * What decides how a person proves it is them before managing the second
 * factor (`secondFactorProof`): whether they have a password here, and when and
 * through which provider (slug and label, for "sign in again") this session began.
 */
export async function findSecondFactorProofState(
  db: Executor,
  params: { userId: string; sessionId: string },
): Promise<{
  hasPassword: boolean;
  sessionCreatedAt: Date;
  provider: { slug: string; label: string; enabled: boolean } | null;
} | null> {
  const [session] = await db
    .select({
      createdAt: sessions.createdAt,
      providerSlug: identityProviders.slug,
      providerLabel: identityProviders.label,
      providerEnabled: identityProviders.enabled,
    })
    .from(sessions)
    .leftJoin(identityProviders, eq(identityProviders.id, sessions.identityProviderId))
    .where(and(eq(sessions.id, params.sessionId), eq(sessions.userId, params.userId)))
    .limit(1);
  if (!session) return null;
  const [credential] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.userId, params.userId), eq(accounts.providerId, 'credential'), isNotNull(accounts.password)))
    .limit(1);
  return {
    hasPassword: credential !== undefined,
    sessionCreatedAt: session.createdAt,
    provider:
      session.providerSlug !== null && session.providerLabel !== null && session.providerEnabled !== null
        ? { slug: session.providerSlug, label: session.providerLabel, enabled: session.providerEnabled }
        : null,
  };
}
