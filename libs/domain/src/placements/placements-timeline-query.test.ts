import { describe, expect, it } from 'vitest';
import { parseTimelineQuery, timelineQueryString } from './placements-timeline-query';

const organisationId = '6f1c2d7e-0000-4000-8000-000000000042';

describe('timeline query string', () => {
  it('reads organisation, status and window start', () => {
    expect(parseTimelineQuery({ organisatie: organisationId, status: 'actief', van: '2026-03-01' })).toEqual({
      organisationId,
      status: 'actief',
      from: '2026-03-01',
    });
  });

  it('ignores what does not parse, and takes the first of repeated values', () => {
    expect(parseTimelineQuery({ organisatie: 'geen-uuid', status: 'weg', van: '2026-03-15' })).toEqual({
      organisationId: null,
      status: null,
      from: null,
    });
    expect(parseTimelineQuery({ van: '2026-02-30' }).from).toBeNull();
    expect(parseTimelineQuery({ status: ['afgerond', 'actief'] }).status).toBe('afgerond');
    expect(parseTimelineQuery({})).toEqual({ organisationId: null, status: null, from: null });
  });

  it('writes only the filters that are set, and reads back what it wrote', () => {
    expect(timelineQueryString({ organisationId: null, status: null, from: null })).toBe('');
    const text = timelineQueryString({ organisationId, status: 'voorgesteld', from: '2027-01-01' });
    expect(text).toBe(`?organisatie=${organisationId}&status=voorgesteld&van=2027-01-01`);
    expect(parseTimelineQuery(Object.fromEntries(new URLSearchParams(text)))).toEqual({
      organisationId,
      status: 'voorgesteld',
      from: '2027-01-01',
    });
  });
});
