/**
 * What the organisation lens does inside the modules (issue 16): it puts that
 * organisation's part first and counts it, never hides anything. Every function
 * returns all items it was given; with no lens (the joint view) the order is kept.
 */

/** The items of the lens organisation first, the others after them, each in their own order (stable). */
export function lensFirst<T>(
  items: readonly T[],
  isLensItem: (item: T, lensOrganisationId: string) => boolean,
  lensOrganisationId: string | null,
): T[] {
  if (!lensOrganisationId) return [...items];
  const first = items.filter((item) => isLensItem(item, lensOrganisationId));
  const rest = items.filter((item) => !isLensItem(item, lensOrganisationId));
  return [...first, ...rest];
}

/** Items that belong to one organisation (a perspective, a column of scores, a sign-off): that one first. */
export function lensFirstByOrganisation<T extends { organisationId: string }>(
  items: readonly T[],
  lensOrganisationId: string | null,
): T[] {
  return lensFirst(items, (item, lens) => item.organisationId === lens, lensOrganisationId);
}

/**
 * The order of side-by-side columns (one per organisation) as indexes into the
 * original list, so rows of values in that original order can follow the columns.
 */
export function lensColumnOrder(organisationIds: readonly string[], lensOrganisationId: string | null): number[] {
  const indexes = organisationIds.map((_, index) => index);
  return lensFirst(indexes, (index, lens) => organisationIds[index] === lens, lensOrganisationId);
}

/** Where the lens organisation stands in a decision's sign-off: null when it is not concerned (or no lens). */
export type LensSignOffState = 'signed' | 'awaiting';

export function lensSignOffState(
  concernedOrganisationIds: readonly string[],
  signedOrganisationIds: readonly string[],
  lensOrganisationId: string | null,
): LensSignOffState | null {
  if (!lensOrganisationId || !concernedOrganisationIds.includes(lensOrganisationId)) return null;
  return signedOrganisationIds.includes(lensOrganisationId) ? 'signed' : 'awaiting';
}

/** How many decisions await the lens organisation's sign-off, of those that concern it. */
export function countLensSignOffs(
  decisions: readonly { concernedOrganisationIds: readonly string[]; signedOrganisationIds: readonly string[] }[],
  lensOrganisationId: string | null,
): { concerned: number; awaiting: number } {
  let concerned = 0;
  let awaiting = 0;
  for (const decision of decisions) {
    const state = lensSignOffState(
      decision.concernedOrganisationIds,
      decision.signedOrganisationIds,
      lensOrganisationId,
    );
    if (state) concerned += 1;
    if (state === 'awaiting') awaiting += 1;
  }
  return { concerned, awaiting };
}

/** A sharing rule binds an organisation when it shares or receives under it. */
export function sharingRuleBindsOrganisation(
  rule: { fromOrganisationId: string; toOrganisationId: string },
  organisationId: string,
): boolean {
  return rule.fromOrganisationId === organisationId || rule.toOrganisationId === organisationId;
}

/** The sharing rules that bind the lens organisation first. */
export function lensFirstSharingRules<T extends { fromOrganisationId: string; toOrganisationId: string }>(
  rules: readonly T[],
  lensOrganisationId: string | null,
): T[] {
  return lensFirst(rules, sharingRuleBindsOrganisation, lensOrganisationId);
}

/** What the lens organisation is to a placement: where the liaison comes from (home), where they work (host), or neither. */
export type PlacementLensRole = 'home' | 'host';

export function placementLensRole(
  placement: { homeOrganisationId: string; hostOrganisationId: string },
  lensOrganisationId: string | null,
): PlacementLensRole | null {
  if (!lensOrganisationId) return null;
  if (placement.homeOrganisationId === lensOrganisationId) return 'home';
  if (placement.hostOrganisationId === lensOrganisationId) return 'host';
  return null;
}

/** Placements where the lens organisation is home or host first. */
export function lensFirstPlacements<T extends { homeOrganisationId: string; hostOrganisationId: string }>(
  placements: readonly T[],
  lensOrganisationId: string | null,
): T[] {
  return lensFirst(placements, (p, lens) => placementLensRole(p, lens) !== null, lensOrganisationId);
}

/** How many of the placements shown have the lens organisation as home and as host. */
export function countLensPlacements(
  placements: readonly { homeOrganisationId: string; hostOrganisationId: string }[],
  lensOrganisationId: string | null,
): { home: number; host: number } {
  let home = 0;
  let host = 0;
  for (const placement of placements) {
    const role = placementLensRole(placement, lensOrganisationId);
    if (role === 'home') home += 1;
    if (role === 'host') host += 1;
  }
  return { home, host };
}

/**
 * The scan through the lens: on how many indicators the lens organisation scored,
 * and where its score lies above, below or level with the others' average. A null
 * score (not applicable) counts as not scored.
 */
export function compareLensScores(
  indicators: readonly { organisations: readonly { organisationId: string; score: number | null }[] }[],
  lensOrganisationId: string | null,
): { scored: number; higher: number; lower: number; equal: number } {
  const result = { scored: 0, higher: 0, lower: 0, equal: 0 };
  if (!lensOrganisationId) return result;
  for (const indicator of indicators) {
    const own = indicator.organisations.find((o) => o.organisationId === lensOrganisationId)?.score;
    if (own === null || own === undefined) continue;
    result.scored += 1;
    const others = indicator.organisations.flatMap((o) =>
      o.organisationId !== lensOrganisationId && o.score !== null ? [o.score] : [],
    );
    if (others.length === 0) continue;
    const average = others.reduce((sum, score) => sum + score, 0) / others.length;
    if (own > average) result.higher += 1;
    else if (own < average) result.lower += 1;
    else result.equal += 1;
  }
  return result;
}
