import { z } from 'zod';
import { optionalText, textString, uuidSchema, versionSchema } from '../common/validation';
import { v } from '../common/validation.rules';
import { optionalDecisionDateSchema } from './decisions.schema';

/** Result of testing a decision in a scenario or exercise. */
export const decisionTestResults = ['HELD', 'FAILED'] as const;
export type DecisionTestResult = (typeof decisionTestResults)[number];
export const decisionTestResultSchema = /* @__PURE__ */ (() =>
  z.enum(decisionTestResults, { error: v.invalidChoice }))();

/** The scenario or exercise a decision was tested in: exactly one of the two (see `decisionTestTargetOf`). */
const testTargetShape = /* @__PURE__ */ (() => ({
  /** Plain ids: the scenarios module owns these records. */
  scenarioId: uuidSchema.nullish().transform((value) => value ?? null),
  exerciseId: uuidSchema.nullish().transform((value) => value ?? null),
}))();

function hasOneTarget(value: { scenarioId: string | null; exerciseId: string | null }): boolean {
  return (value.scenarioId === null) !== (value.exerciseId === null);
}

const oneTarget = { error: v.exactlyOne, path: ['scenarioId'] };

export const decisionTestTargetSchema = /* @__PURE__ */ (() =>
  z.object(testTargetShape).refine(hasOneTarget, oneTarget))();
export type DecisionTestTargetInput = z.infer<typeof decisionTestTargetSchema>;

export const recordDecisionTestSchema = /* @__PURE__ */ (() =>
  z
    .object({
      decisionId: uuidSchema,
      ...testTargetShape,
      result: decisionTestResultSchema,
      note: optionalText(2000),
      testedOn: optionalDecisionDateSchema,
    })
    .refine(hasOneTarget, oneTarget))();
export type RecordDecisionTestInput = z.infer<typeof recordDecisionTestSchema>;

export const removeDecisionTestSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema, version: versionSchema }))();
export type RemoveDecisionTestInput = z.infer<typeof removeDecisionTestSchema>;

/** The scenarios and exercises a caller may name as where a decision was tested. */
export const decisionTestTargetsSchema = /* @__PURE__ */ (() =>
  z.object({
    decisionId: uuidSchema,
    search: textString().trim().max(100).default(''),
  }))();
export type DecisionTestTargetsInput = z.infer<typeof decisionTestTargetsSchema>;
