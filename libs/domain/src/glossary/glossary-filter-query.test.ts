import { describe, expect, it } from 'vitest';
import { emptyGlossaryListFilters, glossaryListQueryString, parseGlossaryListQuery } from './glossary-filter-query';

describe('glossary filters in the address', () => {
  it('round-trips every filter', () => {
    const filters = {
      search: 'officier van justitie',
      letter: 'o',
      organisationId: '0b7e4bde-8f0e-4a55-9d43-5b1f7b4b1c11',
      status: 'vastgesteld' as const,
      divergent: true,
      includeRetired: true,
    };
    const text = glossaryListQueryString(filters);
    expect(text).toBe(
      '?zoek=officier+van+justitie&letter=o&organisatie=0b7e4bde-8f0e-4a55-9d43-5b1f7b4b1c11&status=vastgesteld&afwijkend=1&vervallen=1',
    );
    expect(parseGlossaryListQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual(filters);
  });

  it('leaves out what does not parse, and writes nothing for no filters', () => {
    expect(parseGlossaryListQuery({ letter: 'ab', organisatie: 'x', status: 'weg', afwijkend: 'ja' })).toEqual(
      emptyGlossaryListFilters,
    );
    expect(glossaryListQueryString(emptyGlossaryListFilters)).toBe('');
  });
});
