import type { ReactNode } from 'react';
import { GlossaryText } from '../glossary/glossary-text';

/**
 * Every text of a decision (question, context, conditions, options) renders
 * through here with the glossary's terms marked (divergent terms show each
 * organisation's meaning on hover and focus); headings stay plain.
 */
export function DecisionText({
  text,
  as: Tag = 'p',
  className = '',
}: {
  text: string;
  as?: 'p' | 'span' | 'div' | 'h1' | 'h2' | 'h3';
  className?: string;
}): ReactNode {
  if (text.trim() === '') return null;
  if (Tag === 'p' || Tag === 'div') return <GlossaryText text={text} className={className} />;
  if (Tag === 'span') return <GlossaryText as="span" text={text} className={className} />;
  return <Tag className={`whitespace-pre-line ${className}`}>{text}</Tag>;
}
