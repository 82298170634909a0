'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { mailLocales, mailPreferences, type MailLocale, type MailPreference } from '@srw/domain';
import { Button } from '@/components/ui/button';
import { Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

/** The person's choice of e-mail: at once, a daily digest, or none. */
export function MailPreferenceForm() {
  const t = useTranslations('inbox.preferences');
  const locale = useLocale();
  const mailLocale: MailLocale = mailLocales.find((l) => l === locale) ?? 'nl';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = useQuery(trpc.inbox.mailPreference.queryOptions());
  const [choice, setChoice] = useState<MailPreference | null>(null);
  const save = useMutation(
    trpc.inbox.setMailPreference.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.inbox.mailPreference.queryKey() }),
    }),
  );
  const selected = choice ?? current.data?.mailPreference ?? null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (selected) save.mutate({ mailPreference: selected, locale: mailLocale });
  }

  return (
    <Section id="mail-preference" title={t('title')}>
      {current.isPending ? (
        <Loading />
      ) : current.isError ? (
        <LoadError onRetry={() => current.refetch()} />
      ) : (
        <form method="post" onSubmit={submit} className="space-y-3">
          <fieldset>
            <legend className="mb-2 text-sm text-slate-700">{t('intro')}</legend>
            {mailPreferences.map((preference) => (
              <label key={preference} className="flex items-center gap-2 py-1 text-sm">
                <input
                  type="radio"
                  name="mailPreference"
                  value={preference}
                  checked={selected === preference}
                  onChange={() => {
                    setChoice(preference);
                    save.reset();
                  }}
                />
                {t(preference)}
              </label>
            ))}
          </fieldset>
          <Button type="submit" disabled={save.isPending}>
            {t('save')}
          </Button>
          {save.isSuccess ? <Notice>{t('saved')}</Notice> : null}
          {save.isError ? <LoadError /> : null}
        </form>
      )}
    </Section>
  );
}
