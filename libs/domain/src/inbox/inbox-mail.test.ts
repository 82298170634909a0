import { describe, expect, it } from 'vitest';
import { inboxReasons } from './inbox.rules';
import { actionMailDedupeKey, digestDedupeKey, inboxMailWords } from './inbox-mail';

describe('inbox mail words', () => {
  it('title every reason in both languages', () => {
    for (const reason of inboxReasons) {
      expect(inboxMailWords.nl.reasonTitles[reason]).not.toBe('');
      expect(inboxMailWords.en.reasonTitles[reason]).not.toBe(inboxMailWords.nl.reasonTitles[reason]);
    }
  });
  it('count in the subject', () => {
    expect(inboxMailWords.nl.digestSubject(1)).toBe('Voor mij: 1 item wacht op u');
    expect(inboxMailWords.en.actionSubject(3)).toBe('Action needed: 3 new items for you');
  });
});

describe('mail dedupe keys', () => {
  it('are one per person per day for the digest', () => {
    expect(digestDedupeKey('u1', '2026-12-06')).toBe('digest:u1:2026-12-06');
  });
  it('do not depend on the order of the items', () => {
    expect(actionMailDedupeKey('u1', ['b', 'a'])).toBe(actionMailDedupeKey('u1', ['a', 'b']));
  });
});
