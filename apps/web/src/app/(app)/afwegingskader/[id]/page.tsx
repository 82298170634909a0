import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { DecisionDetail } from '@/features/decisions/decision-detail';

export default async function DecisionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  const { aftekeningen } = await searchParams;
  return <DecisionDetail id={id} signOffsReset={aftekeningen === 'vervallen'} />;
}
