import glossarySeed from './data/glossary-seed.json';

/** A starter term as the reference file describes it. */
export interface GlossarySeedTerm {
  term: string;
  abbreviations?: string[];
  definitions: { org: string; text: string }[];
  conflict?: boolean;
  related?: string[];
}

/** The starter terms of the shared glossary (reference data shipped with the product). */
export const glossarySeedTerms: readonly GlossarySeedTerm[] = glossarySeed.terms;
