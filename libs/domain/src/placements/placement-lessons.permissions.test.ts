import { describe, expect, it } from 'vitest';
import { canConvertLesson, placementLessonPermissions } from './placement-lessons.permissions';
import type { PlacementRelation } from './placements.permissions';
import { actorWith } from './placements-test-helpers';

describe('debrief lessons as recommendations', () => {
  const none: PlacementRelation = { groupRole: null, isPerson: false, isProposer: false };

  it('needs the debrief and the recommendation register both', () => {
    // Chairs and members of the group: yes; observers: no.
    expect(canConvertLesson(actorWith('member'), { ...none, groupRole: 'chair' }, 'g')).toBe(true);
    expect(canConvertLesson(actorWith('member'), { ...none, groupRole: 'member' }, 'g')).toBe(true);
    expect(canConvertLesson(actorWith('member'), { ...none, groupRole: 'observer' }, 'g')).toBe(false);
    // Management edits every debrief but only group-less recommendations.
    expect(canConvertLesson(actorWith('management'), none, 'g')).toBe(false);
    expect(canConvertLesson(actorWith('management'), none, null)).toBe(true);
    expect(canConvertLesson(actorWith('admin'), none, 'g')).toBe(true);
    // The person placed may write the debrief, but not add to a register they are not in.
    expect(canConvertLesson(actorWith('member'), { ...none, isPerson: true }, null)).toBe(false);
    expect(canConvertLesson(actorWith('member'), { ...none, isPerson: true }, 'g')).toBe(false);
  });

  it('offers converting a lesson once, after the placement closed, while its group is open', () => {
    const chair: PlacementRelation = { ...none, groupRole: 'chair' };
    const closed = { status: 'afgerond' as const, groupId: 'g', groupStatus: 'actief' };
    const may = (
      placement: typeof closed | { status: 'actief' | 'afgebroken'; groupId: string; groupStatus: string },
      converted = false,
    ) => placementLessonPermissions(actorWith('member'), chair, placement, { converted }).canConvert;
    expect(may(closed)).toBe(true);
    expect(may({ ...closed, status: 'afgebroken' })).toBe(true);
    expect(may(closed, true)).toBe(false);
    expect(may({ ...closed, status: 'actief' })).toBe(false);
    expect(may({ ...closed, groupStatus: 'gearchiveerd' })).toBe(false);
    expect(
      placementLessonPermissions(actorWith('member'), { ...none, groupRole: 'observer' }, closed, { converted: false })
        .canConvert,
    ).toBe(false);
    expect(
      placementLessonPermissions(
        actorWith('management'),
        none,
        { ...closed, groupId: null, groupStatus: null },
        { converted: false },
      ).canConvert,
    ).toBe(true);
  });
});
