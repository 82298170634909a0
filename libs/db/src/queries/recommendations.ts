import { and, asc, desc, eq, gt, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  addresseeDoneState,
  addresseeProgressStatuses,
  decodeCursor,
  implementationStatus,
  openRecommendationStatuses,
  toPage,
  type AddresseeState,
  type Classification,
  type Page,
  type RecommendationEventKind,
  type RecommendationLevel,
  type RecommendationSourceType,
  type RecommendationStatus,
  type StatusCountRow,
  type TrendPoint,
  type VerificationEvidence,
} from '@srw/domain';
import type { Executor } from '../client';
import {
  exerciseObservations,
  exercises,
  improvementActions,
  organisations,
  placementLessons,
  placements,
  recommendationAddressees,
  recommendationConditions,
  recommendationEvents,
  recommendations,
  users,
  workingGroups,
  type RecommendationRow,
} from '../schema';
import { preparedPerDatabase, shapeKey, type Bound } from './prepared';
import { findRowById, updateVersioned, type FindOptions } from './versioned';

/** Which recommendations a caller may see: every one, or the group-less ones plus those of their groups. */
export interface RecommendationScope {
  userId: string;
  allGroups: boolean;
}

export interface RecommendationFilterQuery {
  /** A group id, or `none` for the group-less ones. */
  groupId?: string | undefined;
  organisationId?: string | undefined;
  level?: RecommendationLevel | undefined;
  /** Category, sub-variable or indicator id. */
  condition?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

const openStatusList = sql.join(
  openRecommendationStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/** Overdue, in SQL: the same definition as `isRecommendationOverdue`. */
function overdueExpression(today: Bound<string>): SQL {
  return sql`(recommendations.due_date is not null and recommendations.due_date < ${today}::date and recommendations.status in (${openStatusList}))`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function recommendationScopeCondition(scope: RecommendationScope): SQL | undefined {
  if (scope.allGroups) return undefined;
  return memberScope(scope.userId);
}

/** Group-less recommendations, and those of the member's groups. */
function memberScope(userId: Bound<string>): SQL {
  return sql`(${recommendations.groupId} is null or exists (select 1 from memberships m where m.group_id = ${recommendations.groupId} and m.user_id = ${userId}))`;
}

/** A filter's values, or in a prepared statement the placeholders that stand for them. */
interface BoundRecommendationFilter {
  groupId?: Bound<string> | undefined;
  organisationId?: Bound<string> | undefined;
  level?: Bound<RecommendationLevel> | undefined;
  /** A placeholder condition goes with the placeholder `conditionDescendants` (see `conditionDescendants`). */
  condition?: Bound<string> | undefined;
  from?: Bound<string> | undefined;
  to?: Bound<string> | undefined;
}

function filterConditions(filter: BoundRecommendationFilter): (SQL | undefined)[] {
  return [
    filter.groupId === 'none'
      ? isNull(recommendations.groupId)
      : filter.groupId
        ? eq(recommendations.groupId, filter.groupId)
        : undefined,
    filter.organisationId
      ? sql`exists (select 1 from recommendation_addressees a where a.recommendation_id = ${recommendations.id} and a.organisation_id = ${filter.organisationId})`
      : undefined,
    filter.level ? eq(recommendations.level, filter.level) : undefined,
    filter.condition
      ? sql`exists (select 1 from recommendation_conditions c where c.recommendation_id = ${recommendations.id} and (c.condition_id = ${filter.condition} or c.condition_id like ${typeof filter.condition === 'string' ? conditionDescendants(filter.condition) : sql.placeholder('conditionDescendants')}))`
      : undefined,
    filter.from ? sql`${recommendations.proposedOn} >= ${filter.from}::date` : undefined,
    filter.to ? sql`${recommendations.proposedOn} <= ${filter.to}::date` : undefined,
  ];
}

export interface RecommendationSummary {
  id: string;
  code: string;
  title: string;
  status: RecommendationStatus;
  level: RecommendationLevel;
  sourceType: RecommendationSourceType;
  groupId: string | null;
  groupName: string | null;
  ownerName: string | null;
  dueDate: string | null;
  priority: boolean;
  overdue: boolean;
  proposedOn: string;
  classification: Classification;
  addressees: { code: string; state: AddresseeState }[];
  conditionIds: string[];
  version: number;
}

export interface RecommendationListQuery extends RecommendationFilterQuery {
  scope: RecommendationScope;
  today: string;
  status?: RecommendationStatus | undefined;
  sourceType?: RecommendationSourceType | undefined;
  decisionId?: string | undefined;
  overdue?: boolean | undefined;
  priority?: boolean | undefined;
  search?: string | undefined;
  cursor?: string | null | undefined;
  limit: number;
}

/** The ids below a condition (its sub-variables and indicators), as a `like` pattern. */
function conditionDescendants(condition: string): string {
  return `${escapeLike(condition)}.%`;
}

function summaryColumns(today: Bound<string>) {
  // Correlated subqueries name the outer table explicitly (see working-groups.ts).
  return {
    id: recommendations.id,
    code: recommendations.code,
    title: recommendations.title,
    status: recommendations.status,
    level: recommendations.level,
    sourceType: recommendations.sourceType,
    groupId: recommendations.groupId,
    groupName: sql<string | null>`(select g.name from working_groups g where g.id = recommendations.group_id)`,
    ownerName: sql<string | null>`(select u.name from users u where u.id = recommendations.owner_user_id)`,
    dueDate: recommendations.dueDate,
    priority: recommendations.priority,
    overdue: sql<boolean>`${overdueExpression(today)}`,
    proposedOn: recommendations.proposedOn,
    classification: recommendations.classification,
    addressees: sql<
      { code: string; state: AddresseeState }[]
    >`coalesce((select json_agg(json_build_object('code', o.code, 'state', a.state) order by o.code) from recommendation_addressees a join organisations o on o.id = a.organisation_id where a.recommendation_id = recommendations.id), '[]'::json)`,
    conditionIds: sql<
      string[]
    >`coalesce((select array_agg(c.condition_id order by c.condition_id) from recommendation_conditions c where c.recommendation_id = recommendations.id), '{}')`,
    version: recommendations.version,
  };
}

/** Which optional parts the register's SQL has, in this order (see `listRecommendations`). */
type RecommendationListShape = readonly boolean[];

const recommendationListStatement = preparedPerDatabase((db, name, shape: RecommendationListShape) => {
  const [
    scoped,
    noGroup,
    group,
    organisation,
    level,
    condition,
    from,
    to,
    status,
    sourceType,
    decision,
    overdue,
    notOverdue,
    priority,
    search,
    cursor,
  ] = shape;
  const bound = (part: boolean | undefined, placeholder: string) => (part ? sql.placeholder(placeholder) : undefined);
  const today = sql.placeholder('today');
  const term = sql.placeholder('term');
  const cursorCode = sql.placeholder('cursorCode');
  return db
    .select(summaryColumns(today))
    .from(recommendations)
    .where(
      and(
        scoped ? memberScope(sql.placeholder('userId')) : undefined,
        ...filterConditions({
          groupId: noGroup ? 'none' : bound(group, 'groupId'),
          organisationId: bound(organisation, 'organisationId'),
          level: bound(level, 'level'),
          condition: bound(condition, 'condition'),
          from: bound(from, 'from'),
          to: bound(to, 'to'),
        }),
        status ? eq(recommendations.status, sql.placeholder('status')) : undefined,
        sourceType ? eq(recommendations.sourceType, sql.placeholder('sourceType')) : undefined,
        decision ? eq(recommendations.decisionId, sql.placeholder('decisionId')) : undefined,
        overdue ? overdueExpression(today) : notOverdue ? sql`not ${overdueExpression(today)}` : undefined,
        priority ? eq(recommendations.priority, sql.placeholder('priority')) : undefined,
        search ? or(ilike(recommendations.title, term), ilike(recommendations.code, term)) : undefined,
        cursor
          ? or(
              gt(recommendations.code, cursorCode),
              and(eq(recommendations.code, cursorCode), gt(recommendations.id, sql.placeholder('cursorId'))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(recommendations.code), asc(recommendations.id))
    .limit(sql.placeholder('limit'))
    .prepare(name);
});

/**
 * Sorted by code, keyset on (code, id); scoped to what the caller may see.
 * Prepared once per shape: which filters are set (see `preparedPerDatabase`).
 */
export async function listRecommendations(
  db: Executor,
  query: RecommendationListQuery,
): Promise<Page<RecommendationSummary>> {
  const cursor = decodeCursor(query.cursor, 'text');
  const shape: RecommendationListShape = [
    !query.scope.allGroups,
    query.groupId === 'none',
    Boolean(query.groupId) && query.groupId !== 'none',
    Boolean(query.organisationId),
    Boolean(query.level),
    Boolean(query.condition),
    Boolean(query.from),
    Boolean(query.to),
    Boolean(query.status),
    Boolean(query.sourceType),
    Boolean(query.decisionId),
    query.overdue === true,
    query.overdue === false,
    query.priority !== undefined,
    Boolean(query.search),
    cursor !== null,
  ];
  const rows = await recommendationListStatement(db, shapeKey('recommendation_list', shape), shape).execute({
    userId: query.scope.userId,
    groupId: query.groupId,
    organisationId: query.organisationId,
    level: query.level,
    condition: query.condition,
    conditionDescendants: query.condition ? conditionDescendants(query.condition) : undefined,
    from: query.from,
    to: query.to,
    status: query.status,
    sourceType: query.sourceType,
    decisionId: query.decisionId,
    today: query.today,
    priority: query.priority,
    term: query.search ? `%${escapeLike(query.search)}%` : undefined,
    cursorCode: cursor?.key,
    cursorId: cursor?.id,
    limit: query.limit + 1,
  });
  return toPage(rows, query.limit, (row) => ({ key: row.code, id: row.id }));
}

/** Every recommendation the caller may see with its title and description (glossary back-links). */
export async function listRecommendationTextsForGlossary(db: Executor, scope: RecommendationScope) {
  return db
    .select({
      id: recommendations.id,
      code: recommendations.code,
      title: recommendations.title,
      description: recommendations.description,
    })
    .from(recommendations)
    .where(recommendationScopeCondition(scope))
    .orderBy(asc(recommendations.code), asc(recommendations.id));
}

/** Overdue recommendations, the longest overdue first. */
export async function listOverdueRecommendations(
  db: Executor,
  query: RecommendationFilterQuery & { scope: RecommendationScope; today: string; limit: number },
): Promise<RecommendationSummary[]> {
  return db
    .select(summaryColumns(query.today))
    .from(recommendations)
    .where(and(recommendationScopeCondition(query.scope), ...filterConditions(query), overdueExpression(query.today)))
    .orderBy(asc(recommendations.dueDate), asc(recommendations.code))
    .limit(query.limit);
}

export async function findRecommendation(db: Executor, id: string, options: FindOptions = {}) {
  return findRowById(db, recommendations, id, options);
}

type RecommendationValues = Pick<
  RecommendationRow,
  | 'code'
  | 'title'
  | 'description'
  | 'sourceType'
  | 'sourceReference'
  | 'level'
  | 'ownerUserId'
  | 'dueDate'
  | 'priority'
  | 'decisionId'
  | 'classification'
>;

export async function insertRecommendation(
  db: Executor,
  values: RecommendationValues & Pick<RecommendationRow, 'sourceId' | 'groupId'> & { createdBy: string },
): Promise<RecommendationRow> {
  const [row] = await db.insert(recommendations).values(values).returning();
  if (!row) throw new Error('insert recommendations returned no row');
  return row;
}

/** Also with no values: bumps the version when an addressee records progress. */
export async function updateRecommendationRow(
  db: Executor,
  id: string,
  expectedVersion: number,
  values: Partial<RecommendationValues & Pick<RecommendationRow, 'status' | 'statusChangedAt' | 'implementedOn'>>,
): Promise<RecommendationRow> {
  return updateVersioned(db, recommendations, id, expectedVersion, values);
}

export async function findRecommendationByCode(db: Executor, code: string) {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.code, code));
  return row ?? null;
}

const conditionIdsStatement = preparedPerDatabase((db, name) =>
  db
    .select({ conditionId: recommendationConditions.conditionId })
    .from(recommendationConditions)
    .where(eq(recommendationConditions.recommendationId, sql.placeholder('recommendationId')))
    .prepare(name),
);

export async function findRecommendationConditionIds(db: Executor, recommendationId: string): Promise<string[]> {
  const rows = await conditionIdsStatement(db, 'recommendation_condition_ids', undefined).execute({ recommendationId });
  return rows.map((r) => r.conditionId).sort();
}

export async function replaceRecommendationConditions(
  db: Executor,
  recommendationId: string,
  conditionIds: readonly string[],
) {
  await db.delete(recommendationConditions).where(eq(recommendationConditions.recommendationId, recommendationId));
  if (conditionIds.length > 0) {
    await db
      .insert(recommendationConditions)
      .values(conditionIds.map((conditionId) => ({ recommendationId, conditionId })));
  }
}

export interface AddresseeView {
  organisationId: string;
  code: string;
  name: string;
  state: AddresseeState;
  note: string;
  updatedAt: Date;
  updatedByName: string | null;
  /** Set when an admin recorded this state on the organisation's behalf. */
  onBehalfReason: string | null;
}

const addresseesStatement = preparedPerDatabase((db, name) =>
  db
    .select({
      organisationId: recommendationAddressees.organisationId,
      code: organisations.code,
      name: organisations.name,
      state: recommendationAddressees.state,
      note: recommendationAddressees.note,
      updatedAt: recommendationAddressees.updatedAt,
      updatedByName: users.name,
      onBehalfReason: recommendationAddressees.onBehalfReason,
    })
    .from(recommendationAddressees)
    .innerJoin(organisations, eq(organisations.id, recommendationAddressees.organisationId))
    .leftJoin(users, eq(users.id, recommendationAddressees.updatedBy))
    .where(eq(recommendationAddressees.recommendationId, sql.placeholder('recommendationId')))
    .orderBy(asc(organisations.code))
    .prepare(name),
);

export async function findRecommendationAddressees(db: Executor, recommendationId: string): Promise<AddresseeView[]> {
  return addresseesStatement(db, 'recommendation_addressees', undefined).execute({ recommendationId });
}

export async function insertRecommendationAddressees(
  db: Executor,
  recommendationId: string,
  organisationIds: readonly string[],
  userId: string | null,
) {
  if (organisationIds.length === 0) return;
  await db
    .insert(recommendationAddressees)
    .values(organisationIds.map((organisationId) => ({ recommendationId, organisationId, updatedBy: userId })));
}

export async function deleteRecommendationAddressees(
  db: Executor,
  recommendationId: string,
  organisationIds: readonly string[],
) {
  if (organisationIds.length === 0) return;
  await db
    .delete(recommendationAddressees)
    .where(
      and(
        eq(recommendationAddressees.recommendationId, recommendationId),
        inArray(recommendationAddressees.organisationId, [...organisationIds]),
      ),
    );
}

export async function updateAddresseeState(
  db: Executor,
  values: {
    recommendationId: string;
    organisationId: string;
    state: AddresseeState;
    note: string;
    userId: string;
    at: Date;
    onBehalfReason: string | null;
  },
) {
  await db
    .update(recommendationAddressees)
    .set({
      state: values.state,
      note: values.note,
      updatedBy: values.userId,
      updatedAt: values.at,
      onBehalfReason: values.onBehalfReason,
    })
    .where(
      and(
        eq(recommendationAddressees.recommendationId, values.recommendationId),
        eq(recommendationAddressees.organisationId, values.organisationId),
      ),
    );
}

export interface NewRecommendationEvent {
  recommendationId: string;
  kind: RecommendationEventKind;
  fromStatus?: RecommendationStatus | null;
  toStatus?: RecommendationStatus | null;
  organisationId?: string | null;
  addresseeState?: AddresseeState | null;
  note?: string;
  reason?: string;
  evidence?: VerificationEvidence | null;
  occurredAt?: Date;
  createdBy: string | null;
}

export async function insertRecommendationEvent(db: Executor, event: NewRecommendationEvent) {
  const [row] = await db.insert(recommendationEvents).values(event).returning();
  if (!row) throw new Error('insert recommendation_events returned no row');
  return row;
}

export interface RecommendationEventView {
  id: string;
  kind: RecommendationEventKind;
  fromStatus: RecommendationStatus | null;
  toStatus: RecommendationStatus | null;
  organisationCode: string | null;
  addresseeState: AddresseeState | null;
  note: string;
  reason: string;
  evidence: VerificationEvidence | null;
  occurredAt: Date;
  actorName: string | null;
}

const eventsStatement = preparedPerDatabase((db, name) =>
  db
    .select({
      id: recommendationEvents.id,
      kind: recommendationEvents.kind,
      fromStatus: recommendationEvents.fromStatus,
      toStatus: recommendationEvents.toStatus,
      organisationCode: organisations.code,
      addresseeState: recommendationEvents.addresseeState,
      note: recommendationEvents.note,
      reason: recommendationEvents.reason,
      evidence: recommendationEvents.evidence,
      occurredAt: recommendationEvents.occurredAt,
      actorName: users.name,
    })
    .from(recommendationEvents)
    .leftJoin(organisations, eq(organisations.id, recommendationEvents.organisationId))
    .leftJoin(users, eq(users.id, recommendationEvents.createdBy))
    .where(eq(recommendationEvents.recommendationId, sql.placeholder('recommendationId')))
    .orderBy(desc(recommendationEvents.occurredAt), desc(recommendationEvents.id))
    .prepare(name),
);

/** The history, newest first. Prepared: the recommendation's page shows it. */
export async function listRecommendationEvents(
  db: Executor,
  recommendationId: string,
): Promise<RecommendationEventView[]> {
  return eventsStatement(db, 'recommendation_events', undefined).execute({ recommendationId });
}

const implementerStatement = preparedPerDatabase((db, name) =>
  db
    .select({ createdBy: recommendationEvents.createdBy })
    .from(recommendationEvents)
    .where(
      and(
        eq(recommendationEvents.recommendationId, sql.placeholder('recommendationId')),
        eq(recommendationEvents.toStatus, implementationStatus),
      ),
    )
    .orderBy(desc(recommendationEvents.occurredAt), desc(recommendationEvents.id))
    .limit(1)
    .prepare(name),
);

/** Who last set the recommendation to uitgevoerd (from its history); null when unknown. Prepared: the recommendation's page shows it. */
export async function findRecommendationImplementer(db: Executor, recommendationId: string): Promise<string | null> {
  const [row] = await implementerStatement(db, 'recommendation_implementer', undefined).execute({ recommendationId });
  return row?.createdBy ?? null;
}

/**
 * Recommendations being carried out that are addressed to the organisation and
 * wait for it to record its own part as done: what a future inbox of that
 * organisation shows. By code.
 */
export async function listRecommendationsWaitingForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({
      id: recommendations.id,
      code: recommendations.code,
      title: recommendations.title,
      status: recommendations.status,
      groupId: recommendations.groupId,
      dueDate: recommendations.dueDate,
      state: recommendationAddressees.state,
      statusChangedAt: recommendations.statusChangedAt,
    })
    .from(recommendationAddressees)
    .innerJoin(recommendations, eq(recommendations.id, recommendationAddressees.recommendationId))
    .where(
      and(
        eq(recommendationAddressees.organisationId, organisationId),
        ne(recommendationAddressees.state, addresseeDoneState),
        inArray(recommendations.status, [...addresseeProgressStatuses]),
      ),
    )
    .orderBy(asc(recommendations.code), asc(recommendations.id));
}

/** A code for a recommendation created without one, ... skipping codes already taken. */
export async function nextRecommendationCode(db: Executor): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const [row] = await db
      .select({ n: sql<string>`nextval('recommendation_code_seq')::text` })
      .from(sql`(select 1) as one`);
    const code = `R-${row?.n ?? Date.now()}`;
    if (!(await findRecommendationByCode(db, code))) return code;
  }
  throw new Error('no free recommendation code');
}

/** The dimensions the dashboard counts by. */
export type RecommendationDimension =
  'status' | 'organisation' | 'level' | 'source' | 'group' | 'category' | 'indicator';

/** The distinct classifications of the recommendations a dashboard or progress report counts. */
export async function listRecommendationClassifications(
  db: Executor,
  query: RecommendationFilterQuery & { scope: RecommendationScope },
): Promise<Classification[]> {
  const rows = await db
    .selectDistinct({ classification: recommendations.classification })
    .from(recommendations)
    .where(and(recommendationScopeCondition(query.scope), ...filterConditions(query)));
  return rows.map((row) => row.classification);
}

/**
 * Counts per (dimension key, status), with how many are overdue, in one SQL
 * aggregate. A recommendation is counted once per key (count distinct), so two
 * indicators of one category count once for that category.
 */
export async function countRecommendationsBy(
  db: Executor,
  dimension: RecommendationDimension,
  query: RecommendationFilterQuery & { scope: RecommendationScope; today: string },
): Promise<StatusCountRow[]> {
  const where = and(recommendationScopeCondition(query.scope), ...filterConditions(query));
  const count = sql<number>`count(distinct recommendations.id)::int`;
  const overdue = sql<number>`(count(distinct recommendations.id) filter (where ${overdueExpression(query.today)}))::int`;
  switch (dimension) {
    case 'status': {
      return db
        .select({ key: sql<string>`'all'`, status: recommendations.status, count, overdue })
        .from(recommendations)
        .where(where)
        .groupBy(recommendations.status);
    }
    case 'level': {
      return db
        .select({ key: sql<string>`recommendations.level::text`, status: recommendations.status, count, overdue })
        .from(recommendations)
        .where(where)
        .groupBy(recommendations.level, recommendations.status)
        .orderBy(recommendations.level);
    }
    case 'source': {
      return db
        .select({ key: sql<string>`recommendations.source_type::text`, status: recommendations.status, count, overdue })
        .from(recommendations)
        .where(where)
        .groupBy(recommendations.sourceType, recommendations.status)
        .orderBy(recommendations.sourceType);
    }
    case 'group': {
      const rows = await db
        .select({
          key: sql<string>`coalesce(recommendations.group_id::text, 'none')`,
          label: sql<string>`coalesce(working_groups.name, '')`,
          status: recommendations.status,
          count,
          overdue,
        })
        .from(recommendations)
        .leftJoin(workingGroups, eq(workingGroups.id, recommendations.groupId))
        .where(where)
        .groupBy(recommendations.groupId, workingGroups.name, recommendations.status)
        .orderBy(sql`working_groups.name nulls first`);
      return rows;
    }
    case 'organisation': {
      return db
        .select({
          key: sql<string>`organisations.id::text`,
          label: organisations.name,
          status: recommendations.status,
          count,
          overdue,
        })
        .from(recommendations)
        .innerJoin(recommendationAddressees, eq(recommendationAddressees.recommendationId, recommendations.id))
        .innerJoin(organisations, eq(organisations.id, recommendationAddressees.organisationId))
        .where(where)
        .groupBy(organisations.id, organisations.name, recommendations.status)
        .orderBy(organisations.name);
    }
    case 'category':
    case 'indicator': {
      const key =
        dimension === 'category'
          ? sql<string>`split_part(recommendation_conditions.condition_id, '.', 1)`
          : sql<string>`recommendation_conditions.condition_id`;
      return db
        .select({ key, status: recommendations.status, count, overdue })
        .from(recommendations)
        .innerJoin(recommendationConditions, eq(recommendationConditions.recommendationId, recommendations.id))
        .where(where)
        .groupBy(key, recommendations.status);
    }
  }
}

function monthNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;
}

