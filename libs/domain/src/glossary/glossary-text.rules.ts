/**
 * Finding glossary terms in free text (scenario descriptions, decisions...).
 * Pure and synchronous, so the server can index texts and the browser can
 * mark them with the same result.
 */

export interface GlossaryTermLabels {
  id: string;
  prefLabel: string;
  abbreviations?: readonly string[];
  synonyms?: readonly string[];
}

export type GlossaryLabelKind = 'prefLabel' | 'abbreviation' | 'synonym';

export interface GlossaryTextMatch {
  termId: string;
  /** Character offsets into the text: `text.slice(start, end)` is the marked span. */
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** The label that matched. */
  label: string;
  labelKind: GlossaryLabelKind;
}

interface Token {
  start: number;
  end: number;
  raw: string;
}

// Words are letters and digits, with an inner apostrophe ("MIT's", "auto's").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
// Between the words of one multi-word term only spaces and hyphens may stand.
const JOINER = /^[\s\-‐‑–]+$/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ start, end: start + match[0].length, raw: match[0] });
  }
  return tokens;
}

function stripAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/’/g, "'");
}

/** Lower case without accents: the form case-insensitive labels compare in. */
function fold(text: string): string {
  return stripAccents(text).toLowerCase();
}

const VOWELS = 'aeiou';

/**
 * Common Dutch inflections of a (lower-case) word: plurals (-en, -s, -'s, -n),
 * the adjective -e, diminutives, -heid/-heden, a doubled or halved vowel
 * before -en, and f/s becoming v/z ("brief" → "brieven"). Generous on purpose:
 * these are forms to recognise, not forms to write.
 */
export function dutchWordForms(word: string): Set<string> {
  const forms = new Set<string>([word]);
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return forms;
  const last = word.charAt(word.length - 1);
  const beforeLast = word.charAt(word.length - 2);
  for (const suffix of ['s', "'s", 'e', 'en', 'je', 'tje', 'jes', 'tjes', 'etje', 'etjes']) forms.add(word + suffix);
  if (last === 'e') {
    forms.add(`${word}n`);
    forms.add(`${word}s`);
  }
  if (word.endsWith('heid')) forms.add(`${word.slice(0, -4)}heden`);
  const stems = [word];
  // "straat" → "straten": a doubled vowel is written single in an open syllable.
  const doubled = word.match(/([aeou])\1([^aeiou])$/);
  if (doubled) stems.push(word.slice(0, -3) + (doubled[1] ?? '') + (doubled[2] ?? ''));
  // "bus" → "bussen": a short vowel keeps its sound by doubling the consonant.
  const thirdLast = word.charAt(word.length - 3);
  if (!VOWELS.includes(last) && VOWELS.includes(beforeLast) && !VOWELS.includes(thirdLast) && !/[wxy]/.test(last)) {
    forms.add(`${word}${last}en`);
    forms.add(`${word}${last}e`);
  }
  for (const stem of stems) {
    forms.add(`${stem}en`);
    forms.add(`${stem}e`);
    if (stem.endsWith('f')) forms.add(`${stem.slice(0, -1)}ven`);
    if (stem.endsWith('s')) forms.add(`${stem.slice(0, -1)}zen`);
  }
  return forms;
}

/**
 * Abbreviations and labels with capitals inside a word ("KMar", "OvJ", "OM")
 * are matched by case, so "OM" does not mark the common word "om".
 */
export function isCaseSensitiveLabel(label: string, kind: GlossaryLabelKind): boolean {
  if (kind === 'abbreviation') return true;
  return tokenize(label).some((t) => /\p{Lu}/u.test(t.raw.slice(1)));
}

interface LabelPattern {
  termId: string;
  label: string;
  kind: GlossaryLabelKind;
  caseSensitive: boolean;
  /** Per label word: the accepted forms (folded, or exact for case-sensitive labels). */
  words: Set<string>[];
  length: number;
}

const KIND_PRIORITY: Record<GlossaryLabelKind, number> = { prefLabel: 0, synonym: 1, abbreviation: 2 };

function patternFor(termId: string, label: string, kind: GlossaryLabelKind): LabelPattern | null {
  const tokens = tokenize(label);
  if (tokens.length === 0) return null;
  const caseSensitive = isCaseSensitiveLabel(label, kind);
  const words = tokens.map((t) => {
    if (caseSensitive) {
      const exact = stripAccents(t.raw);
      return new Set([exact, exact.toUpperCase(), `${exact}'s`, `${exact.toUpperCase()}'s`]);
    }
    return dutchWordForms(fold(t.raw));
  });
  return { termId, label, kind, caseSensitive, words, length: label.length };
}

