import { describe, expect, it } from 'vitest';
import { defaultLoginThrottlePolicy, evaluateLoginThrottle } from './auth.rules';

const now = new Date('2026-11-28T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const times = (count: number, minutes: number) => Array.from({ length: count }, () => minutesAgo(minutes));

describe('login throttle', () => {
  it('allows sign-in below the account limit', () => {
    expect(evaluateLoginThrottle({ accountFailures: times(4, 1), ipFailures: [] }, now)).toEqual({ allowed: true });
  });

  it('blocks the account after five failures within fifteen minutes, until the fifth-latest leaves the window', () => {
    const failures = [minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4), minutesAgo(10)];
    const decision = evaluateLoginThrottle({ accountFailures: failures, ipFailures: [] }, now);
    expect(decision).toEqual({ allowed: false, retryAt: new Date(minutesAgo(10).getTime() + 15 * 60_000) });
  });

  it('ignores failures older than the window', () => {
    const failures = [...times(4, 1), minutesAgo(15), minutesAgo(16)];
    expect(evaluateLoginThrottle({ accountFailures: failures, ipFailures: [] }, now).allowed).toBe(true);
  });

  it('blocks an address after twenty failures across accounts', () => {
    expect(evaluateLoginThrottle({ accountFailures: [], ipFailures: times(19, 2) }, now).allowed).toBe(true);
    const decision = evaluateLoginThrottle({ accountFailures: [], ipFailures: times(20, 2) }, now);
    expect(decision.allowed).toBe(false);
  });

  it('takes the later release time when both limits are hit', () => {
    const decision = evaluateLoginThrottle({ accountFailures: times(5, 14), ipFailures: times(20, 2) }, now);
    expect(decision).toEqual({
      allowed: false,
      retryAt: new Date(minutesAgo(2).getTime() + defaultLoginThrottlePolicy.windowMs),
    });
  });
});
