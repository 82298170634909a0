/** A CSS string literal for `content:`: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

/**
 * Turns a translated "pagina {page} van {pages}" into the CSS that Chromium's
 * print fills in per page: `"pagina " counter(page) " van " counter(pages)`.
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{pages?\})/)
    .filter((part) => part !== '')
    .map((part) => {
      if (part === '{page}') return 'counter(page)';
      if (part === '{pages}') return 'counter(pages)';
      return cssString(part);
    })
    .join(' ');
}

/** The filters in words, "Werkgroep: Cyber · Niveau: Strategisch"; `null` when none is set. */
export function describeFilters(parts: readonly { label: string; value: string | null | undefined }[]): string | null {
  const words = parts
    .filter((part): part is { label: string; value: string } => typeof part.value === 'string' && part.value !== '')
    .map((part) => `${part.label}: ${part.value}`);
  return words.length > 0 ? words.join(' · ') : null;
}

/**
 * The paged-media rules of a printed report: the marking at the top and bottom of
 * every page, the print date and filters in the top and bottom margins, and
 * "pagina X van Y" at the bottom right.
 */
export function printPageCss(texts: { marking: string; printedOn: string; filters: string; pageOf: string }): string {
  const margin = 'font: 9pt system-ui, sans-serif; color: #334155;';
  return `@page {
  size: A4;
  margin: 20mm 14mm 20mm 14mm;
  @top-left { content: ${cssString(texts.printedOn)}; ${margin} }
  @top-center { content: ${cssString(texts.marking)}; ${margin} font-weight: 700; color: #000; }
  @bottom-left { content: ${cssString(texts.marking)}; ${margin} font-weight: 700; color: #000; }
  @bottom-center { content: ${cssString(texts.filters)}; ${margin} }
  @bottom-right { content: ${pageCounterContent(texts.pageOf)}; ${margin} }
}`;
}
