import { describe, expect, it } from 'vitest';
import { buildIcsCalendar, escapeIcsText, foldIcsLine, formatIcsDate } from './ical';

describe('iCalendar (RFC 5545)', () => {
  it('formats UTC date-times', () => {
    expect(formatIcsDate(new Date('2026-03-05T08:30:00.000Z'))).toBe('20260305T083000Z');
  });

  it('escapes TEXT values', () => {
    expect(escapeIcsText('a;b,c\\d\nline')).toBe('a\\;b\\,c\\\\d\\nline');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });

  it('writes a calendar with one VEVENT per exercise, CRLF line ends', () => {
    const ics = buildIcsCalendar(
      {
        name: 'Oefeningen, werkgroep',
        events: [
          {
            uid: 'e1@samenwerkingsruimte',
            start: new Date('2026-03-05T08:30:00Z'),
            end: new Date('2026-03-05T16:00:00Z'),
            summary: 'Tabletop: vermissing',
            description: 'Doelen; zie\nplan',
            location: 'Kazerne, Ede',
            status: 'CONFIRMED',
          },
          {
            uid: 'e2@samenwerkingsruimte',
            start: new Date('2026-04-01T10:00:00Z'),
            end: new Date('2026-04-01T12:00:00Z'),
            summary: 'Drill',
            status: 'CANCELLED',
          },
        ],
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const lines = ics.split('\r\n');
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Samenwerkingsruimte//Oefeningen//NL',
    ]);
    expect(lines).toContain('X-WR-CALNAME:Oefeningen\\, werkgroep');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART:20260305T083000Z');
    expect(lines).toContain('DTEND:20260305T160000Z');
    expect(lines).toContain('DTSTAMP:20260101T000000Z');
    expect(lines).toContain('DESCRIPTION:Doelen\\; zie\\nplan');
    expect(lines).toContain('LOCATION:Kazerne\\, Ede');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes an empty calendar', () => {
    const ics = buildIcsCalendar({ name: 'Leeg', events: [] }, new Date(0));
    expect(ics).not.toContain('VEVENT');
    expect(ics).toContain('END:VCALENDAR');
  });
});
