'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { PRESENCE_HEARTBEAT_MS, type LiveKind } from '@srw/domain';
import { useTRPC } from '@/lib/trpc/client';

interface Viewer {
  userId: string;
  name: string;
  organisationCode: string;
}

/**
 * "Ook open bij: Sanne Visser": who else has this record open now. The page
 * renews its own presence every PRESENCE_HEARTBEAT_MS (kept in PostgreSQL, so
 * it holds across app instances) and says goodbye when it is left.
 */
export function AlsoOpen({ kind, id }: { kind: LiveKind; id: string }) {
  const t = useTranslations('live');
  const trpc = useTRPC();
  const [viewers, setViewers] = useState<Viewer[]>([]);
  const heartbeat = useMutation(trpc.live.heartbeat.mutationOptions({ onSuccess: (r) => setViewers(r.viewers) }));
  const leave = useMutation(trpc.live.leave.mutationOptions());
  const { mutate: beat } = heartbeat;
  const { mutate: bye } = leave;

  useEffect(() => {
    const input = { kind, id };
    beat(input);
    const timer = setInterval(() => beat(input), PRESENCE_HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      bye(input);
    };
  }, [kind, id, beat, bye]);

  if (viewers.length === 0) return null;
  return (
    <p role="status" className="mb-4 text-sm text-slate-700" data-testid="also-open">
      <span aria-hidden="true" className="mr-1 inline-block h-2 w-2 rounded-full bg-emerald-500" />
      {t('alsoOpen', { names: viewers.map((v) => `${v.name} (${v.organisationCode})`).join(', ') })}
    </p>
  );
}
