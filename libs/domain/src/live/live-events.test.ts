import { describe, expect, it } from 'vitest';
import { liveEventForReader, liveEventFromNotification, liveTopic } from './live-events';

const group = '11111111-1111-4111-8111-111111111111';
const record = '22222222-2222-4222-8222-222222222222';
const actor = '33333333-3333-4333-8333-333333333333';

describe('liveEventFromNotification', () => {
  it('maps a table to its record kind, child rows to their record', () => {
    expect(
      liveEventFromNotification(JSON.stringify({ t: 'decision_sign_offs', id: record, g: null, a: actor, op: 'I' })),
    ).toEqual({
      kind: 'decision',
      id: record,
      groupId: null,
      actorId: actor,
    });
    expect(
      liveEventFromNotification(JSON.stringify({ t: 'memberships', id: group, g: group, a: null, op: 'D' }))?.kind,
    ).toBe('workingGroup');
  });

  it('ignores what is not one of ours: other tables, broken JSON, ids that are not uuids', () => {
    expect(
      liveEventFromNotification(JSON.stringify({ t: 'sessions', id: record, g: null, a: null, op: 'I' })),
    ).toBeNull();
    expect(liveEventFromNotification('{')).toBeNull();
    expect(
      liveEventFromNotification(JSON.stringify({ t: 'decisions', id: record, g: null, a: null, op: 'X' })),
    ).toBeNull();
    expect(
      liveEventFromNotification(JSON.stringify({ t: 'decisions', id: "1' or 1=1", g: 'x', a: 'y', op: 'U' })),
    ).toEqual({ kind: 'decision', id: null, groupId: null, actorId: null });
  });
});

describe('liveEventForReader', () => {
  const event = { kind: 'scenario' as const, id: record, groupId: group, actorId: actor };

  it('passes the whole event to members of its group and to those who read every group', () => {
    expect(liveEventForReader(event, { globalRole: 'member' }, new Set([group]))).toEqual(event);
    expect(liveEventForReader(event, { globalRole: 'management' }, new Set())).toEqual(event);
  });

  it('reduces it to its kind for anyone else, so neither the record nor the actor shows', () => {
    expect(liveEventForReader(event, { globalRole: 'member' }, new Set())).toEqual({
      kind: 'scenario',
      id: null,
      groupId: null,
      actorId: null,
    });
  });

  it('passes events without a group (shared glossary, ungrouped records) to everyone', () => {
    const shared = { ...event, groupId: null };
    expect(liveEventForReader(shared, { globalRole: 'member' }, new Set())).toEqual(shared);
  });
});

describe('liveTopic', () => {
  it('names a list or one record', () => {
    expect(liveTopic('decision')).toBe('decision');
    expect(liveTopic('decision', record)).toBe(`decision:${record}`);
  });
});
