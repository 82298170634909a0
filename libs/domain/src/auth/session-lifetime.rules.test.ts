import { describe, expect, it } from 'vitest';
import { evaluateSessionLifetime, touchIntervalMinutes } from './session-lifetime.rules';

const now = new Date('2026-12-06T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
const policy = { idleMinutes: 60, maxHours: 12 };

describe('evaluateSessionLifetime', () => {
  it('keeps a session used a minute ago without writing its last use again', () => {
    expect(evaluateSessionLifetime({ createdAt: minutesAgo(30), lastActiveAt: minutesAgo(1) }, now, policy)).toEqual({
      state: 'active',
      touch: false,
    });
  });

  it('writes the last use once the touch interval has passed', () => {
    expect(evaluateSessionLifetime({ createdAt: minutesAgo(30), lastActiveAt: minutesAgo(5) }, now, policy)).toEqual({
      state: 'active',
      touch: true,
    });
  });

  it('ends a session idle for the idle timeout', () => {
    expect(evaluateSessionLifetime({ createdAt: minutesAgo(90), lastActiveAt: minutesAgo(60) }, now, policy)).toEqual({
      state: 'expired',
      reason: 'idle',
    });
    expect(
      evaluateSessionLifetime({ createdAt: minutesAgo(90), lastActiveAt: minutesAgo(59) }, now, policy).state,
    ).toBe('active');
  });

  it('ends a session at its absolute lifetime however recently it was used', () => {
    expect(evaluateSessionLifetime({ createdAt: minutesAgo(12 * 60), lastActiveAt: now }, now, policy)).toEqual({
      state: 'expired',
      reason: 'absolute',
    });
    expect(evaluateSessionLifetime({ createdAt: minutesAgo(12 * 60 - 1), lastActiveAt: now }, now, policy).state).toBe(
      'active',
    );
  });
});

describe('touchIntervalMinutes', () => {
  it('is a tenth of the idle timeout, between one and five minutes', () => {
    expect(touchIntervalMinutes({ idleMinutes: 60, maxHours: 12 })).toBe(5);
    expect(touchIntervalMinutes({ idleMinutes: 30, maxHours: 12 })).toBe(3);
    expect(touchIntervalMinutes({ idleMinutes: 5, maxHours: 12 })).toBe(1);
  });
});
