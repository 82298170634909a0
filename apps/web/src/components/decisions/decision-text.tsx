import type { ReactNode } from 'react';

/**
 * Every text of a decision (question, context, conditions, options) renders
 * through here. It is the seam for the glossary-aware text component: when the
 * glossary lands, this wraps the text so known terms get their definitions.
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
  return <Tag className={`whitespace-pre-line ${className}`}>{text}</Tag>;
}
