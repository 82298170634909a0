import { describe, expect, it } from 'vitest';
import { optionalText, requiredText, textString, versionSchema } from './validation';
import { hasOnlyValidCharacters } from './validation.rules';

describe('text fields', () => {
  it('refuse NUL and lone surrogates with a field error, in every helper', () => {
    for (const value of ['a\u0000b', '\u0000', '\uD800', 'x\uDC00y', 'a\uDBFF', '\uDE00z', '😀\uD83D']) {
      expect(hasOnlyValidCharacters(value), JSON.stringify(value)).toBe(false);
      for (const schema of [requiredText(100), optionalText(100), textString()]) {
        const result = schema.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => issue.message)).toContain('validation.invalidCharacters');
      }
    }
  });

  it('accept every real character, including paired surrogates (emoji) and accents', () => {
    for (const value of ['Werkgroep Zuid', 'é ü ß', '😀 👍🏽', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '\t tab', '']) {
      expect(hasOnlyValidCharacters(value), value).toBe(true);
      expect(optionalText(100).safeParse(value).success).toBe(true);
    }
    expect(requiredText(100).parse('  Politie 😀 ')).toBe('Politie 😀');
  });

  it('bounds versions to what the database column holds', () => {
    expect(versionSchema.safeParse(1).success).toBe(true);
    expect(versionSchema.safeParse(2_147_483_647).success).toBe(true);
    for (const value of [0, 2 ** 31, Number.MAX_SAFE_INTEGER, 1.5, Number.NaN]) {
      expect(versionSchema.safeParse(value).success, String(value)).toBe(false);
    }
  });
});
