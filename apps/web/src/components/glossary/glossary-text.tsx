'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { segmentGlossaryText, type GlossaryTextMatch } from '@srw/domain';
import { useTRPC } from '@/lib/trpc/client';

/** A glossary term as the text component needs it (from `glossary.findInTexts`). */
export interface GlossaryTextTerm {
  id: string;
  prefLabel: string;
  divergent: boolean;
  jointDefinition: string;
  definitions: { organisationCode: string; organisationName: string; text: string }[];
}

function MarkedTerm({ match, term, text }: { match: GlossaryTextMatch; term: GlossaryTextTerm; text: string }) {
  const t = useTranslations('glossary.text');
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
  return <DivergentTerm href={href} term={term} text={text} />;
}

/** Space kept between the tooltip and the viewport's edges, in pixels. */
const VIEWPORT_MARGIN = 8;

/**
 * A divergent term: each organisation's meaning shows on hover and on keyboard
 * focus, and screen readers get it as the link's description. WCAG 1.4.13: the
 * tooltip stays while the pointer is on it, Escape dismisses it without moving
 * focus, and it is shifted to stay inside the viewport (no horizontal scroll).
 */
function DivergentTerm({ href, term, text }: { href: string; term: GlossaryTextTerm; text: string }) {
  const t = useTranslations('glossary.text');
  const tooltipId = useId();
  const anchorRef = useRef<HTMLSpanElement>(null);
  const tooltipRef = useRef<HTMLSpanElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [shift, setShift] = useState(0);
  const open = (hovered || focused) && !dismissed;

  useLayoutEffect(() => {
    const anchor = anchorRef.current;
    const tooltip = tooltipRef.current;
    if (!open || !anchor || !tooltip) return;
    const viewportWidth = document.documentElement.clientWidth;
    const left = anchor.getBoundingClientRect().left;
    const overflowRight = left + tooltip.offsetWidth - (viewportWidth - VIEWPORT_MARGIN);
    setShift(Math.max(VIEWPORT_MARGIN - left, -Math.max(0, overflowRight)));
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <span
      ref={anchorRef}
      className="relative inline"
      onMouseEnter={() => {
        setHovered(true);
        setDismissed(false);
      }}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => {
        setFocused(true);
        setDismissed(false);
      }}
      onBlur={() => setFocused(false)}
    >
      <Link
        href={href}
        aria-describedby={tooltipId}
        className="rounded-sm bg-amber-50 underline decoration-amber-600 decoration-wavy underline-offset-4 focus:outline-2 focus:outline-amber-700"
      >
        {text}
      </Link>
      {/* Hidden (not just invisible) while closed, so it takes no room and cannot widen the page. */}
      <span
        ref={tooltipRef}
        id={tooltipId}
        role="tooltip"
        hidden={!open}
        style={{ left: shift }}
        className="absolute top-full z-20 block w-80 max-w-[calc(100vw-1rem)] pt-1 text-left text-sm font-normal"
      >
        <span className="block rounded border border-amber-300 bg-white p-3 text-slate-800 shadow-lg">
          <span className="block font-semibold text-amber-900">{t('divergentHint', { term: term.prefLabel })}</span>
          {term.definitions.map((definition) => (
            <span key={definition.organisationCode} className="mt-2 block">
              <span className="font-medium">{t('meaningAt', { organisation: definition.organisationName })}</span>{' '}
              {definition.text}
            </span>
          ))}
        </span>
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

/**
 * Any text with its glossary terms marked; divergent terms show each
 * organisation's meaning on hover and focus. For scenario and decision texts.
 * The server finds the terms (`glossary.findInTexts`, with the reader's rights)
 * and sends only those found, so the glossary itself never comes to the browser;
 * the text shows unmarked until the answer is there.
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
  const hasText = text.trim() !== '';
  const found = useQuery(
    trpc.glossary.findInTexts.queryOptions({ texts: [text] }, { staleTime: 5 * 60_000, enabled: hasText }),
  );
  const matches = found.data?.matches[0];
  if (!found.data || !matches || !hasText)
    return <Tag className={`whitespace-pre-line ${className ?? ''}`}>{text}</Tag>;
  return (
    <GlossaryTextView
      as={Tag}
      text={text}
      matches={matches.filter((m) => !excludeTermIds.includes(m.termId))}
      terms={found.data.terms}
      className={className}
    />
  );
}
