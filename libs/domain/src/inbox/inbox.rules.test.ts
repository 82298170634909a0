import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/roles';
import {
  expiringAccessOf,
  inboxGroupIds,
  inboxItem,
  mustConsentFor,
  readsGroupRecord,
  recommendationDueReason,
  reviewDateReason,
  sortInboxItems,
} from './inbox.rules';

const today = '2026-12-06';
const politie = 'org-politie';
const member: Actor = { userId: 'u1', organisationId: politie, globalRole: 'member' };
const management: Actor = { userId: 'u2', organisationId: politie, globalRole: 'management' };

describe('recommendationDueReason', () => {
  it('is overdue before today, due soon up to 14 days ahead, else nothing', () => {
    expect(recommendationDueReason({ dueDate: '2026-12-05', status: 'in_uitvoering' }, today)).toBe(
      'recommendation_overdue',
    );
    expect(recommendationDueReason({ dueDate: today, status: 'aanvaard' }, today)).toBe('recommendation_due_soon');
    expect(recommendationDueReason({ dueDate: '2026-12-20', status: 'aanvaard' }, today)).toBe(
      'recommendation_due_soon',
    );
    expect(recommendationDueReason({ dueDate: '2026-12-21', status: 'aanvaard' }, today)).toBeNull();
    expect(recommendationDueReason({ dueDate: null, status: 'aanvaard' }, today)).toBeNull();
  });
  it('ignores closed recommendations', () => {
    expect(recommendationDueReason({ dueDate: '2026-01-01', status: 'uitgevoerd' }, today)).toBeNull();
  });
});

describe('reviewDateReason', () => {
  it('is passed before today and soon within 30 days', () => {
    expect(reviewDateReason('2026-12-05', today)).toBe('review_date_passed');
    expect(reviewDateReason('2027-01-05', today)).toBe('review_date_soon');
    expect(reviewDateReason('2027-01-06', today)).toBeNull();
    expect(reviewDateReason(null, today)).toBeNull();
  });
});

describe('expiringAccessOf', () => {
  it('flags a required clearance and system access expiring within 60 days (or expired)', () => {
    const found = expiringAccessOf(
      {
        clearanceLevel: 'B',
        clearanceExpiresOn: '2027-02-04',
        accessGrants: [
          { system: 'BVH', expiresOn: '2026-11-01' },
          { system: 'Later', expiresOn: '2027-02-05' },
          { system: 'Nooit', expiresOn: null },
        ],
      },
      today,
    );
    expect(found).toEqual([
      { kind: 'clearance', system: null, expiresOn: '2027-02-04' },
      { kind: 'access', system: 'BVH', expiresOn: '2026-11-01' },
    ]);
  });
  it('ignores a clearance date when no clearance is required', () => {
    expect(expiringAccessOf({ clearanceLevel: 'geen', clearanceExpiresOn: today, accessGrants: [] }, today)).toEqual(
      [],
    );
  });
});

describe('who must act', () => {
  it('asks a working member or the management of the organisation for consent, never the proposer', () => {
    expect(mustConsentFor(member, 'member', politie, 'someone-else')).toBe(true);
    expect(mustConsentFor(member, 'observer', politie, 'someone-else')).toBe(false);
    expect(mustConsentFor(member, 'member', 'org-defensie', 'someone-else')).toBe(false);
    expect(mustConsentFor(member, 'member', politie, member.userId)).toBe(false);
    expect(mustConsentFor(management, null, politie, 'someone-else')).toBe(true);
  });
  it("takes only working, active groups as the person's own", () => {
    expect(
      inboxGroupIds([
        { id: 'a', myRole: 'chair', status: 'actief' },
        { id: 'b', myRole: 'observer', status: 'actief' },
        { id: 'c', myRole: 'member', status: 'gearchiveerd' },
      ]),
    ).toEqual(['a']);
  });
  it('reads a group record only as member, management or admin; an ungrouped one always', () => {
    expect(readsGroupRecord(member, 'g', null)).toBe(false);
    expect(readsGroupRecord(member, 'g', 'observer')).toBe(true);
    expect(readsGroupRecord(management, 'g', null)).toBe(true);
    expect(readsGroupRecord(member, null, null)).toBe(true);
  });
});

describe('inbox items', () => {
  const base = { kind: 'decision', params: {}, title: 't', groupId: null, href: '/x' } as const;
  it('have a stable key and know whether they need action', () => {
    const item = inboxItem({ ...base, recordId: 'r1', reason: 'decision_sign_off', since: '2026-01-01' });
    expect(item.key).toBe('decision_sign_off:r1');
    expect(item.needsAction).toBe(true);
    expect(inboxItem({ ...base, recordId: 'r1', reason: 'open_question', since: '2026-01-01' }).needsAction).toBe(
      false,
    );
  });
  it('sort action items first, then the longest waiting', () => {
    const a = inboxItem({ ...base, recordId: 'a', reason: 'open_question', since: '2025-01-01' });
    const b = inboxItem({ ...base, recordId: 'b', reason: 'decision_sign_off', since: '2026-06-01' });
    const c = inboxItem({ ...base, recordId: 'c', reason: 'decision_sign_off', since: '2026-01-01' });
    expect(sortInboxItems([a, b, c]).map((i) => i.recordId)).toEqual(['c', 'b', 'a']);
  });
});
