'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useId } from 'react';
import {
  buildGlossaryMatcher,
  segmentGlossaryText,
  type GlossaryTermLabels,
  type GlossaryTextMatch,
} from '@srw/domain';
import { useTRPC } from '@/lib/trpc/client';

/** A glossary term as the text component needs it (from `glossary.textIndex`). */
export interface GlossaryTextTerm {
  id: string;
  prefLabel: string;
  divergent: boolean;
  jointDefinition: string;
  definitions: { organisationCode: string; organisationName: string; text: string }[];
}

function MarkedTerm({ match, term, text }: { match: GlossaryTextMatch; term: GlossaryTextTerm; text: string }) {
  const t = useTranslations('glossary.text');
  const tooltipId = useId();
  const href = `/begrippenlijst/${match.termId}`;
  if (!term.divergent) {
    return (
      <Link
        href={href}
        className="underline decoration-brand-600 decoration-dotted underline-offset-4 hover:decoration-solid"
        title={t('termLink', { term: term.prefLabel })}
      >
        {text}
      </Link>
    );
  }
  // Divergent: each organisation's meaning shows on hover and on keyboard focus,
  // and screen readers get it as the link's description.
  return (
    <span className="group relative inline">
      <Link
        href={href}
        aria-describedby={tooltipId}
        className="rounded-sm bg-amber-50 underline decoration-amber-600 decoration-wavy underline-offset-4 focus:outline-2 focus:outline-amber-700"
      >
        {text}
      </Link>
      <span
        id={tooltipId}
        role="tooltip"
        className="invisible absolute top-full left-0 z-20 mt-1 w-80 max-w-[80vw] rounded border border-amber-300 bg-white p-3 text-left text-sm font-normal text-slate-800 opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
      >
        <span className="block font-semibold text-amber-900">{t('divergentHint', { term: term.prefLabel })}</span>
        {term.definitions.map((definition) => (
          <span key={definition.organisationCode} className="mt-2 block">
            <span className="font-medium">{t('meaningAt', { organisation: definition.organisationName })}</span>{' '}
            {definition.text}
          </span>
        ))}
      </span>
    </span>
  );
}

/** Renders a text with the glossary terms found in it marked (matches from `findGlossaryTermsInText`). */
export function GlossaryTextView({
  text,
  matches,
  terms,
  className = '',
  as: Tag = 'p',
}: {
  text: string;
  matches: readonly GlossaryTextMatch[];
  terms: readonly GlossaryTextTerm[];
  className?: string;
  as?: 'p' | 'span';
}) {
  const byId = new Map(terms.map((term) => [term.id, term]));
  return (
    <Tag className={`whitespace-pre-line ${className}`}>
      {segmentGlossaryText(text, matches).map((segment, index) => {
        const term = segment.match ? byId.get(segment.match.termId) : undefined;
        return segment.match && term ? (
          <MarkedTerm key={index} match={segment.match} term={term} text={segment.text} />
        ) : (
          <span key={index}>{segment.text}</span>
        );
      })}
    </Tag>
  );
}

/** One matcher per fetched term list, shared by every text on the page. */
const matchers = new WeakMap<readonly GlossaryTermLabels[], (text: string) => GlossaryTextMatch[]>();

function matcherFor(terms: readonly GlossaryTermLabels[]) {
  let matcher = matchers.get(terms);
  if (!matcher) {
    matcher = buildGlossaryMatcher(terms);
    matchers.set(terms, matcher);
  }
  return matcher;
}

/**
 * Any text with its glossary terms marked; divergent terms show each
 * organisation's meaning on hover and focus. For scenario and decision texts.
 * The term list is fetched once (`glossary.textIndex`) and texts are matched
 * in the browser with the domain's matcher.
 */
export function GlossaryText({
  text,
  className,
  excludeTermIds = [],
  as: Tag = 'p',
}: {
  text: string;
  className?: string;
  excludeTermIds?: readonly string[];
  /** `span` for text inside a sentence, list item or table cell. */
  as?: 'p' | 'span';
}) {
  const trpc = useTRPC();
  const index = useQuery(trpc.glossary.textIndex.queryOptions(undefined, { staleTime: 5 * 60_000 }));
  if (!index.data || text.trim() === '') return <Tag className={`whitespace-pre-line ${className ?? ''}`}>{text}</Tag>;
  const matches = matcherFor(index.data.terms)(text).filter((m) => !excludeTermIds.includes(m.termId));
  return <GlossaryTextView as={Tag} text={text} matches={matches} terms={index.data.terms} className={className} />;
}
