import { notFound } from 'next/navigation';
import { uuidSchema } from '@srw/domain';
import { GlossaryTermDetail } from '@/features/glossary/glossary-term-detail';

export default async function GlossaryTermPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!uuidSchema.safeParse(id).success) notFound();
  return <GlossaryTermDetail id={id} />;
}
