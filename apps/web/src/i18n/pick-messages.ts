import type { messages } from './messages';

type Messages = (typeof messages)['nl'];

/** A top-level namespace (`glossary`) or one part of it (`admin.backup`). */
export type MessagePath = {
  [K in keyof Messages & string]: Messages[K] extends Record<string, unknown>
    ? K | `${K}.${keyof Messages[K] & string}`
    : K;
}[keyof Messages & string];

type MessageTree = { [key: string]: string | MessageTree };

/**
 * The parts of `all` named by `paths`, nested as in `all` (`admin.backup` gives
 * `{ admin: { backup: … } }`). A path that names nothing is left out.
 */
export function pickMessages(all: Record<string, unknown>, paths: readonly string[]): MessageTree {
  const picked: MessageTree = {};
  for (const path of paths) {
    const parts = path.split('.');
    let from: unknown = all;
    for (const part of parts) {
      from = typeof from === 'object' && from !== null ? (from as Record<string, unknown>)[part] : undefined;
    }
    if (from === undefined) continue;
    let into = picked;
    parts.slice(0, -1).forEach((part) => {
      const next = into[part];
      if (typeof next === 'object') into = next;
      else into = into[part] = {};
    });
    into[parts[parts.length - 1] ?? path] = from as MessageTree;
  }
  return picked;
}
