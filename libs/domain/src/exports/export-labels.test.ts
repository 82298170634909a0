import { describe, expect, it } from 'vitest';
import { parseAuditExportQuery } from '../audit/audit-export-query';
import { parseDecisionExportQuery } from '../decisions/decisions-filter-query';
import { parseWorkingGroupExportQuery } from '../working-groups/working-groups-export-query';
import { exportLocaleFrom, highestClassification } from './export-labels';

describe('exportLocaleFrom', () => {
  it('takes ?taal=, then ?lang=, then the cookie, then Dutch', () => {
    expect(exportLocaleFrom({ taal: 'en', lang: 'nl' }, 'nl')).toBe('en');
    expect(exportLocaleFrom({ lang: 'en' }, 'nl')).toBe('en');
    expect(exportLocaleFrom({}, 'en')).toBe('en');
    expect(exportLocaleFrom({ taal: 'fr' }, 'de')).toBe('nl');
    expect(exportLocaleFrom({})).toBe('nl');
  });
});

describe('highestClassification', () => {
  it('is the highest among the rows, unclassified when there are none', () => {
    expect(highestClassification([])).toBe('ONGERUBRICEERD');
    expect(highestClassification(['ONGERUBRICEERD', 'DEPARTEMENTAAL_VERTROUWELIJK', 'ONGERUBRICEERD'])).toBe(
      'DEPARTEMENTAAL_VERTROUWELIJK',
    );
  });
});

describe('export filters refuse what does not parse', () => {
  it('decisions: the overview’s Dutch names', () => {
    expect(parseDecisionExportQuery({ uitkomst: 'UNCLEAR', trefwoord: 'Drones' })).toEqual({
      filter: { outcome: 'UNCLEAR', tag: 'drones' },
      invalid: [],
    });
    expect(parseDecisionExportQuery({ uitkomst: 'misschien', werkgroep: 'alfa' }).invalid).toEqual([
      'werkgroep',
      'uitkomst',
    ]);
  });

  it('working groups: scope and status', () => {
    expect(parseWorkingGroupExportQuery({})).toEqual({ filter: { scope: 'mine', status: undefined }, invalid: [] });
    expect(parseWorkingGroupExportQuery({ bereik: 'alle', status: 'afgerond' }).filter).toEqual({
      scope: 'all',
      status: 'afgerond',
    });
    expect(parseWorkingGroupExportQuery({ bereik: 'iedereen', status: 'open' }).invalid).toEqual(['bereik', 'status']);
  });

  it('audit trail: group and kind of record', () => {
    expect(parseAuditExportQuery({ soort: 'decision' }).filter).toEqual({ entityType: 'decision' });
    expect(parseAuditExportQuery({ werkgroep: 'x', soort: 'nothing' }).invalid).toEqual(['werkgroep', 'soort']);
    expect(parseAuditExportQuery({ van: '2026-03-01', inloggen: '1' }).filter).toEqual({
      from: '2026-03-01',
      includeSignIns: true,
    });
    expect(parseAuditExportQuery({ tot: '2026-02-30', inloggen: 'ja' }).invalid).toEqual(['tot', 'inloggen']);
  });
});
