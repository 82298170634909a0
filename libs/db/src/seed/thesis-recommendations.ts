import data from './data/recommendations.json';

export interface ThesisRecommendation {
  code: string;
  level: 'bestuurlijk' | 'operationeel';
  source: string;
  title: { nl: string; en: string };
  summary: { nl: string; en: string };
  conditions: string[];
}

/** The thirteen recommendations of the thesis, the first records of the register. */
export function thesisRecommendations(): ThesisRecommendation[] {
  return data.recommendations.map((r) => ({
    code: r.code,
    level: r.level === 'bestuurlijk' ? 'bestuurlijk' : 'operationeel',
    source: r.source,
    title: r.title,
    summary: r.summary,
    conditions: r.conditions,
  }));
}