/**
 * Open and implemented recommendations at the end of each month of the period,
 * from the status history: the latest status entry up to that month's end.
 *
 * One pass over the history: each status entry holds from its moment until the
 * next one (`lead`), and a month counts the entry that holds at its end. A
 * lookup per recommendation and month (2 × 24,000 subqueries for 2,000
 * recommendations over twelve months) took 250 ms on PostgreSQL and 28 s on
 * PGlite (`npm run bench`). The months come from an integer series, so
 * PostgreSQL estimates twelve rows instead of a thousand and does not start its
 * JIT compiler for this small query.
 */
export async function recommendationTrend(
  db: Executor,
  query: RecommendationFilterQuery & { scope: RecommendationScope; periodFrom: string; periodTo: string },
): Promise<TrendPoint[]> {
  const monthCount = monthNumber(query.periodTo) - monthNumber(query.periodFrom) + 1;
  if (monthCount <= 0) return [];
  const where = and(
    recommendationScopeCondition(query.scope),
    ...filterConditions({ ...query, from: undefined, to: undefined }),
  );
  const periods = db
    .select({
      recommendationId: recommendationEvents.recommendationId,
      status: sql<RecommendationStatus | null>`${recommendationEvents.toStatus}`.as('period_status'),
      validFrom: sql<Date>`${recommendationEvents.occurredAt}`.as('valid_from'),
      validUntil:
        sql<Date | null>`lead(${recommendationEvents.occurredAt}) over (partition by ${recommendationEvents.recommendationId} order by ${recommendationEvents.occurredAt}, ${recommendationEvents.id})`.as(
          'valid_until',
        ),
    })
    .from(recommendationEvents)
    .where(eq(recommendationEvents.kind, 'status'))
    .as('periods');
  // monthCount is an integer computed above, so it can be written into the SQL as it is.
  const months = sql`(select date_trunc('month', ${query.periodFrom}::date) + make_interval(months => s.i) as month from generate_series(0, ${sql.raw(String(monthCount - 1))}) as s(i)) as m`;
  const monthEnd = sql`m.month + interval '1 month'`;
  return db
    .select({
      month: sql<string>`to_char(m.month, 'YYYY-MM')`,
      open: sql<number>`(count(*) filter (where ${periods.status} in ('voorgesteld', 'aanvaard', 'in_uitvoering')))::int`,
      implemented: sql<number>`(count(*) filter (where ${periods.status} in ('uitgevoerd', 'geverifieerd')))::int`,
    })
    .from(recommendations)
    .innerJoin(periods, eq(periods.recommendationId, recommendations.id))
    .innerJoin(
      months,
      sql`${periods.validFrom} < ${monthEnd} and (${periods.validUntil} is null or ${periods.validUntil} >= ${monthEnd})`,
    )
    .where(where)
    .groupBy(sql`m.month`)
    .orderBy(sql`m.month`);
}

