import { describe, expect, it } from 'vitest';
import { messages } from './messages';

function keysOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    keysOf(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('messages', () => {
  it('has the same keys in Dutch and English', () => {
    const nl = keysOf(messages.nl).sort();
    const en = keysOf(messages.en).sort();
    expect(nl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !nl.includes(k))).toEqual([]);
  });

  it('has no empty texts', () => {
    const empty = (locale: 'nl' | 'en') =>
      keysOf(messages[locale]).filter((key) => {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages[locale]);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty('nl')).toEqual([]);
    expect(empty('en')).toEqual([]);
  });
});
