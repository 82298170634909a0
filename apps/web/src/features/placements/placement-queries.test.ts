import { describe, expect, it } from 'vitest';
import { emptyPlacementListQuery } from '@srw/domain';
import { placementListInput, placementTimelineInput } from './placement-queries';

const politie = '0b7e4bde-8f0e-4a55-9d43-5b1f7b4b1c11';
const defensie = '5d1c3a9e-2f4b-4c8d-9e7f-1a2b3c4d5e6f';

describe('placementListInput', () => {
  it('lists through the lens unless an organisation is chosen on the page', () => {
    expect(placementListInput(emptyPlacementListQuery, politie)).toEqual({ limit: 25, organisationId: politie });
    expect(placementListInput({ ...emptyPlacementListQuery, organisationId: defensie }, politie)).toEqual({
      limit: 25,
      organisationId: defensie,
    });
  });

  it('sends only the filters that are set', () => {
    expect(placementListInput({ ...emptyPlacementListQuery, unit: 'Eenheid Noord', from: '2026-01-01' }, null)).toEqual(
      { limit: 25, unit: 'Eenheid Noord', from: '2026-01-01' },
    );
  });
});

describe('placementTimelineInput', () => {
  it('starts two months before this month and shows twelve months', () => {
    expect(placementTimelineInput({ organisationId: null, status: null, from: null }, '2026-12-06')).toEqual({
      from: '2026-10-01',
      to: '2027-09-30',
    });
  });

  it('starts where the address says, with its filters', () => {
    expect(
      placementTimelineInput({ organisationId: politie, status: 'actief', from: '2026-03-01' }, '2026-12-06'),
    ).toEqual({ from: '2026-03-01', to: '2027-02-28', organisationId: politie, status: 'actief' });
  });
});
