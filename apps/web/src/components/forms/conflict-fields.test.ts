import { describe, expect, it } from 'vitest';
import { conflictFields, mergeConflict } from './conflict-fields';

const theirs = {
  prefLabel: 'Officier',
  scopeNote: 'Nieuwste toelichting',
  definitions: { politie: { text: 'Hun definitie', source: '' }, defensie: { text: 'Gelijk', source: '' } },
  relations: [{ termId: 'a' }],
  divergent: true,
};
const mine = {
  prefLabel: 'Officier',
  scopeNote: 'Mijn getypte toelichting',
  definitions: { politie: { text: 'Mijn definitie', source: '' }, defensie: { text: 'Gelijk', source: '' } },
  relations: [{ termId: 'a' }, { termId: 'b' }],
  divergent: true,
};

describe('conflictFields', () => {
  it('lists only the differing leaves, nested objects by path, arrays whole', () => {
    expect(conflictFields(mine, theirs).map((f) => f.path.join('.'))).toEqual([
      'scopeNote',
      'definitions.politie.text',
      'relations',
    ]);
  });

  it('finds nothing when both sides agree', () => {
    expect(conflictFields(theirs, structuredClone(theirs))).toEqual([]);
  });

  it('treats a field present on one side only as a difference', () => {
    expect(conflictFields({ a: { x: '1' } }, { a: {} })).toEqual([{ path: ['a', 'x'], mine: '1', theirs: undefined }]);
  });
});

describe('mergeConflict', () => {
  it('keeps the typed text by default and takes the newest version where chosen', () => {
    const merged = mergeConflict(mine, theirs, { relations: 'theirs' });
    expect(merged.scopeNote).toBe('Mijn getypte toelichting');
    expect(merged.definitions.politie.text).toBe('Mijn definitie');
    expect(merged.relations).toEqual([{ termId: 'a' }]);
    expect(merged.definitions.defensie.text).toBe('Gelijk');
  });

  it('takes the newest version everywhere when every field says so', () => {
    const merged = mergeConflict(mine, theirs, {
      scopeNote: 'theirs',
      'definitions.politie.text': 'theirs',
      relations: 'theirs',
    });
    expect(merged).toEqual(theirs);
  });
});
