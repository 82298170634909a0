import { describe, expect, it } from 'vitest';
import { assertDeliveryChange, canChangeDelivery, deliveryValues, nextDeliveryStatuses } from './inject-delivery.rules';
import { injectDeliveryStatuses, setInjectDeliverySchema, type InjectDeliveryStatus } from './inject-delivery.schema';

describe('inject delivery states', () => {
  const allowed = new Set([
    'planned>delivered',
    'planned>delayed',
    'planned>skipped',
    'delayed>delivered',
    'delayed>skipped',
    'delayed>planned',
    'delivered>planned',
    'skipped>planned',
  ]);
  const pairs = injectDeliveryStatuses.flatMap((from) =>
    injectDeliveryStatuses.map((to) => [from, to] as [InjectDeliveryStatus, InjectDeliveryStatus]),
  );
  it.each(pairs)('%s -> %s', (from, to) => {
    const expected = allowed.has(`${from}>${to}`);
    expect(canChangeDelivery(from, to)).toBe(expected);
    expect(nextDeliveryStatuses(from).includes(to)).toBe(expected);
    if (expected) expect(() => assertDeliveryChange(from, to, 'reden')).not.toThrow();
    else
      expect(() => assertDeliveryChange(from, to, 'reden')).toThrow(
        expect.objectContaining({ code: 'INVALID_STATUS_TRANSITION' }),
      );
  });

  it('needs a reason to skip, not to delay or deliver', () => {
    expect(() => assertDeliveryChange('planned', 'skipped', '  ')).toThrow(
      expect.objectContaining({ code: 'SKIP_REASON_REQUIRED', field: 'reason' }),
    );
    expect(() => assertDeliveryChange('planned', 'delayed', '')).not.toThrow();
    expect(() => assertDeliveryChange('planned', 'delivered', '')).not.toThrow();
  });

  it('sets the actual time and who only on delivery, the reason only on skip or delay', () => {
    const now = new Date('2026-10-25T01:15:00Z');
    expect(deliveryValues('delivered', { actorId: 'u1', now, reason: 'x' })).toEqual({
      deliveryStatus: 'delivered',
      deliveredAt: now,
      deliveredBy: 'u1',
      deliveryReason: '',
    });
    expect(deliveryValues('skipped', { actorId: 'u1', now, reason: ' Geen tijd ' })).toEqual({
      deliveryStatus: 'skipped',
      deliveredAt: null,
      deliveredBy: null,
      deliveryReason: 'Geen tijd',
    });
    expect(deliveryValues('planned', { actorId: 'u1', now, reason: 'x' }).deliveredAt).toBeNull();
  });

  it('takes no actual time or person from the client', () => {
    const parsed = setInjectDeliverySchema.parse({
      id: '00000000-0000-4000-8000-000000000001',
      version: 1,
      status: 'delivered',
      deliveredAt: new Date(0),
      deliveredBy: 'someone',
    });
    expect(parsed).not.toHaveProperty('deliveredAt');
    expect(parsed).not.toHaveProperty('deliveredBy');
  });
});
