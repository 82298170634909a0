import { describe, expect, it } from 'vitest';
import {
  compareLensScores,
  countLensPlacements,
  countLensSignOffs,
  lensColumnOrder,
  lensFirstByOrganisation,
  lensFirstPlacements,
  lensFirstSharingRules,
  lensSignOffState,
  placementLensRole,
  sharingRuleBindsOrganisation,
} from './lens-order';

const DEF = 'def';
const POL = 'pol';
const KMAR = 'kmar';

describe('the lens puts an organisation first, never hides', () => {
  const perspectives = [
    { organisationId: DEF, text: 'a' },
    { organisationId: KMAR, text: 'b' },
    { organisationId: POL, text: 'c' },
  ];

  it('puts that organisation first and keeps the others in their order', () => {
    expect(lensFirstByOrganisation(perspectives, POL).map((p) => p.organisationId)).toEqual([POL, DEF, KMAR]);
    expect(lensFirstByOrganisation(perspectives, KMAR).map((p) => p.organisationId)).toEqual([KMAR, DEF, POL]);
  });

  it('keeps the order in the joint view and for an organisation that is not there', () => {
    expect(lensFirstByOrganisation(perspectives, null)).toEqual(perspectives);
    expect(lensFirstByOrganisation(perspectives, 'other')).toEqual(perspectives);
  });

  it('orders side-by-side columns as indexes, so rows of values follow', () => {
    expect(lensColumnOrder([DEF, POL], POL)).toEqual([1, 0]);
    expect(lensColumnOrder([DEF, POL], DEF)).toEqual([0, 1]);
    expect(lensColumnOrder([DEF, KMAR, POL], POL)).toEqual([2, 0, 1]);
    expect(lensColumnOrder([DEF, POL], null)).toEqual([0, 1]);
    expect(lensColumnOrder([], POL)).toEqual([]);
  });
});

describe('decisions through the lens', () => {
  it('says whether the organisation signed, still has to, or is not concerned', () => {
    expect(lensSignOffState([DEF, POL], [DEF], POL)).toBe('awaiting');
    expect(lensSignOffState([DEF, POL], [DEF, POL], POL)).toBe('signed');
    expect(lensSignOffState([DEF], [DEF], POL)).toBeNull();
    expect(lensSignOffState([DEF, POL], [], null)).toBeNull();
  });

  it('counts the decisions that concern it and those awaiting its sign-off', () => {
    const decisions = [
      { concernedOrganisationIds: [DEF, POL], signedOrganisationIds: [DEF] },
      { concernedOrganisationIds: [DEF, POL], signedOrganisationIds: [DEF, POL] },
      { concernedOrganisationIds: [DEF], signedOrganisationIds: [] },
    ];
    expect(countLensSignOffs(decisions, POL)).toEqual({ concerned: 2, awaiting: 1 });
    expect(countLensSignOffs(decisions, DEF)).toEqual({ concerned: 3, awaiting: 1 });
    expect(countLensSignOffs(decisions, null)).toEqual({ concerned: 0, awaiting: 0 });
  });

  it('puts the sharing rules where it shares or receives first', () => {
    const rules = [
      { id: 1, fromOrganisationId: DEF, toOrganisationId: KMAR },
      { id: 2, fromOrganisationId: DEF, toOrganisationId: POL },
      { id: 3, fromOrganisationId: POL, toOrganisationId: DEF },
      { id: 4, fromOrganisationId: KMAR, toOrganisationId: DEF },
    ];
    expect(sharingRuleBindsOrganisation({ fromOrganisationId: DEF, toOrganisationId: POL }, POL)).toBe(true);
    expect(sharingRuleBindsOrganisation({ fromOrganisationId: POL, toOrganisationId: DEF }, POL)).toBe(true);
    expect(sharingRuleBindsOrganisation({ fromOrganisationId: DEF, toOrganisationId: KMAR }, POL)).toBe(false);
    expect(lensFirstSharingRules(rules, POL).map((r) => r.id)).toEqual([2, 3, 1, 4]);
    expect(lensFirstSharingRules(rules, KMAR).map((r) => r.id)).toEqual([1, 4, 2, 3]);
    expect(lensFirstSharingRules(rules, null).map((r) => r.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('placements through the lens', () => {
  const placements = [
    { id: 'a', homeOrganisationId: DEF, hostOrganisationId: KMAR },
    { id: 'b', homeOrganisationId: DEF, hostOrganisationId: POL },
    { id: 'c', homeOrganisationId: POL, hostOrganisationId: DEF },
    { id: 'd', homeOrganisationId: POL, hostOrganisationId: KMAR },
  ];

  it('names the organisation home or host', () => {
    expect(placementLensRole({ homeOrganisationId: POL, hostOrganisationId: DEF }, POL)).toBe('home');
    expect(placementLensRole({ homeOrganisationId: DEF, hostOrganisationId: POL }, POL)).toBe('host');
    expect(placementLensRole({ homeOrganisationId: DEF, hostOrganisationId: KMAR }, POL)).toBeNull();
    expect(placementLensRole({ homeOrganisationId: DEF, hostOrganisationId: POL }, null)).toBeNull();
  });

  it('puts its placements first and counts them as home and as host', () => {
    expect(lensFirstPlacements(placements, POL).map((p) => p.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(lensFirstPlacements(placements, null).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(countLensPlacements(placements, POL)).toEqual({ home: 2, host: 1 });
    expect(countLensPlacements(placements, KMAR)).toEqual({ home: 0, host: 2 });
    expect(countLensPlacements(placements, null)).toEqual({ home: 0, host: 0 });
  });
});

describe('the scan through the lens', () => {
  const indicators = [
    {
      organisations: [
        { organisationId: DEF, score: 3 },
        { organisationId: POL, score: 4 },
      ],
    },
    {
      organisations: [
        { organisationId: DEF, score: 4 },
        { organisationId: POL, score: 2 },
      ],
    },
    {
      organisations: [
        { organisationId: DEF, score: 3 },
        { organisationId: POL, score: 3 },
      ],
    },
    {
      organisations: [
        { organisationId: DEF, score: 3 },
        { organisationId: POL, score: null },
      ],
    },
    { organisations: [{ organisationId: POL, score: 5 }] },
    { organisations: [{ organisationId: DEF, score: 1 }] },
  ];

  it("compares that organisation's scores with the others', skipping what it did not score", () => {
    expect(compareLensScores(indicators, POL)).toEqual({ scored: 4, higher: 1, lower: 1, equal: 1 });
    expect(compareLensScores(indicators, DEF)).toEqual({ scored: 5, higher: 1, lower: 1, equal: 1 });
  });

  it('compares with the average of several other organisations', () => {
    const three = [
      {
        organisations: [
          { organisationId: POL, score: 3 },
          { organisationId: DEF, score: 2 },
          { organisationId: KMAR, score: 5 },
        ],
      },
    ];
    expect(compareLensScores(three, POL)).toEqual({ scored: 1, higher: 0, lower: 1, equal: 0 });
  });

  it('counts nothing in the joint view', () => {
    expect(compareLensScores(indicators, null)).toEqual({ scored: 0, higher: 0, lower: 0, equal: 0 });
  });
});
