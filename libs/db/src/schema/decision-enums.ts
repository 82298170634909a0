import { pgEnum } from 'drizzle-orm/pg-core';
import { decisionLevels, decisionOutcomes, decisionStatuses, decisionTestResults, sharingVerdicts } from '@srw/domain';

export const decisionOutcomeEnum = pgEnum('decision_outcome', decisionOutcomes);
export const decisionStatusEnum = pgEnum('decision_status', decisionStatuses);
export const decisionLevelEnum = pgEnum('decision_level', decisionLevels);
export const sharingVerdictEnum = pgEnum('sharing_verdict', sharingVerdicts);
export const decisionTestResultEnum = pgEnum('decision_test_result', decisionTestResults);
