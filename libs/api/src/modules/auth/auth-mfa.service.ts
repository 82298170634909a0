import {
  clearLoginFailures,
  findSecondFactorProofState,
  findTwoFactorState,
  findUser,
  findVerificationValue,
  markLoginAttemptSucceeded,
  markSessionSecondFactorVerified,
} from '@srw/db';
import {
  authErrors,
  DomainError,
  mfaErrors,
  secondFactorProof,
  type ConfirmTotpInput,
  type MfaProofInput,
  type MfaRequirement,
  type SecondFactorCodeInput,
  type SecondFactorProof,
} from '@srw/domain';
import { toString as qrCodeSvg } from 'qrcode';
import { randomUUID } from 'node:crypto';
import { recordAudit } from '../../audit-log';
import { TOTP_ISSUER } from '../../auth';
import type { Context, SessionState } from '../../context';
import {
  auditSignInRefusal,
  authHeaders,
  claimSignInAttempt,
  copySetCookies,
  isAuthRefusal,
} from './auth-session.service';

type SessionContext = Context & { session: SessionState };

/** better-auth's error code on a refusal (`APIError.body.code`), e.g. `INVALID_CODE`. */
function refusalCode(error: unknown): string | null {
  const code = (error as { body?: { code?: unknown } }).body?.code;
  return typeof code === 'string' ? code : null;
}

/** The refusals of the plugin as our codes; anything else is not a refusal and propagates. */
function toSecondFactorError(error: unknown): DomainError {
  switch (refusalCode(error)) {
    case 'INVALID_PASSWORD':
      return new DomainError(mfaErrors.WRONG_PASSWORD, { field: 'password' });
    case 'ACCOUNT_TEMPORARILY_LOCKED':
      return new DomainError(authErrors.TOO_MANY_ATTEMPTS);
    case 'INVALID_TWO_FACTOR_COOKIE':
    case 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE':
      return new DomainError(mfaErrors.SECOND_FACTOR_CHALLENGE_EXPIRED);
    case 'TOTP_ALREADY_ENABLED':
      return new DomainError(mfaErrors.MFA_ALREADY_ENABLED);
    case 'TWO_FACTOR_NOT_ENABLED':
    case 'TOTP_NOT_ENABLED':
    case 'BACKUP_CODES_NOT_ENABLED':
      return new DomainError(mfaErrors.MFA_NOT_ENABLED);
    default:
      return new DomainError(mfaErrors.INVALID_SECOND_FACTOR_CODE, { field: 'code' });
  }
}

/**
 * The code step of a sign-in is a signed cookie naming a verification row that
 * names the user (better-auth's two-factor plugin). We read the user only to
 * throttle per account; the plugin checks the signature itself.
 */
