import { describe, expect, it } from 'vitest';
import { cssString, describeFilters, pageCounterContent, printPageCss } from './print-css';

describe('pageCounterContent', () => {
  it('turns the translated page text into CSS counters in both languages', () => {
    expect(pageCounterContent('pagina {page} van {pages}')).toBe('"pagina " counter(page) " van " counter(pages)');
    expect(pageCounterContent('page {page} of {pages}')).toBe('"page " counter(page) " of " counter(pages)');
  });

  it('keeps a text that starts with the counter', () => {
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});

describe('cssString', () => {
  it('escapes quotes and backslashes so a filter value cannot end the CSS string', () => {
    expect(cssString('Trefwoord: "a\\b"')).toBe('"Trefwoord: \\"a\\\\b\\""');
    expect(cssString('twee\nregels')).toBe('"twee regels"');
  });
});

describe('describeFilters', () => {
  it('names only the filters that are set, in order', () => {
    expect(
      describeFilters([
        { label: 'Werkgroep', value: 'Cyber' },
        { label: 'Status', value: undefined },
        { label: 'Niveau', value: 'Strategisch' },
        { label: 'Trefwoord', value: '' },
      ]),
    ).toBe('Werkgroep: Cyber · Niveau: Strategisch');
  });

  it('is null when no filter is set', () => {
    expect(describeFilters([{ label: 'Status', value: null }])).toBeNull();
  });
});

describe('printPageCss', () => {
  it('puts the marking at the top and bottom of every page and the page numbers at the bottom', () => {
    const css = printPageCss({
      marking: 'Departementaal vertrouwelijk',
      printedOn: 'Afgedrukt op 6 december 2026',
      filters: 'Filters: geen',
      pageOf: 'pagina {page} van {pages}',
    });
    expect(css).toContain('@top-center { content: "Departementaal vertrouwelijk"');
    expect(css).toContain('@bottom-left { content: "Departementaal vertrouwelijk"');
    expect(css).toContain('@bottom-right { content: "pagina " counter(page) " van " counter(pages)');
    expect(css).toContain('"Afgedrukt op 6 december 2026"');
  });
});
