'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale } from 'next-intl';
import { useTRPC } from '@/lib/trpc/client';

/** Triad conditions, legal bases and cooperation levels in the user's language. */
export function useReferenceData() {
  const trpc = useTRPC();
  const locale = useLocale();
  const conditions = useQuery(trpc.reference.conditions.queryOptions(undefined, { staleTime: Infinity }));
  const legalBases = useQuery(trpc.reference.legalBases.queryOptions(undefined, { staleTime: Infinity }));
  const levels = useQuery(trpc.reference.cooperationLevels.queryOptions(undefined, { staleTime: Infinity }));
  const conditionNodes = conditions.data ?? [];
  const label = (node: { labelNl: string; labelEn: string }) => (locale === 'en' ? node.labelEn : node.labelNl);
  return {
    isPending: conditions.isPending || legalBases.isPending || levels.isPending,
    conditionNodes,
    conditionLabel: (id: string) => {
      const node = conditionNodes.find((n) => n.id === id);
      return node ? `${id} ${label(node)}` : id;
    },
    categoryLabel: (id: string) => {
      const node = conditionNodes.find((n) => n.id === id);
      return node ? label(node) : id;
    },
    /** Categories with their sub-variables and indicators, for pickers. */
    conditionTree: conditionNodes
      .filter((n) => n.kind === 'category')
      .map((category) => ({
        id: category.id,
        label: label(category),
        options: conditionNodes
          .filter((n) => n.id.startsWith(`${category.id}.`))
          .map((n) => ({ value: n.id, label: `${n.id} ${label(n)}`, kind: n.kind })),
      })),
    legalBases: legalBases.data ?? [],
    cooperationLevels: (levels.data ?? []).map((level) => ({ value: level.code, label: label(level) })),
    cooperationLabel: (code: string) => {
      const level = (levels.data ?? []).find((l) => l.code === code);
      return level ? label(level) : code;
    },
  };
}
