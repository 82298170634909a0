import { pgEnum } from 'drizzle-orm/pg-core';
import {
  exercisePersonRoles,
  exerciseStatuses,
  exerciseTypes,
  injectDeliveryStatuses,
  observationKinds,
  ratings,
  scenarioStatuses,
  threatTypes,
} from '@srw/domain';

export const scenarioStatusEnum = pgEnum('scenario_status', scenarioStatuses);
export const threatTypeEnum = pgEnum('threat_type', threatTypes);
export const exerciseTypeEnum = pgEnum('exercise_type', exerciseTypes);
export const exerciseStatusEnum = pgEnum('exercise_status', exerciseStatuses);
export const exercisePersonRoleEnum = pgEnum('exercise_person_role', exercisePersonRoles);
export const ratingEnum = pgEnum('observation_rating', ratings);
export const observationKindEnum = pgEnum('observation_kind', observationKinds);
export const injectDeliveryStatusEnum = pgEnum('inject_delivery_status', injectDeliveryStatuses);
