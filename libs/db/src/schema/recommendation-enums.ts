import { pgEnum } from 'drizzle-orm/pg-core';
import {
  addresseeStates,
  recommendationEventKinds,
  recommendationLevels,
  recommendationSourceTypes,
  recommendationStatuses,
} from '@srw/domain';

export const recommendationStatusEnum = pgEnum('recommendation_status', recommendationStatuses);
export const recommendationLevelEnum = pgEnum('recommendation_level', recommendationLevels);
export const recommendationSourceTypeEnum = pgEnum('recommendation_source_type', recommendationSourceTypes);
export const addresseeStateEnum = pgEnum('addressee_state', addresseeStates);
export const recommendationEventKindEnum = pgEnum('recommendation_event_kind', recommendationEventKinds);
