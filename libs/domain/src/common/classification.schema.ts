import { z } from 'zod';
import { classificationLevels } from './classification';

export const classificationSchema = /* @__PURE__ */ (() =>
  z.enum(classificationLevels, { error: 'validation.invalidChoice' }))();
