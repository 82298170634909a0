'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { Section } from '@/components/ui/page-header';
import { LoadError } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';
import { RecommendationStatusBadge } from '../recommendations/recommendation-badges';

/** Recommendations in the register that wait on this decision (only those the reader may see); nothing when there are none. */
export function WaitingRecommendations({ decisionId }: { decisionId: string }) {
  const t = useTranslations('decisions.detail');
  const trpc = useTRPC();
  const query = useQuery(trpc.recommendations.list.queryOptions({ decisionId, limit: 50 }));
  if (query.isPending) return null;
  if (query.isError) return <LoadError onRetry={() => query.refetch()} />;
  if (query.data.items.length === 0) return null;
  return (
    <Section id="waiting-recommendations" title={t('waitingTitle')} intro={t('waitingIntro')}>
      <ul className="space-y-2">
        {query.data.items.map((recommendation) => (
          <li key={recommendation.id} className="flex flex-wrap items-center gap-2">
            <RecommendationStatusBadge status={recommendation.status} />
            <Link href={`/aanbevelingen/${recommendation.id}`} className="font-medium text-brand-700 hover:underline">
              {recommendation.code} · {recommendation.title}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
