import { describe, expect, it } from 'vitest';
import { pickMessages } from './pick-messages';

describe('pickMessages', () => {
  const all = {
    app: { name: 'Samenwerkingsruimte' },
    admin: { backup: { overdue: 'Te laat' }, users: { title: 'Gebruikers' } },
    glossary: { title: 'Begrippenlijst', status: { draft: 'Concept' } },
  };

  it('keeps the named namespaces and their parts, nested as they were, and nothing else', () => {
    expect(pickMessages(all, ['app', 'admin.backup', 'glossary.status'])).toEqual({
      app: { name: 'Samenwerkingsruimte' },
      admin: { backup: { overdue: 'Te laat' } },
      glossary: { status: { draft: 'Concept' } },
    });
  });

  it('gives a whole namespace when both it and a part of it are named', () => {
    expect(pickMessages(all, ['admin.backup', 'admin'])).toEqual({ admin: all.admin });
    expect(pickMessages(all, ['admin', 'admin.backup'])).toEqual({ admin: all.admin });
  });

  it('leaves out a path that names nothing', () => {
    expect(pickMessages(all, ['nav', 'admin.nothing'])).toEqual({});
  });
});
