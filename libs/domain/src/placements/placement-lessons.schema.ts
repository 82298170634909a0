import type { z } from 'zod';
import { uuidSchema, versionSchema } from '../common/validation';
import { proposedRecommendationSchema } from '../recommendations/recommendations.schema';

/**
 * Turning a debrief lesson into a recommendation: the lesson (and the version
 * read) plus the fields a user fills in, taken from the register's own schema.
 */
export const createLessonRecommendationSchema = /* @__PURE__ */ (() =>
  proposedRecommendationSchema.extend({
    lessonId: uuidSchema,
    version: versionSchema,
  }))();
export type CreateLessonRecommendationInput = z.infer<typeof createLessonRecommendationSchema>;
