import { describe, expect, it } from 'vitest';
import { createScenarioSchema } from './scenarios.schema';

describe('createScenarioSchema', () => {
  const valid = {
    groupId: '00000000-0000-4000-8000-000000000001',
    title: ' Vermissing ',
    problemStatement: 'Een wandelaar is vermist.',
    threatType: 'vermissing',
    cooperationLevel: 'ASSISTANCE',
  };

  it('trims, defaults and deduplicates', () => {
    const parsed = createScenarioSchema.parse({ ...valid, conditionIds: ['2.3.c', '2.3.c', '1'] });
    expect(parsed.title).toBe('Vermissing');
    expect(parsed.classification).toBe('ONGERUBRICEERD');
    expect(parsed.conditionIds).toEqual(['2.3.c', '1']);
    expect(parsed.perspectives).toEqual([]);
  });

  it('rejects bad input with message keys', () => {
    const result = createScenarioSchema.safeParse({
      ...valid,
      title: ' ',
      cooperationLevel: 'X',
      conditionIds: ['abc'],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'title:validation.required',
        'cooperationLevel:validation.invalidChoice',
        'conditionIds.0:validation.invalidChoice',
      ]),
    );
  });

  it('refuses two perspectives of one organisation', () => {
    const perspective = { organisationId: '00000000-0000-4000-8000-000000000002' };
    expect(createScenarioSchema.safeParse({ ...valid, perspectives: [perspective, perspective] }).success).toBe(false);
  });
});
