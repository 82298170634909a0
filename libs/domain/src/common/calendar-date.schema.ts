import { z } from 'zod';
import { isInstantInRange, isValidIsoDate } from './calendar-date';
import { textString } from './validation';

export const isoDateSchema = /* @__PURE__ */ (() =>
  textString({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .refine(isValidIsoDate, { error: 'validation.date' }))();

/** An instant (a moment, such as an exercise's start) within the calendar's years. */
export const instantSchema = /* @__PURE__ */ (() =>
  z.date({ error: 'validation.required' }).refine(isInstantInRange, { error: 'validation.date' }))();
