import { describe, expect, it } from 'vitest';
import { changeGlossaryTermStatusSchema, createGlossaryTermSchema } from './glossary.schema';

describe('glossary term schemas', () => {
  it('drops repeated alternative labels when parsing input', () => {
    const parsed = createGlossaryTermSchema.parse({
      prefLabel: ' officier ',
      abbreviations: ['OvJ', 'ovj', ' ', 'OVJ'],
      maintainingGroupId: '6f1c2d7e-0000-4000-8000-000000000001',
    });
    expect(parsed.prefLabel).toBe('officier');
    expect(parsed.abbreviations).toEqual(['OvJ']);
  });

  it('refuses two definitions from one organisation', () => {
    const result = createGlossaryTermSchema.safeParse({
      prefLabel: 'eenheid',
      maintainingGroupId: '6f1c2d7e-0000-4000-8000-000000000001',
      definitions: [
        { organisationId: '6f1c2d7e-0000-4000-8000-000000000002', text: 'a' },
        { organisationId: '6f1c2d7e-0000-4000-8000-000000000002', text: 'b' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('validation.invalid');
  });

  it('reaches vastgesteld only through co-approval, never by a manual status change', () => {
    const change = (status: string) =>
      changeGlossaryTermStatusSchema.safeParse({ id: '6f1c2d7e-0000-4000-8000-000000000001', version: 1, status })
        .success;
    expect(change('vervallen')).toBe(true);
    expect(change('vastgesteld')).toBe(false);
  });
});