async function pendingSignInUser(ctx: Context) {
  const name = `${ctx.appUrl.startsWith('https://') ? '__Secure-' : ''}srw.two_factor`;
  const cookie = (ctx.headers.get('cookie') ?? '')
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name}=`));
  if (!cookie) return null;
  const signed = decodeURIComponent(cookie.slice(name.length + 1));
  const identifier = signed.slice(0, Math.max(0, signed.lastIndexOf('.')));
  if (!identifier) return null;
  const userId = await findVerificationValue(ctx.db, identifier);
  return userId ? findUser(ctx.db, userId) : null;
}

/**
 * The second step of a password sign-in: a TOTP code or a recovery code (used
 * once). Throttled like the password, per account and address; the plugin also
 * allows 5 codes per challenge and locks the factor after 10 wrong codes in a row.
 */
export async function verifySignInCode(
  ctx: Context,
  input: SecondFactorCodeInput,
  now = new Date(),
): Promise<{ userId: string }> {
  const user = await pendingSignInUser(ctx);
  if (!user || !user.active) throw new DomainError(mfaErrors.SECOND_FACTOR_CHALLENGE_EXPIRED);
  const attemptId = await claimSignInAttempt(ctx, user.email, now);
  if (attemptId === null) {
    await auditSignInRefusal(ctx, {
      action: 'sign_in_throttled',
      attemptId: randomUUID(),
      email: user.email,
      userId: user.id,
    });
    throw new DomainError(authErrors.TOO_MANY_ATTEMPTS);
  }
  try {
    const request = { body: { code: input.code }, headers: authHeaders(ctx, true), returnHeaders: true } as const;
    const { headers } =
      input.kind === 'totp' ? await ctx.auth.api.verifyTOTP(request) : await ctx.auth.api.verifyBackupCode(request);
    copySetCookies(headers, ctx.resHeaders);
  } catch (error) {
    if (!isAuthRefusal(error)) throw error;
    await auditSignInRefusal(ctx, { action: 'sign_in_failed', attemptId, email: user.email, userId: user.id });
    throw toSecondFactorError(error);
  }
  await ctx.db.transaction(async (tx) => {
    await markLoginAttemptSucceeded(tx, attemptId);
    await clearLoginFailures(tx, user.email);
    await recordAudit(tx, ctx, { actorId: user.id, action: 'sign_in', entityType: 'user', entityId: user.id });
    if (input.kind === 'recovery') {
      await recordAudit(tx, ctx, {
        actorId: user.id,
        action: 'recovery_code_used',
        entityType: 'user',
        entityId: user.id,
      });
    }
  });
  return { userId: user.id };
}

export interface MfaStatus {
  mfa: MfaRequirement;
  twoFactorEnabled: boolean;
  /** The role must use a second factor: it cannot be switched off. */
  required: boolean;
  /** How this person proves it is them before enrolling, new recovery codes or switching off. */
  proof: SecondFactorProof;
  /** The provider this session signed in through, for "sign in again" (null: a password session, or gone). */
  provider: { slug: string; label: string } | null;
}

/** The proof this person must give now, and the provider of their session. */
async function proofState(ctx: SessionContext, now: Date) {
  const state = await findSecondFactorProofState(ctx.db, {
    userId: ctx.session.user.userId,
    sessionId: ctx.session.id,
  });
  // The session row is gone (ended meanwhile): nothing proves presence but a new sign-in.
  if (!state) return { proof: 'sign-in-again' as const, provider: null };
  const provider = state.provider?.enabled ? { slug: state.provider.slug, label: state.provider.label } : null;
  const proof = secondFactorProof({
    hasPassword: state.hasPassword,
    signedInThroughProvider: state.provider !== null,
    sessionCreatedAt: state.sessionCreatedAt,
    now,
  });
  return { proof, provider };
}

/**
 * The password of a person who has one (better-auth checks it: with
 * `allowPasswordless` it still requires it then); for a person without one,
 * nothing, but only from a fresh sign-in through their provider.
 */
async function requireProof(ctx: SessionContext, input: MfaProofInput, now: Date): Promise<{ password?: string }> {
  const { proof } = await proofState(ctx, now);
  if (proof === 'sign-in-again') throw new DomainError(mfaErrors.MFA_FRESH_SIGN_IN_REQUIRED);
  if (proof === 'password') {
    if (!input.password) throw new DomainError(mfaErrors.WRONG_PASSWORD, { field: 'password' });
    return { password: input.password };
  }
  return {};
}

export async function mfaStatus(ctx: SessionContext, now = new Date()): Promise<MfaStatus> {
  const { proof, provider } = await proofState(ctx, now);
  return {
    mfa: ctx.session.mfa,
    twoFactorEnabled: ctx.session.twoFactorEnabled,
    required: ctx.session.secondFactorRequired,
    proof,
    provider,
  };
}

export interface EnrolmentStart {
  /** The key to type into an app by hand (base32), and the same as an `otpauth://` address and its QR code. */
  secret: string;
  uri: string;
  qrSvg: string;
  /** Shown once, after the first code is confirmed; only their encrypted form is stored. */
  recoveryCodes: string[];
}

/** Claims an attempt for a step that checks the password or a code of a signed-in person. */
async function claimAttempt(ctx: SessionContext, now: Date): Promise<string> {
  const attemptId = await claimSignInAttempt(ctx, ctx.session.user.email, now);
  if (attemptId === null) throw new DomainError(authErrors.TOO_MANY_ATTEMPTS);
  return attemptId;
}

/** Runs a password or code check by better-auth, counting a refusal as a failed attempt. */
async function checked<T>(ctx: SessionContext, now: Date, call: () => Promise<T>): Promise<T> {
  const attemptId = await claimAttempt(ctx, now);
  try {
    const result = await call();
    await markLoginAttemptSucceeded(ctx.db, attemptId);
    return result;
  } catch (error) {
    if (!isAuthRefusal(error)) throw error;
    throw toSecondFactorError(error);
  }
}

