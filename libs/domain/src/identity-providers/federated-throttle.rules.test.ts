import { describe, expect, it } from 'vitest';
import { defaultFederatedThrottlePolicy, evaluateFederatedThrottle } from './federated-throttle.rules';

const now = new Date('2026-12-06T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const times = (count: number, minutes: number) => Array.from({ length: count }, () => minutesAgo(minutes));

describe('throttle of the sign-in through a provider', () => {
  it('lets an address through below its limit, and stops it at thirty unfinished sign-in steps', () => {
    expect(evaluateFederatedThrottle({ addressFailures: times(29, 1), providerFailures: [] }, now)).toEqual({
      allowed: true,
    });
    expect(evaluateFederatedThrottle({ addressFailures: times(30, 1), providerFailures: [] }, now)).toEqual({
      allowed: false,
      retryAt: new Date(minutesAgo(1).getTime() + 15 * 60_000),
    });
  });

  it('stops a provider at three hundred, whatever the addresses', () => {
    expect(evaluateFederatedThrottle({ addressFailures: [], providerFailures: times(299, 3) }, now).allowed).toBe(true);
    expect(evaluateFederatedThrottle({ addressFailures: [], providerFailures: times(300, 3) }, now).allowed).toBe(
      false,
    );
  });

  it('forgets what left the window', () => {
    const old = [...times(29, 1), minutesAgo(15), minutesAgo(20)];
    expect(evaluateFederatedThrottle({ addressFailures: old, providerFailures: old }, now).allowed).toBe(true);
  });

  it('releases at the later of both limits when both are hit', () => {
    const decision = evaluateFederatedThrottle(
      { addressFailures: times(30, 10), providerFailures: times(300, 2) },
      now,
      defaultFederatedThrottlePolicy,
    );
    expect(decision).toEqual({ allowed: false, retryAt: new Date(minutesAgo(2).getTime() + 15 * 60_000) });
  });
});
