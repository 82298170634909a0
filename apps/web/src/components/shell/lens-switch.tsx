'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { lensOrganisation } from '@srw/domain';
import { useLens } from '@/lib/use-lens';
import { useTRPC } from '@/lib/trpc/client';

/** "Bekijk als: Gezamenlijk | Defensie | Politie …": changes what comes first and what is counted, never what one may read. */
export function LensSwitch({ userId }: { userId: string }) {
  const t = useTranslations('lens');
  const id = useId();
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const { lens, setLens } = useLens(userId);
  const current = lensOrganisation(lens, organisations.data ?? []);
  return (
    <div className="flex items-center gap-1.5">
      <label htmlFor={id}>{t('label')}</label>
      <select
        id={id}
        value={current?.code ?? ''}
        onChange={(event) => setLens(event.target.value === '' ? null : event.target.value)}
        className="rounded border border-brand-100 bg-white px-1.5 py-1 text-sm text-slate-900"
      >
        <option value="">{t('joint')}</option>
        {(organisations.data ?? []).map((organisation) => (
          <option key={organisation.id} value={organisation.code}>
            {organisation.name}
          </option>
        ))}
      </select>
    </div>
  );
}