/** Starts (or restarts, while unconfirmed) enrolment: a new key, its QR code and recovery codes. */
export async function startEnrolment(
  ctx: SessionContext,
  input: MfaProofInput,
  now = new Date(),
): Promise<EnrolmentStart> {
  if (ctx.session.twoFactorEnabled) throw new DomainError(mfaErrors.MFA_ALREADY_ENABLED);
  const proof = await requireProof(ctx, input, now);
  const started = await checked(ctx, now, () =>
    ctx.auth.api.enableTwoFactor({
      body: { ...proof, issuer: TOTP_ISSUER, method: 'totp' },
      headers: authHeaders(ctx, true),
    }),
  );
  if (!('totpURI' in started) || !started.totpURI || !started.backupCodes) {
    throw new DomainError(mfaErrors.MFA_NOT_ENABLED);
  }
  const secret = new URL(started.totpURI).searchParams.get('secret') ?? '';
  const qrSvg = await qrCodeSvg(started.totpURI, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { secret, uri: started.totpURI, qrSvg, recoveryCodes: started.backupCodes };
}

/**
 * Confirms a TOTP code for this session. During enrolment it switches the
 * second factor on (better-auth replaces the session with one that gave it);
 * for a session that never gave the account's factor ("verify") it marks this
 * session as having given it.
 */
export async function confirmSecondFactor(
  ctx: SessionContext,
  input: ConfirmTotpInput,
  now = new Date(),
): Promise<{ enrolled: boolean }> {
  const enrolling = !ctx.session.twoFactorEnabled;
  if (enrolling && !(await findTwoFactorState(ctx.db, ctx.session.user.userId))) {
    throw new DomainError(mfaErrors.MFA_NOT_ENABLED);
  }
  const { headers } = await checked(ctx, now, () =>
    ctx.auth.api.verifyTOTP({ body: { code: input.code }, headers: authHeaders(ctx, true), returnHeaders: true }),
  );
  copySetCookies(headers, ctx.resHeaders);
  const userId = ctx.session.user.userId;
  await ctx.db.transaction(async (tx) => {
    await clearLoginFailures(tx, ctx.session.user.email);
    if (!enrolling) await markSessionSecondFactorVerified(tx, ctx.session.id);
    await recordAudit(tx, ctx, {
      actorId: userId,
      action: enrolling ? 'mfa_enrolled' : 'sign_in',
      entityType: 'user',
      entityId: userId,
    });
  });
  return { enrolled: enrolling };
}

/** New recovery codes (the old ones stop working), after the password or a fresh provider sign-in. */
export async function regenerateRecoveryCodes(
  ctx: SessionContext,
  input: MfaProofInput,
  now = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  if (!ctx.session.twoFactorEnabled) throw new DomainError(mfaErrors.MFA_NOT_ENABLED);
  const proof = await requireProof(ctx, input, now);
  const result = await checked(ctx, now, () =>
    ctx.auth.api.generateBackupCodes({ body: proof, headers: authHeaders(ctx, true) }),
  );
  await recordAudit(ctx.db, ctx, {
    actorId: ctx.session.user.userId,
    action: 'mfa_recovery_codes_regenerated',
    entityType: 'user',
    entityId: ctx.session.user.userId,
  });
  return { recoveryCodes: result.backupCodes };
}

/** Switches the second factor off, after the password or a fresh provider sign-in; not for a role that must use one. */
export async function disableSecondFactor(
  ctx: SessionContext,
  input: MfaProofInput,
  now = new Date(),
): Promise<{ ok: true }> {
  if (ctx.session.secondFactorRequired) throw new DomainError(mfaErrors.MFA_REQUIRED_FOR_ROLE);
  if (!ctx.session.twoFactorEnabled) throw new DomainError(mfaErrors.MFA_NOT_ENABLED);
  const proof = await requireProof(ctx, input, now);
  const { headers } = await checked(ctx, now, () =>
    ctx.auth.api.disableTwoFactor({
      body: proof,
      headers: authHeaders(ctx, true),
      returnHeaders: true,
    }),
  );
  copySetCookies(headers, ctx.resHeaders);
  await recordAudit(ctx.db, ctx, {
    actorId: ctx.session.user.userId,
    action: 'mfa_disabled',
    entityType: 'user',
    entityId: ctx.session.user.userId,
  });
  return { ok: true };
}
