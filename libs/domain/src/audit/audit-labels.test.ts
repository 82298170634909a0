import { describe, expect, it } from 'vitest';
import { changedFields, displayAuditValue, withRecordNames } from './audit-changes';
import { auditFilterQueryString, auditPeriodInstants, parseAuditFilterQuery } from './audit-filter';
import { auditEntityHref, auditFieldLabel, humaniseFieldKey } from './audit-labels';

const id = '3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f';
const group = '11111111-2222-4333-8444-555555555555';

describe('auditEntityHref', () => {
  it('links a record with a page of its own to that page', () => {
    expect(auditEntityHref('decision', id, group)).toBe(`/afwegingskader/${id}`);
    expect(auditEntityHref('glossary_term', id, null)).toBe(`/begrippenlijst/${id}`);
    expect(auditEntityHref('working_group', id, id)).toBe(`/werkgroepen/${id}`);
  });
  it('links admin records to their list and group parts to the group', () => {
    expect(auditEntityHref('user', id, null)).toBe('/beheer/gebruikers');
    expect(auditEntityHref('membership', id, group)).toBe(`/werkgroepen/${group}`);
  });
  it('gives no link when there is nowhere to go', () => {
    expect(auditEntityHref('login_attempt', id, null)).toBeNull();
    expect(auditEntityHref('membership', id, null)).toBeNull();
  });
});

describe('auditFieldLabel', () => {
  it('uses the label table, with the sub-key for nested fields', () => {
    expect(auditFieldLabel('scopeNote', 'nl')).toBe('Toelichting');
    expect(auditFieldLabel('scopeNote', 'en')).toBe('Scope note');
    expect(auditFieldLabel('definitions.DEFENSIE', 'nl')).toBe('Definities (DEFENSIE)');
  });
  it('humanises an unknown key', () => {
    expect(humaniseFieldKey('someOddField')).toBe('Some odd field');
    expect(humaniseFieldKey('review_date')).toBe('Review date');
    expect(auditFieldLabel('someOddField', 'nl')).toBe('Some odd field');
  });
});

describe('changedFields', () => {
  it('shows before and after, splits nested objects and hides ids and bookkeeping', () => {
    const changes = changedFields(
      { outcome: 'ja', definitions: { DEFENSIE: 'oud' }, supersedesId: null, version: 1 },
      { outcome: 'nee', definitions: { DEFENSIE: 'nieuw' }, supersedesId: id, organisationIds: [id], version: 2 },
    );
    expect(changes).toEqual([
      { key: 'outcome', before: 'ja', after: 'nee' },
      { key: 'definitions.DEFENSIE', before: 'oud', after: 'nieuw' },
    ]);
  });
  it('never writes a JSON blob or an id', () => {
    expect(displayAuditValue({ a: 1, b: id })).toBe('a: 1');
    expect(displayAuditValue([id, id])).toBe('2');
    expect(displayAuditValue(['a', 'b'])).toBe('a, b');
  });
});

describe('parseAuditFilterQuery', () => {
  it('reads the address and hides sign-ins unless asked', () => {
    expect(parseAuditFilterQuery({ persoon: id, soort: 'decision', van: '2026-03-01', tot: 'x' })).toEqual({
      actorId: id,
      entityType: 'decision',
      groupId: undefined,
      from: '2026-03-01',
      to: undefined,
      includeSignIns: false,
    });
    expect(parseAuditFilterQuery({ inloggen: '1' }).includeSignIns).toBe(true);
  });
});

describe('auditPeriodInstants', () => {
  it('spans whole Dutch days, in winter and in summer time', () => {
    expect(auditPeriodInstants({ from: '2026-01-10', to: '2026-01-10' })).toEqual({
      from: new Date('2026-01-09T23:00:00Z'),
      until: new Date('2026-01-10T23:00:00Z'),
    });
    expect(auditPeriodInstants({ from: '2026-07-01', to: '2026-10-24' })).toEqual({
      from: new Date('2026-06-30T22:00:00Z'),
      until: new Date('2026-10-24T22:00:00Z'),
    });
    expect(auditPeriodInstants({})).toEqual({});
  });
});

describe('auditFilterQueryString', () => {
  it('round-trips through the address', () => {
    const filter = parseAuditFilterQuery({ persoon: id, werkgroep: group, tot: '2026-03-31', inloggen: '1' });
    expect(auditFilterQueryString(filter)).toBe(`?persoon=${id}&werkgroep=${group}&tot=2026-03-31&inloggen=1`);
    expect(auditFilterQueryString(parseAuditFilterQuery({}))).toBe('');
  });
});

describe('withRecordNames', () => {
  it('replaces known ids by their name, alone or in a list, and leaves the rest', () => {
    const names = new Map([[id, 'Defensie']]);
    expect(withRecordNames({ organisationId: id, organisationIds: [id, group], name: 'x' }, names)).toEqual({
      organisationId: 'Defensie',
      organisationIds: ['Defensie', group],
      name: 'x',
    });
    expect(withRecordNames(null, names)).toBeNull();
  });
});
