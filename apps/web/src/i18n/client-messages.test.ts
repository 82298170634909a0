import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messages } from './messages';

/**
 * Each route segment gives its client components only the message namespaces
 * it lists in `<ClientMessages namespaces={[…]}>` (issue 19). This reads the
 * source: from every layout, page and error file it follows the imports into
 * the client components (files marked 'use client' and everything they
 * import), collects what they translate, and checks that the provider in
 * effect there lists it. A client component that reads a namespace its route
 * does not provide would otherwise show raw keys.
 */

const srcRoot = fileURLToPath(new URL('../', import.meta.url));
const appRoot = join(srcRoot, 'app');
/** The path names a message or a group of messages (not, say, a tRPC procedure such as `glossary.findInTexts`). */
function isMessagePath(path: string): boolean {
  let node: unknown = messages.nl;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

const sourceCache = new Map<string, string>();
function source(file: string): string {
  let text = sourceCache.get(file);
  if (text === undefined) {
    text = readFileSync(file, 'utf8');
    sourceCache.set(file, text);
  }
  return text;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = join(srcRoot, specifier.slice(2));
  else if (specifier.startsWith('.')) base = join(dirname(from), specifier);
  else return null; // packages and libs/*: they render no translated text
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): string[] {
  const text = source(file);
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] ?? '');
  return specifiers.map((specifier) => resolveImport(file, specifier)).filter((path) => path !== null);
}

const isClientModule = (file: string) => /^\s*(['"])use client\1/.test(source(file));

/**
 * Client modules that translate keys coming from elsewhere: error codes and
 * field errors from the server, zod messages from libs/domain's schemas.
 */
const keysFromElsewhere: Record<string, string[]> = {
  'components/forms/use-error-text.ts': ['errors', 'validation'],
  'components/forms/use-form.ts': ['validation'],
};

/**
 * The message paths a module reads: the namespace of each
 * `useTranslations('ns.part')`, and every string or template literal that
 * starts with a namespace (`'errors.NOT_FOUND'`; `` `errors.${code}` `` gives
 * `errors`), for `useTranslations()` without a namespace or a translate
 * function handed to a helper.
 */
function messagePathsReadBy(text: string): string[] {
  const paths = new Set<string>();
  for (const match of text.matchAll(/\buseTranslations\(\s*(['"])([^'"]+)\1\s*\)/g)) paths.add(match[2] ?? '');
  for (const match of text.matchAll(/(['"`])([A-Za-z]\w*(?:\.\w+)*)(\.\$\{|\1)/g)) {
    const path = match[2] ?? '';
    const dynamic = match[3] === '.${';
    if ((dynamic || path.includes('.')) && isMessagePath(path)) paths.add(path);
  }
  return [...paths];
}

/** What the client components reached from `entry` read, with the file that reads it. */
function clientReads(entry: string): Map<string, string> {
  const reads = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const client = inClient || isClientModule(file);
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) {
      const name = relative(srcRoot, file);
      for (const path of [...messagePathsReadBy(source(file)), ...(keysFromElsewhere[name] ?? [])])
        reads.set(path, name);
    }
    for (const imported of importsOf(file)) visit(imported, client);
  };
  visit(entry, false);
  return reads;
}

/** The paths listed by the `<ClientMessages namespaces={[…]}>` in a file, or null without one. */
function providedBy(file: string): string[] | null {
  const text = source(file);
  if (!text.includes('<ClientMessages')) return null;
  const match = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/.exec(text);
  if (!match) throw new Error(`${relative(srcRoot, file)}: list the namespaces of <ClientMessages> literally`);
  return [...(match[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1] ?? '');
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return /^(layout|page|error|not-found|loading|template)\.tsx$/.test(entry.name) ? [path] : [];
  });
}

/** The provider a route file's own client components render under: its own, else the nearest layout's above. */
function providerFor(file: string): { file: string; paths: string[] } | null {
  const own = /\/(layout|page)\.tsx$/.test(file) ? providedBy(file) : null;
  if (own) return { file, paths: own };
  // A layout's own output sits inside its parent's layout; a page, error or not-found inside its folder's layout.
  let dir = file.endsWith('/layout.tsx') ? dirname(dirname(file)) : dirname(file);
  while (dir.startsWith(appRoot)) {
    const layout = join(dir, 'layout.tsx');
    const paths = existsSync(layout) ? providedBy(layout) : null;
    if (paths) return { file: layout, paths };
    dir = dirname(dir);
  }
  return null;
}

const covers = (provided: string[], path: string) =>
  provided.some((given) => path === given || path.startsWith(`${given}.`));

describe('messages given to client components (issue 19)', () => {
  const files = routeFiles(appRoot);

  it('reads what a client component translates', () => {
    expect(messagePathsReadBy("const t = useTranslations('admin.backup');")).toEqual(['admin.backup']);
    expect(
      messagePathsReadBy("const t = useTranslations(); t('glossary.title'); t(`errors.${code}`); t('app');"),
    ).toEqual(['glossary.title', 'errors']);
    const glossaryPage = join(appRoot, '(app)/begrippenlijst/page.tsx');
    expect([...clientReads(glossaryPage).keys()]).toContain('glossary');
  });

  it('gives every route a provider', () => {
    expect(files.filter((file) => providerFor(file) === null).map((file) => relative(srcRoot, file))).toEqual([]);
  });

  it('provides every namespace a route’s client components read', () => {
    const missing = files.flatMap((file) => {
      const provider = providerFor(file);
      if (!provider) return [];
      return [...clientReads(file)]
        .filter(([path]) => !covers(provider.paths, path))
        .map(
          ([path, reader]) =>
            `${relative(srcRoot, file)}: ${reader} reads ${path}, ${relative(srcRoot, provider.file)} does not provide it`,
        );
    });
    expect(missing).toEqual([]);
  });

  it('provides nothing that no client component below reads, so no page carries unused texts', () => {
    const readUnder = new Map<string, string[]>();
    for (const file of files) {
      const provider = providerFor(file);
      if (provider)
        readUnder.set(provider.file, [...(readUnder.get(provider.file) ?? []), ...clientReads(file).keys()]);
    }
    const unused = [...readUnder].flatMap(([provider, reads]) =>
      (providedBy(provider) ?? [])
        .filter((given) => !reads.some((path) => covers([given], path) || given.startsWith(`${path}.`)))
        .map((given) => `${relative(srcRoot, provider)}: ${given}`),
    );
    expect(unused).toEqual([]);
  });
});
