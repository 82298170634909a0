import { describe, expect, it } from 'vitest';
import {
  buildGlossaryMatcher,
  dutchWordForms,
  findGlossaryTermsInText,
  isCaseSensitiveLabel,
  segmentGlossaryText,
  type GlossaryTermLabels,
} from './glossary-text.rules';

const terms: GlossaryTermLabels[] = [
  { id: 'officier', prefLabel: 'officier' },
  { id: 'ovj', prefLabel: 'Officier van Justitie', abbreviations: ['OvJ'] },
  { id: 'om', prefLabel: 'Openbaar Ministerie', abbreviations: ['OM'] },
  { id: 'eenheid', prefLabel: 'eenheid' },
  { id: 'bijstand', prefLabel: 'militaire bijstand', synonyms: ['militaire steunverlening'] },
  { id: 'steunverzoek', prefLabel: 'steunverzoek' },
  { id: 'kmar', prefLabel: 'Koninklijke Marechaussee', abbreviations: ['KMar'] },
  { id: 'mit', prefLabel: 'Multidisciplinair Interventie Team', abbreviations: ['MIT'] },
  { id: 'hrz', prefLabel: 'hoog-risico zittingsdag' },
  { id: 'liaison', prefLabel: 'liaison', abbreviations: ['LNO'] },
  { id: 'reglement', prefLabel: 'geweldsinstructie' },
];

const found = (text: string) => findGlossaryTermsInText(text, terms).map((m) => [m.termId, m.text]);

describe('findGlossaryTermsInText', () => {
  it('finds whole words only', () => {
    expect(found('De officier gaf uitleg.')).toEqual([['officier', 'officier']]);
    expect(found('Zijn officiersrang is kapitein.')).toEqual([]);
    expect(found('Een onderofficier is geen officier')).toEqual([['officier', 'officier']]);
    expect(found('')).toEqual([]);
  });

  it('ignores case and accents for ordinary terms', () => {
    expect(found('OFFICIER, Officier en officíer')).toEqual([
      ['officier', 'OFFICIER'],
      ['officier', 'Officier'],
      ['officier', 'officíer'],
    ]);
    expect(found('Eénheid')).toEqual([['eenheid', 'Eénheid']]);
  });

  it('recognises simple Dutch inflections', () => {
    expect(found('twee officieren en drie officiers')).toEqual([
      ['officier', 'officieren'],
      ['officier', 'officiers'],
    ]);
    expect(found('regionale eenheden')).toEqual([['eenheid', 'eenheden']]);
    expect(found('de steunverzoeken van vorige week')).toEqual([['steunverzoek', 'steunverzoeken']]);
    expect(found('liaisons geplaatst')).toEqual([['liaison', 'liaisons']]);
    expect(found('geweldsinstructies')).toEqual([['reglement', 'geweldsinstructies']]);
  });

  it('prefers the longest term and matches multi-word terms across spaces and hyphens', () => {
    expect(found('de Officier van Justitie besliste')).toEqual([['ovj', 'Officier van Justitie']]);
    expect(found('twee officieren van justitie')).toEqual([['ovj', 'officieren van justitie']]);
    expect(found('de officier. Van justitie')).toEqual([['officier', 'officier']]);
    expect(found('een hoog-risico zittingsdag en een hoog risico zittingsdag')).toEqual([
      ['hrz', 'hoog-risico zittingsdag'],
      ['hrz', 'hoog risico zittingsdag'],
    ]);
    expect(found('militaire  bijstand en militaire steunverlening')).toEqual([
      ['bijstand', 'militaire  bijstand'],
      ['bijstand', 'militaire steunverlening'],
    ]);
  });

  it('matches abbreviations by case, with capitals or a plural', () => {
    expect(found('De OvJ en de OVJ')).toEqual([
      ['ovj', 'OvJ'],
      ['ovj', 'OVJ'],
    ]);
    expect(found('om half negen belde het OM')).toEqual([['om', 'OM']]);
    expect(found('de KMar, de KMAR en de kmar')).toEqual([
      ['kmar', 'KMar'],
      ['kmar', 'KMAR'],
    ]);
    expect(found("twee MIT's en een LNO")).toEqual([
      ['mit', "MIT's"],
      ['liaison', 'LNO'],
    ]);
    expect(found('submit')).toEqual([]);
  });

  it('reports offsets and the label that matched', () => {
    const text = 'Vraag de OvJ om raad.';
    const [match] = findGlossaryTermsInText(text, terms);
    expect(match).toEqual({ termId: 'ovj', start: 9, end: 12, text: 'OvJ', label: 'OvJ', labelKind: 'abbreviation' });
    expect(text.slice(match?.start, match?.end)).toBe('OvJ');
    const [synonym] = findGlossaryTermsInText('militaire steunverlening', terms);
    expect(synonym?.labelKind).toBe('synonym');
  });

  it('reuses one matcher for many texts', () => {
    const match = buildGlossaryMatcher(terms);
    expect(match('officier').length).toBe(1);
    expect(match('eenheid en officier').map((m) => m.termId)).toEqual(['eenheid', 'officier']);
    expect(buildGlossaryMatcher([])('officier')).toEqual([]);
  });
});

