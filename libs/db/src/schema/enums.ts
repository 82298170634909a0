import { pgEnum } from 'drizzle-orm/pg-core';
import { classificationLevels, globalRoles, groupRoles, workingGroupStatuses } from '@srw/domain';

export const globalRoleEnum = pgEnum('global_role', globalRoles);
export const groupRoleEnum = pgEnum('group_role', groupRoles);
export const classificationEnum = pgEnum('classification', classificationLevels);
export const workingGroupStatusEnum = pgEnum('working_group_status', workingGroupStatuses);
