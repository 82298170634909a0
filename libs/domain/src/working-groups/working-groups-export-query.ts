import { z } from 'zod';
import { parseStrictFilterQuery, type SearchParams } from '../common/query-string';
import { workingGroupStatusSchema, type WorkingGroupStatus } from './working-groups.schema';

/** `?bereik=alle` (every group the reader may read) or `mijn` (the default), and `?status=`. */
const scopeSchema = /* @__PURE__ */ (() =>
  z.enum(['mijn', 'alle']).transform((value) => (value === 'alle' ? 'all' : 'mine')))();

export function workingGroupExportQueryString(scope: 'mine' | 'all'): string {
  return scope === 'all' ? 'bereik=alle' : 'bereik=mijn';
}

export function parseWorkingGroupExportQuery(params: SearchParams): {
  filter: { scope: 'mine' | 'all'; status?: WorkingGroupStatus | undefined };
  invalid: string[];
} {
  const { filter, invalid } = parseStrictFilterQuery(params, {
    scope: { name: 'bereik', schema: scopeSchema },
    status: { name: 'status', schema: workingGroupStatusSchema },
  });
  return { filter: { scope: filter.scope ?? 'mine', status: filter.status }, invalid };
}
