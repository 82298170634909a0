/**
 * Every free text of a scenario or exercise (problem statement, perspectives,
 * injects, observations) renders through here. This is the single seam for the
 * glossary: when the glossary module lands, its term-marking component replaces
 * the plain rendering below, so divergent terms such as "officier" are marked
 * everywhere at once.
 */
export function ScenarioText({ text, className = '' }: { text: string; className?: string }) {
  return <p className={`whitespace-pre-line ${className}`}>{text}</p>;
}
