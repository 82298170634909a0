import { describe, expect, it } from 'vitest';
import { createLessonRecommendationSchema } from './placement-lessons.schema';

const id = '6f1c2d7e-0000-4000-8000-000000000042';
const valid = {
  lessonId: id,
  version: 1,
  title: '  Regel toegang vooraf  ',
  description: '',
  level: 'operationeel',
  addresseeOrganisationIds: [id, id],
  conditionIds: ['2.5.b'],
};

describe('createLessonRecommendationSchema', () => {
  it('takes the register fields with their own rules, defaults included', () => {
    expect(createLessonRecommendationSchema.parse(valid)).toEqual({
      lessonId: id,
      version: 1,
      title: 'Regel toegang vooraf',
      description: '',
      level: 'operationeel',
      addresseeOrganisationIds: [id],
      conditionIds: ['2.5.b'],
      dueDate: null,
      priority: false,
    });
  });

  it('answers with the shared field message keys', () => {
    const result = createLessonRecommendationSchema.safeParse({
      ...valid,
      title: ' ',
      conditionIds: [],
      addresseeOrganisationIds: [],
      level: 'x',
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(messages).toMatchObject({
      title: 'validation.required',
      conditionIds: 'validation.atLeastOne',
      addresseeOrganisationIds: 'validation.atLeastOne',
      level: 'validation.invalidChoice',
    });
  });

  it('leaves source, group and code to the server', () => {
    const parsed = createLessonRecommendationSchema.parse({
      ...valid,
      sourceType: 'thesis',
      sourceId: id,
      groupId: id,
      code: 'X1',
    });
    expect(parsed).not.toHaveProperty('sourceType');
    expect(parsed).not.toHaveProperty('sourceId');
    expect(parsed).not.toHaveProperty('groupId');
    expect(parsed).not.toHaveProperty('code');
  });
});
