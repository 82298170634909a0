import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayInNetherlands, type InboxItem } from '@srw/domain';
import { outcome, type RoleName } from '../../testing';
import { useDecisionsFixture } from '../decisions/decisions.fixture';

const { s, caller, draft, version, propose } = useDecisionsFixture();
const today = todayInNetherlands();

async function inboxOf(role: RoleName): Promise<InboxItem[]> {
  return (await caller(role).inbox.list()).items;
}

function reasonsFor(items: InboxItem[], recordId: string): string[] {
  return items.filter((i) => i.recordId === recordId).map((i) => i.reason);
}

async function proposePlacementAsAdmin(overrides: Record<string, unknown> = {}) {
  return caller('admin').placements.propose({
    person: { kind: 'named', name: `Liaison ${Math.random().toString(36).slice(2, 8)}` },
    homeOrganisationId: s.defensieId,
    homeUnit: 'Staf',
    hostOrganisationId: s.politieId,
    hostUnit: 'Eenheid Oost',
    hostFunction: 'Liaison',
    purpose: 'Elkaars werkwijze leren kennen.',
    learningGoals: '',
    startDate: addDays(today, 10),
    endDate: addMonths(today, 6),
    hoursPerWeek: 16,
    homeContact: '',
    hostContact: '',
    groupId: s.f.groupId,
    classification: 'ONGERUBRICEERD',
    clearanceLevel: 'geen',
    clearanceExpiresOn: null,
    accessGrants: [],
    ...overrides,
  });
}

describe('inbox', () => {
  it('is for signed-in people only', async () => {
    expect(await outcome(() => caller('anonymous').inbox.list())).toBe('UNAUTHORIZED');
    expect(await outcome(() => caller('anonymous').inbox.count())).toBe('UNAUTHORIZED');
  });

  it('shows an open UNCLEAR question to those who work in the group, and to nobody else', async () => {
    const question = await draft({ outcome: 'UNCLEAR', conditions: [] });
    const seen: Record<RoleName, boolean> = {
      anonymous: false,
      outsider: false,
      observer: false,
      member: true,
      chair: true,
      management: false,
      admin: false,
    };
    for (const role of ['outsider', 'observer', 'member', 'chair', 'management', 'admin'] as const) {
      expect(reasonsFor(await inboxOf(role), question.id).includes('open_question'), role).toBe(seen[role]);
    }
  });

  it('asks each concerned organisation for its sign-off, and stops asking once it signed', async () => {
    const decision = await draft();
    await propose(decision.id);
    expect(reasonsFor(await inboxOf('chair'), decision.id)).toContain('decision_sign_off');
    expect(reasonsFor(await inboxOf('member'), decision.id)).toContain('decision_sign_off');
    expect(reasonsFor(await inboxOf('observer'), decision.id)).not.toContain('decision_sign_off');
    expect(reasonsFor(await inboxOf('outsider'), decision.id)).toEqual([]);

    const before = (await caller('chair').inbox.count()).count;
    await caller('chair').decisions.signOff({ id: decision.id, version: await version(decision.id) });
    expect(reasonsFor(await inboxOf('chair'), decision.id)).not.toContain('decision_sign_off');
    expect((await caller('chair').inbox.count()).count).toBe(before - 1);
    expect(reasonsFor(await inboxOf('member'), decision.id)).toContain('decision_sign_off');
  });

  it('asks home and host for consent to a placement, never the proposer or another organisation', async () => {
    const placement = await proposePlacementAsAdmin();
    const expected: Record<Exclude<RoleName, 'anonymous'>, boolean> = {
      chair: true, // Defensie, home, works in the group
      member: true, // Politie, host
      management: true, // Politie's management
      admin: false, // proposed it
      observer: false,
      outsider: false, // Politie, but not in the placement's group
    };
    for (const [role, shown] of Object.entries(expected)) {
      const items = await inboxOf(role as RoleName);
      expect(reasonsFor(items, placement.id).includes('placement_consent'), role).toBe(shown);
    }
    const item = (await inboxOf('member')).find((i) => i.recordId === placement.id);
    expect(item).toMatchObject({ kind: 'placement', href: `/liaisons/${placement.id}`, needsAction: true });
  });

  it('warns about a clearance that expires within 60 days, with the date', async () => {
    const expiresOn = addDays(today, 20);
    const placement = await proposePlacementAsAdmin({ clearanceLevel: 'B', clearanceExpiresOn: expiresOn });
    await caller('chair').placements.consent({
      id: placement.id,
      version: placement.version,
      organisationId: s.defensieId,
    });
    const current = await caller('admin').placements.get({ id: placement.id });
    await caller('member').placements.consent({
      id: placement.id,
      version: current.version,
      organisationId: s.politieId,
    });
    const item = (await inboxOf('member')).find((i) => i.recordId === placement.id);
    expect(item).toMatchObject({ reason: 'clearance_expiring', params: { expiresOn } });
    expect(reasonsFor(await inboxOf('outsider'), placement.id)).toEqual([]);
  });

  it('counts what it lists', async () => {
    const list = await inboxOf('member');
    const count = await caller('member').inbox.count();
    expect(count.count).toBe(list.length);
    expect(count.actionCount).toBe(list.filter((i) => i.needsAction).length);
  });
});

describe('notification log', () => {
  it('tells the other members of the group what changed, and lets each mark their own read', async () => {
    const decision = await draft({ question: 'Wie volgt deze wijziging?' });
    const memberLog = await caller('member').inbox.notifications({});
    const entry = memberLog.items.find((n) => n.href === `/afwegingskader/${decision.id}`);
    expect(entry).toMatchObject({ read: false, actorName: s.f.chair.name, entityType: 'decision' });
    const chairLog = await caller('chair').inbox.notifications({});
    expect(chairLog.items.some((n) => n.href === `/afwegingskader/${decision.id}`)).toBe(false);
    const outsiderLog = await caller('outsider').inbox.notifications({});
    expect(outsiderLog.items.some((n) => n.href === `/afwegingskader/${decision.id}`)).toBe(false);

    if (!entry) throw new Error('no entry');
    expect(await outcome(() => caller('observer').inbox.markRead({ id: entry.id }))).toBe('NOT_FOUND');
    await caller('member').inbox.markRead({ id: entry.id });
    const after = await caller('member').inbox.notifications({ unreadOnly: true });
    expect(after.items.some((n) => n.id === entry.id)).toBe(false);
    await caller('member').inbox.markAllRead();
    expect((await caller('member').inbox.notifications({})).unread).toBe(0);
  });
});

describe('mail preference', () => {
  it('is the daily digest until the person chooses', async () => {
    expect(await caller('member').inbox.mailPreference()).toEqual({ mailPreference: 'digest' });
    await caller('member').inbox.setMailPreference({ mailPreference: 'immediate' });
    expect(await caller('member').inbox.mailPreference()).toEqual({ mailPreference: 'immediate' });
    expect(await caller('chair').inbox.mailPreference()).toEqual({ mailPreference: 'digest' });
    expect(
      await outcome(() => caller('member').inbox.setMailPreference({ mailPreference: 'weekly' as 'digest' })),
    ).toBe('BAD_REQUEST');
  });
});