describe('buildGlossaryMatcher with a filter', () => {
  const matcher = buildGlossaryMatcher(terms);

  it('leaves out terms the filter refuses', () => {
    const text = 'Het OM en de KMar overleggen.';
    expect(matcher(text).map((m) => m.termId)).toEqual(['om', 'kmar']);
    expect(matcher(text, (id) => id !== 'om').map((m) => m.termId)).toEqual(['kmar']);
  });

  it('falls back to an allowed shorter term when the longer one is refused', () => {
    const text = 'De Officier van Justitie besliste.';
    expect(matcher(text).map((m) => [m.termId, m.text])).toEqual([['ovj', 'Officier van Justitie']]);
    expect(matcher(text, (id) => id !== 'ovj').map((m) => [m.termId, m.text])).toEqual([['officier', 'Officier']]);
  });

  it('gives the same matches as without a filter when everything is allowed', () => {
    const text = 'De officier vroeg militaire bijstand aan de KMar.';
    expect(matcher(text, () => true)).toEqual(matcher(text));
  });
});

describe('dutchWordForms', () => {
  it.each([
    ['officier', ['officieren', 'officiers']],
    ['eenheid', ['eenheden']],
    ['straat', ['straten']],
    ['bus', ['bussen']],
    ['brief', ['brieven']],
    ['reis', ['reizen']],
    ['bijlage', ['bijlagen']],
    ['auto', ["auto's"]],
    ['militair', ['militaire']],
    ['huis', ['huisje']],
  ])('%s has %j', (word, forms) => {
    const all = dutchWordForms(word);
    for (const form of forms) expect(all.has(form)).toBe(true);
  });

  it('leaves short words alone', () => {
    expect([...dutchWordForms('om')]).toEqual(['om']);
  });
});

describe('isCaseSensitiveLabel', () => {
  it('treats abbreviations and inner capitals as case-sensitive', () => {
    expect(isCaseSensitiveLabel('LNO', 'abbreviation')).toBe(true);
    expect(isCaseSensitiveLabel('NatOps', 'prefLabel')).toBe(true);
    expect(isCaseSensitiveLabel('Officier van Justitie', 'prefLabel')).toBe(false);
    expect(isCaseSensitiveLabel('officier', 'synonym')).toBe(false);
  });
});

describe('segmentGlossaryText', () => {
  it('splits a text into plain and marked pieces that join back to the text', () => {
    const text = 'De officier vroeg militaire bijstand.';
    const segments = segmentGlossaryText(text, findGlossaryTermsInText(text, terms));
    expect(segments.map((s) => [s.text, s.match?.termId ?? null])).toEqual([
      ['De ', null],
      ['officier', 'officier'],
      [' vroeg ', null],
      ['militaire bijstand', 'bijstand'],
      ['.', null],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segmentGlossaryText('geen', [])).toEqual([{ text: 'geen', match: null }]);
  });
});
