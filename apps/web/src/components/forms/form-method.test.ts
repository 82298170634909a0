import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

/** Every `<form` opening in the web app's components, with the file it is in. */
function formOpenings(): { file: string; opening: string }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.tsx'))
    .flatMap((path) =>
      [...readFileSync(join(root, path), 'utf8').matchAll(/<form\b[\s\S]{0,80}/g)].map((match) => ({
        file: path,
        opening: match[0],
      })),
    );
}

describe('forms before the page is interactive', () => {
  it('post to the page, so a form sent before hydration never puts what was typed (a password) in the address', () => {
    const forms = formOpenings();
    expect(forms.length).toBeGreaterThan(30);
    const leaking = forms
      .filter(({ opening }) => !/^<form\s+method="post"/.test(opening) && !/^<form\s+role="search"/.test(opening))
      .map(({ file }) => file);
    expect(leaking).toEqual([]);
  });

  it('search forms say where they go, so Enter before hydration still finds', () => {
    const header = formOpenings().filter(({ file }) => file.endsWith('header-search.tsx'));
    expect(header).toHaveLength(1);
    expect(header[0]?.opening).toMatch(/action="\/zoeken"/);
  });
});
