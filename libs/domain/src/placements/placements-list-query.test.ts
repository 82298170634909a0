import { describe, expect, it } from 'vitest';
import {
  emptyPlacementListQuery,
  parsePlacementListQuery,
  placementListQueryString,
  type PlacementListQuery,
} from './placements-list-query';

const organisationId = '6f1c2d7e-0000-4000-8000-000000000042';
const full: PlacementListQuery = {
  organisationId,
  unit: 'Staf Noord',
  status: 'actief',
  from: '2026-01-01',
  to: '2026-06-30',
};

describe('placements list query string', () => {
  it('reads organisation, unit, status and period', () => {
    expect(
      parsePlacementListQuery({
        organisatie: organisationId,
        eenheid: 'Staf Noord',
        status: 'actief',
        van: '2026-01-01',
        tot: '2026-06-30',
      }),
    ).toEqual(full);
  });

  it('ignores what does not parse, and takes the first of repeated values', () => {
    expect(
      parsePlacementListQuery({ organisatie: 'geen-uuid', status: 'weg', van: '2026-02-30', tot: 'morgen' }),
    ).toEqual(emptyPlacementListQuery);
    expect(parsePlacementListQuery({ eenheid: 'x'.repeat(161) }).unit).toBeNull();
    expect(parsePlacementListQuery({ eenheid: '   ' }).unit).toBeNull();
    expect(parsePlacementListQuery({ eenheid: '  Staf  ' }).unit).toBe('Staf');
    expect(parsePlacementListQuery({ status: ['afgerond', 'actief'] }).status).toBe('afgerond');
    expect(parsePlacementListQuery({ organisationId, unit: 'Staf' })).toEqual(emptyPlacementListQuery);
    expect(parsePlacementListQuery({})).toEqual(emptyPlacementListQuery);
  });

  it('writes nothing for no filters, and only the filters that are set', () => {
    expect(placementListQueryString(emptyPlacementListQuery)).toBe('');
    expect(placementListQueryString({ ...emptyPlacementListQuery, unit: '  ' })).toBe('');
    expect(placementListQueryString({ ...emptyPlacementListQuery, status: 'voorgesteld' })).toBe('?status=voorgesteld');
  });

  it('reads back what it wrote', () => {
    const text = placementListQueryString(full);
    expect(text).toBe(`?organisatie=${organisationId}&eenheid=Staf+Noord&status=actief&van=2026-01-01&tot=2026-06-30`);
    expect(parsePlacementListQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual(full);
    const odd = { ...emptyPlacementListQuery, unit: 'K&M = 100%?' };
    expect(parsePlacementListQuery(Object.fromEntries(new URLSearchParams(placementListQueryString(odd))))).toEqual(
      odd,
    );
  });
});
