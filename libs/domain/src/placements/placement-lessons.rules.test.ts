import { describe, expect, it } from 'vitest';
import { assertLessonNotConverted, lessonSourceReference, planLessons } from './placement-lessons.rules';
import { codeOf } from './placements-test-helpers';

describe('debrief lessons as recommendations', () => {
  it('names the person, the host unit and the period in the source reference', () => {
    expect(
      lessonSourceReference({
        groupId: 'g1',
        personName: 'Jan Jansen',
        hostUnit: 'Eenheid Oost',
        startDate: '2026-03-01',
        endDate: '2026-08-31',
      }),
    ).toBe('Debriefing liaisonplaatsing Jan Jansen bij Eenheid Oost, 1-3-2026 t/m 31-8-2026');
  });

  it('names nothing of a placement without a working group, which fewer people may read than the register', () => {
    expect(
      lessonSourceReference({
        groupId: null,
        personName: 'Jan Jansen',
        hostUnit: 'Eenheid Oost',
        startDate: '2026-03-01',
        endDate: '2026-08-31',
      }),
    ).toBe('Debriefing liaisonplaatsing');
  });

  it('keeps the source reference within 300 characters, period included', () => {
    const reference = lessonSourceReference({
      groupId: 'g1',
      personName: 'N'.repeat(120),
      hostUnit: 'U'.repeat(160),
      startDate: '2026-03-01',
      endDate: '2026-08-31',
    });
    expect(reference).toHaveLength(300);
    expect(reference.endsWith('…, 1-3-2026 t/m 31-8-2026')).toBe(true);
  });

  it('keeps the rows of lessons kept word for word, in their new places', () => {
    const previous = [
      { id: 'a', lesson: 'Eerder beginnen.', recommendationId: null },
      { id: 'b', lesson: 'Vaste begeleider.', recommendationId: 'r1' },
      { id: 'c', lesson: 'Weg ermee.', recommendationId: null },
    ];
    expect(planLessons(previous, ['Vaste begeleider.', 'Nieuw.', 'Eerder beginnen.'])).toEqual({
      keep: [
        { id: 'b', position: 0 },
        { id: 'a', position: 2 },
      ],
      insert: [{ lesson: 'Nieuw.', position: 1 }],
      remove: ['c'],
    });
  });

  it('refuses dropping or rewording a lesson that became a recommendation', () => {
    const previous = [
      { id: 'a', lesson: 'Dubbel.', recommendationId: null },
      { id: 'b', lesson: 'Dubbel.', recommendationId: 'r1' },
    ];
    expect(codeOf(() => planLessons(previous, ['Anders.']))).toBe('LESSON_CONVERTED_LOCKED');
    // Of two equal texts, the converted one is the one kept.
    expect(planLessons(previous, ['Dubbel.'])).toEqual({ keep: [{ id: 'b', position: 0 }], insert: [], remove: ['a'] });
  });

  it('refuses a second conversion', () => {
    expect(codeOf(() => assertLessonNotConverted(null))).toBeNull();
    expect(codeOf(() => assertLessonNotConverted({ id: 'r' }))).toBe('LESSON_ALREADY_CONVERTED');
  });
});
