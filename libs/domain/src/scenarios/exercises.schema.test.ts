import { describe, expect, it } from 'vitest';
import {
  createExerciseSchema,
  injectFieldsSchema,
  observationFieldsSchema,
  setObservationIndicatorSchema,
} from './exercises.schema';

const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('createExerciseSchema', () => {
  const valid = {
    scenarioId: uuid(1),
    title: ' Tabletop Noordwind ',
    type: 'tabletop',
    startsAt: new Date('2026-03-01T09:00:00Z'),
    endsAt: new Date('2026-03-01T17:00:00Z'),
  };

  it('trims, defaults and deduplicates people and objective conditions', () => {
    const parsed = createExerciseSchema.parse({
      ...valid,
      participantUserIds: [uuid(2), uuid(2), uuid(3)],
      objectives: [{ description: 'Samen opschalen', conditionIds: ['2.3.c', '2.3.c'] }],
    });
    expect(parsed.title).toBe('Tabletop Noordwind');
    expect(parsed).toMatchObject({ location: '', participantCounts: [], plannerUserIds: [] });
    expect(parsed.participantUserIds).toEqual([uuid(2), uuid(3)]);
    expect(parsed.objectives[0]?.conditionIds).toEqual(['2.3.c']);
  });

  it('rejects an unknown type, a missing start and negative counts with message keys', () => {
    const result = createExerciseSchema.safeParse({
      ...valid,
      type: 'feest',
      startsAt: undefined,
      participantCounts: [{ organisationId: uuid(4), count: -1 }],
    });
    const paths = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['type:validation.invalidChoice', 'startsAt:validation.required']));
    expect(paths.some((p) => p.startsWith('participantCounts.0.count'))).toBe(true);
  });
});

describe('records of an exercise', () => {
  it('keeps an inject within thirty days of the start and defaults its references', () => {
    const inject = {
      offsetMinutes: 90,
      fromParty: 'Meldkamer',
      toParty: 'KMar',
      message: 'Melding vermiste wandelaar',
    };
    expect(injectFieldsSchema.parse(inject)).toMatchObject({
      expectedAction: '',
      responsibleOrganisationId: null,
      legalBasisId: null,
    });
    expect(injectFieldsSchema.safeParse({ ...inject, offsetMinutes: 60 * 24 * 30 + 1 }).success).toBe(false);
    expect(injectFieldsSchema.safeParse({ ...inject, offsetMinutes: 1.5 }).success).toBe(false);
  });

  it('takes an HSEEP rating and a Triad condition id on an observation', () => {
    const observation = { text: 'Snel geschakeld', rating: 'P', kind: 'strength', conditionId: '2.3.c' };
    expect(observationFieldsSchema.parse(observation).objectiveId).toBeNull();
    expect(observationFieldsSchema.safeParse({ ...observation, rating: 'X' }).success).toBe(false);
    expect(observationFieldsSchema.safeParse({ ...observation, conditionId: '2.3.cc' }).success).toBe(false);
  });

  it('saves an observation without a Triad indicator, to be completed later', () => {
    const observation = { text: 'Snel geschakeld', rating: 'P', kind: 'strength' };
    expect(observationFieldsSchema.parse(observation).conditionId).toBeNull();
    expect(observationFieldsSchema.parse({ ...observation, conditionId: null }).conditionId).toBeNull();
    expect(setObservationIndicatorSchema.safeParse({ id: uuid(1), version: 1, conditionId: '2.3.c' }).success).toBe(
      true,
    );
    for (const conditionId of [null, '', 'x'])
      expect(setObservationIndicatorSchema.safeParse({ id: uuid(1), version: 1, conditionId }).success).toBe(false);
  });
});
