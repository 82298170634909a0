import { z } from 'zod';
import { addDays, type IsoDate } from '../common/calendar-date';
import { isoDateSchema } from '../common/calendar-date.schema';
import { singleParam, validParam, type SearchParams } from '../common/query-string';
import { pageInputSchema } from '../common/pagination';
import { uuidSchema } from '../common/validation';
import { isoDateParam, oneOfParam, uuidParam, type ParamCheck } from '../common/query-params';
import { auditEntityTypes, type AuditAction, type AuditEntityType } from './audit.schema';

/** Sign-ins and sign-outs swamp the trail: hidden unless the reader asks for them. */
export const signInAuditActions = [
  'sign_in',
  'sign_out',
  'sign_in_failed',
  'sign_in_throttled',
  'sign_in_refused',
] as const satisfies readonly AuditAction[];

/** What the trail can be narrowed to: person, kind of record, group and period (Dutch calendar dates, inclusive). */
export const auditFilterSchema = /* @__PURE__ */ (() =>
  z.object({
    actorId: uuidSchema.optional(),
    entityType: z.enum(auditEntityTypes, { error: 'validation.invalidChoice' }).optional(),
    groupId: uuidSchema.optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    includeSignIns: z.boolean().default(false),
  }))();
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/**
 * The filter in the address of the trail page: `?persoon=`, `?soort=`,
 * `?werkgroep=`, `?van=`, `?tot=` and `?inloggen=1`. A value that does not parse is ignored.
 */
export function parseAuditFilterQuery(params: SearchParams): AuditFilter {
  // Zod-free checks: the trail page reads its address in the browser.
  const pick = <T>(check: ParamCheck<T>, name: string) => validParam(check, singleParam(params, name)) ?? undefined;
  return {
    actorId: pick(uuidParam, 'persoon'),
    entityType: pick(oneOfParam<AuditEntityType>(auditEntityTypes), 'soort'),
    groupId: pick(uuidParam, 'werkgroep'),
    from: pick(isoDateParam, 'van'),
    to: pick(isoDateParam, 'tot'),
    includeSignIns: singleParam(params, 'inloggen') === '1',
  };
}

/** The instant a calendar date begins in the Netherlands (Europe/Amsterdam). */
export function startOfDayInNetherlands(date: IsoDate): Date {
  const utcMidnight = new Date(`${date}T00:00:00Z`);
  // At 00:00 UTC it is 01:00 or 02:00 in Amsterdam: before any daylight-saving switch of that day.
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' }).format(
      utcMidnight,
    ),
  );
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}

/** The half-open instant range [from, until) of a filter's inclusive calendar-date period. */
export function auditPeriodInstants(filter: Pick<AuditFilter, 'from' | 'to'>): { from?: Date; until?: Date } {
  return {
    ...(filter.from ? { from: startOfDayInNetherlands(filter.from) } : {}),
    ...(filter.to ? { until: startOfDayInNetherlands(addDays(filter.to, 1)) } : {}),
  };
}

/** One page of the trail, narrowed by the filter (and to one record with `entityId`). */
export const listAuditSchema = /* @__PURE__ */ (() =>
  pageInputSchema.extend({
    ...auditFilterSchema.shape,
    entityId: uuidSchema.optional(),
  }))();
export type ListAuditInput = z.infer<typeof listAuditSchema>;

/** The filter as the address of the trail page (`?persoon=…`), the inverse of `parseAuditFilterQuery`. */
export function auditFilterQueryString(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.actorId) params.set('persoon', filter.actorId);
  if (filter.entityType) params.set('soort', filter.entityType);
  if (filter.groupId) params.set('werkgroep', filter.groupId);
  if (filter.from) params.set('van', filter.from);
  if (filter.to) params.set('tot', filter.to);
  if (filter.includeSignIns) params.set('inloggen', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
