/**
 * The fields in which the user's values and the newest version differ, down
 * to the leaves of nested objects (a term's definition per organisation is
 * `definitions.<id>.text`); arrays and plain values are leaves.
 */
export interface ConflictField {
  path: string[];
  mine: unknown;
  theirs: unknown;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export function conflictFields(mine: unknown, theirs: unknown, path: string[] = []): ConflictField[] {
  if (isPlainObject(mine) || isPlainObject(theirs)) {
    const a = isPlainObject(mine) ? mine : {};
    const b = isPlainObject(theirs) ? theirs : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => conflictFields(a[key], b[key], [...path, key]));
  }
  return same(mine, theirs) ? [] : [{ path, mine, theirs }];
}

export type ConflictChoice = 'mine' | 'theirs';

export function pathKey(path: readonly string[]): string {
  return path.join('.');
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): Record<string, unknown> {
  const [head, ...rest] = path;
  if (head === undefined) return target;
  if (rest.length === 0) return { ...target, [head]: value };
  const child = target[head];
  return { ...target, [head]: setAt(isPlainObject(child) ? child : {}, rest, value) };
}

/**
 * The values to save: the newest version, with the user's value wherever they
 * chose "mine" (the default for every field: nothing typed is lost unless the
 * user picks the other side).
 */
export function mergeConflict<T extends Record<string, unknown>>(
  mine: T,
  theirs: T,
  choices: Readonly<Record<string, ConflictChoice>>,
): T {
  let merged: Record<string, unknown> = theirs;
  for (const field of conflictFields(mine, theirs)) {
    if ((choices[pathKey(field.path)] ?? 'mine') === 'mine') merged = setAt(merged, field.path, field.mine);
  }
  return merged as T;
}