function keyFor(caseSensitive: boolean, form: string): string {
  return caseSensitive ? `=${form}` : `~${form}`;
}

/**
 * Finds terms in one text. `include`, when given, limits the candidates (e.g. to
 * the terms a reader may see) before the longest match is chosen, so a term left
 * out never hides a shorter one that is allowed.
 */
export type GlossaryMatcher = (text: string, include?: (termId: string) => boolean) => GlossaryTextMatch[];

/** Builds the lookup once; reuse it for many texts (and readers). */
export function buildGlossaryMatcher(terms: readonly GlossaryTermLabels[]): GlossaryMatcher {
  const index = new Map<string, LabelPattern[]>();
  for (const term of terms) {
    const labels: [string, GlossaryLabelKind][] = [
      [term.prefLabel, 'prefLabel'],
      ...(term.synonyms ?? []).map((l): [string, GlossaryLabelKind] => [l, 'synonym']),
      ...(term.abbreviations ?? []).map((l): [string, GlossaryLabelKind] => [l, 'abbreviation']),
    ];
    for (const [label, kind] of labels) {
      const pattern = patternFor(term.id, label, kind);
      const first = pattern?.words[0];
      if (!pattern || !first) continue;
      for (const form of first) {
        const key = keyFor(pattern.caseSensitive, form);
        const list = index.get(key);
        if (list) list.push(pattern);
        else index.set(key, [pattern]);
      }
    }
  }

  const wordMatches = (pattern: LabelPattern, position: number, token: Token): boolean => {
    const forms = pattern.words[position];
    if (!forms) return false;
    return forms.has(pattern.caseSensitive ? stripAccents(token.raw) : fold(token.raw));
  };

  return (text, include) => {
    const tokens = tokenize(text);
    const matches: GlossaryTextMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i];
      if (!token) break;
      const candidates = [
        ...(index.get(keyFor(false, fold(token.raw))) ?? []),
        ...(index.get(keyFor(true, stripAccents(token.raw))) ?? []),
      ];
      let best: LabelPattern | null = null;
      for (const pattern of candidates) {
        if (include && !include(pattern.termId)) continue;
        const n = pattern.words.length;
        if (i + n > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < n && ok; k++) {
          const previous = tokens[i + k - 1];
          const current = tokens[i + k];
          if (!previous || !current) ok = false;
          else ok = JOINER.test(text.slice(previous.end, current.start)) && wordMatches(pattern, k, current);
        }
        if (!ok) continue;
        if (
          !best ||
          n > best.words.length ||
          (n === best.words.length && KIND_PRIORITY[pattern.kind] < KIND_PRIORITY[best.kind]) ||
          (n === best.words.length && pattern.kind === best.kind && pattern.length > best.length)
        ) {
          best = pattern;
        }
      }
      if (!best) {
        i += 1;
        continue;
      }
      const lastToken = tokens[i + best.words.length - 1] ?? token;
      matches.push({
        termId: best.termId,
        start: token.start,
        end: lastToken.end,
        text: text.slice(token.start, lastToken.end),
        label: best.label,
        labelKind: best.kind,
      });
      i += best.words.length;
    }
    return matches;
  };
}

/**
 * Finds the glossary terms in a text: whole words only, ignoring case and
 * accents (except for abbreviations), tolerant of simple Dutch inflection,
 * preferring the longest term ("Officier van Justitie" over "officier").
 */
export function findGlossaryTermsInText(text: string, terms: readonly GlossaryTermLabels[]): GlossaryTextMatch[] {
  return buildGlossaryMatcher(terms)(text);
}

export interface GlossaryTextSegment {
  text: string;
  match: GlossaryTextMatch | null;
}

/** Splits a text into plain and marked pieces, for rendering. */
export function segmentGlossaryText(text: string, matches: readonly GlossaryTextMatch[]): GlossaryTextSegment[] {
  const segments: GlossaryTextSegment[] = [];
  let cursor = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (match.start < cursor) continue;
    if (match.start > cursor) segments.push({ text: text.slice(cursor, match.start), match: null });
    segments.push({ text: text.slice(match.start, match.end), match });
    cursor = match.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), match: null });
  return segments;
}
