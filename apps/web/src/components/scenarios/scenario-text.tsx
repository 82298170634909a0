import { GlossaryText } from '../glossary/glossary-text';

/**
 * Every free text of a scenario or exercise (problem statement, perspectives,
 * injects, observations) renders through here, with the glossary's terms
 * marked: divergent ones such as "officier" show each organisation's meaning.
 */
export function ScenarioText({ text, className = '' }: { text: string; className?: string }) {
  return <GlossaryText text={text} className={className} />;
}
