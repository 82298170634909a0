import { describe, expect, it } from 'vitest';
import type { Actor, GlobalRole } from '../access/roles';
import {
  assertCanEscalateGlossaryComment,
  canEscalateGlossaryComment,
  isDecisionDecided,
  isGlossaryReviewOverdue,
} from './glossary-escalation.rules';

const actor = (globalRole: GlobalRole): Actor => ({ userId: 'u', organisationId: 'org', globalRole });
const refused = (code: string) => expect.objectContaining({ code });
const open = { status: 'open' as const, decisionId: null };

describe('canEscalateGlossaryComment', () => {
  it('lets chairs and members of the maintaining group escalate an open comment', () => {
    expect(canEscalateGlossaryComment('chair', open)).toBe(true);
    expect(canEscalateGlossaryComment('member', open)).toBe(true);
  });

  it('refuses observers and outsiders', () => {
    expect(canEscalateGlossaryComment('observer', open)).toBe(false);
    expect(canEscalateGlossaryComment(null, open)).toBe(false);
  });

  it('refuses a resolved or an already escalated comment', () => {
    expect(canEscalateGlossaryComment('chair', { status: 'verwerkt', decisionId: null })).toBe(false);
    expect(canEscalateGlossaryComment('chair', { status: 'open', decisionId: 'd1' })).toBe(false);
  });
});

describe('assertCanEscalateGlossaryComment', () => {
  it('answers NOT_FOUND to outsiders and FORBIDDEN to observers', () => {
    expect(() => assertCanEscalateGlossaryComment(actor('member'), null, open)).toThrow(refused('NOT_FOUND'));
    expect(() => assertCanEscalateGlossaryComment(actor('member'), 'observer', open)).toThrow(refused('FORBIDDEN'));
  });

  it('names why a comment cannot be escalated twice or after it was handled', () => {
    expect(() =>
      assertCanEscalateGlossaryComment(actor('member'), 'member', { status: 'open', decisionId: 'd' }),
    ).toThrow(refused('COMMENT_ALREADY_ESCALATED'));
    expect(() =>
      assertCanEscalateGlossaryComment(actor('member'), 'member', { status: 'afgewezen', decisionId: null }),
    ).toThrow(refused('COMMENT_ALREADY_RESOLVED'));
  });

  it('passes for a member on an open comment', () => {
    expect(() => assertCanEscalateGlossaryComment(actor('member'), 'member', open)).not.toThrow();
  });
});

describe('isDecisionDecided', () => {
  it('is false while the decision is concept or voorgesteld, true once vastgesteld or closed', () => {
    expect(isDecisionDecided('concept')).toBe(false);
    expect(isDecisionDecided('voorgesteld')).toBe(false);
    expect(isDecisionDecided('vastgesteld')).toBe(true);
    expect(isDecisionDecided('vervangen')).toBe(true);
    expect(isDecisionDecided('ingetrokken')).toBe(true);
  });
});

describe('isGlossaryReviewOverdue', () => {
  const today = '2026-12-06';
  it('flags a review date before today', () => {
    expect(isGlossaryReviewOverdue({ reviewDate: '2026-12-05', status: 'vastgesteld' }, today)).toBe(true);
  });

  it('does not flag today, a later date or no date', () => {
    expect(isGlossaryReviewOverdue({ reviewDate: today, status: 'vastgesteld' }, today)).toBe(false);
    expect(isGlossaryReviewOverdue({ reviewDate: '2027-01-01', status: 'vastgesteld' }, today)).toBe(false);
    expect(isGlossaryReviewOverdue({ reviewDate: null, status: 'vastgesteld' }, today)).toBe(false);
  });

  it('does not flag a retired term', () => {
    expect(isGlossaryReviewOverdue({ reviewDate: '2020-01-01', status: 'vervallen' }, today)).toBe(false);
    expect(isGlossaryReviewOverdue({ reviewDate: '2020-01-01', status: 'vervangen' }, today)).toBe(false);
  });
});