/** Recommendations addressing any of the given indicators, limited to one group's and the group-less ones. */
export async function findRecommendationsForConditions(
  db: Executor,
  query: { conditionIds: readonly string[]; groupId: string; today: string },
) {
  if (query.conditionIds.length === 0) return [];
  return db
    .select({
      conditionId: recommendationConditions.conditionId,
      id: recommendations.id,
      code: recommendations.code,
      title: recommendations.title,
      status: recommendations.status,
      groupId: recommendations.groupId,
      dueDate: recommendations.dueDate,
      overdue: sql<boolean>`${overdueExpression(query.today)}`,
    })
    .from(recommendationConditions)
    .innerJoin(recommendations, eq(recommendations.id, recommendationConditions.recommendationId))
    .where(
      and(
        inArray(recommendationConditions.conditionId, [...query.conditionIds]),
        or(isNull(recommendations.groupId), eq(recommendations.groupId, query.groupId)),
      ),
    )
    .orderBy(asc(recommendationConditions.conditionId), asc(recommendations.code));
}

/**
 * The records in other modules that became this recommendation (they point to
 * it with their own foreign key): the exercise of an improvement action, the
 * placement of a debrief lesson.
 */
/**
 * The exercises and placements a recommendation came from, with what is needed
 * to decide whether the reader may see each (the service filters them).
 */
export async function findRecommendationOrigins(db: Executor, recommendationId: string) {
  const exerciseColumns = { id: exercises.id, label: exercises.title, groupId: exercises.groupId };
  const [fromActions, fromObservations, fromPlacements] = await Promise.all([
    db
      .select(exerciseColumns)
      .from(improvementActions)
      .innerJoin(exercises, eq(exercises.id, improvementActions.exerciseId))
      .where(eq(improvementActions.recommendationId, recommendationId)),
    db
      .select(exerciseColumns)
      .from(exerciseObservations)
      .innerJoin(exercises, eq(exercises.id, exerciseObservations.exerciseId))
      .where(eq(exerciseObservations.recommendationId, recommendationId)),
    db
      .select({
        id: placements.id,
        label: placements.personName,
        groupId: placements.groupId,
        personUserId: placements.personUserId,
        createdBy: placements.createdBy,
      })
      .from(placementLessons)
      .innerJoin(placements, eq(placements.id, placementLessons.placementId))
      .where(eq(placementLessons.recommendationId, recommendationId)),
  ]);
  return {
    exercises: [...fromActions, ...fromObservations],
    placements: fromPlacements,
  };
}
