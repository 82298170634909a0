import { TRPCClientError } from '@trpc/client';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { messages, TIME_ZONE, type Locale } from '../../i18n/messages';
import { readError } from '../../lib/trpc/errors';

function say(locale: Locale, code: string, params: Record<string, string>) {
  // Untyped keys, as the app's own useTranslations() has them.
  const all: Parameters<typeof createTranslator>[0]['messages'] = messages[locale];
  const t = createTranslator({ locale, messages: all, timeZone: TIME_ZONE });
  const translate = (key: string, values?: Record<string, string | number | Date>) =>
    t.has(key) ? t(key, values) : null;
  const error = TRPCClientError.from({
    error: { message: code, code: -32600, data: { domainCode: code, httpStatus: 409, params } },
  });
  return readError(error, translate).message;
}

describe('placement errors', () => {
  it('name the clashing placement’s period with the full year, in both languages', () => {
    const params = {
      hostUnit: 'Eenheid Limburg',
      hostOrganisation: 'Nationale Politie',
      startDate: '2031-01-01',
      endDate: '2031-06-30',
    };
    expect(say('nl', 'PLACEMENT_OVERLAP', params)).toBe(
      'Deze persoon heeft al een plaatsing die overlapt: Eenheid Limburg (Nationale Politie), 1-1-2031 t/m 30-6-2031.',
    );
    expect(say('en', 'PLACEMENT_OVERLAP', params)).toBe(
      'This person already has an overlapping placement: Eenheid Limburg (Nationale Politie), 1/1/2031 to 6/30/2031.',
    );
  });

  it('say the start date and the extension deadline with the full year', () => {
    expect(say('nl', 'PLACEMENT_NOT_STARTED', { startDate: '2027-03-01' })).toContain('begint op 1-3-2027 ');
    expect(say('en', 'EXTENSION_TOO_LATE', { deadline: '2026-12-31' })).toContain('that was 12/31/2026.');
  });
});
