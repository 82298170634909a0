'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

export function OrganisationAdmin() {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.organisations.list.queryOptions());
  const [notice, setNotice] = useState<string | null>(null);
  const empty = { code: '', name: '', parentCode: '' };
  const form = useForm(empty);
  const create = useMutation(
    trpc.organisations.create.mutationOptions({
      onSuccess: async (organisation) => {
        form.reset(empty);
        setNotice(t('admin.organisations.created', { name: organisation.name }));
        await queryClient.invalidateQueries({ queryKey: trpc.organisations.pathKey() });
      },
      onError: form.fail,
    }),
  );
  const organisations = query.data ?? [];
  const nameOf = (id: string | null) => organisations.find((o) => o.id === id)?.code ?? '—';

  return (
    <>
      <PageHeader title={t('admin.organisations.title')} intro={t('admin.organisations.intro')} />
      <Section id="organisations" title={t('admin.organisations.title')}>
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <LoadError onRetry={() => query.refetch()} />
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.organisations.code')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.organisations.name')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.organisations.parent')}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t('admin.organisations.users')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {organisations.map((organisation) => (
                <tr key={organisation.id}>
                  <td className="py-2 pr-3 font-mono">{organisation.code}</td>
                  <td className="py-2 pr-3">{organisation.name}</td>
                  <td className="py-2 pr-3">{nameOf(organisation.parentId)}</td>
                  <td className="py-2">{organisation.userCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section id="new-organisation" title={t('admin.organisations.new')}>
        <form
          method="post"
          noValidate
          className="max-w-2xl space-y-4"
          onSubmit={async (event) => {
            event.preventDefault();
            const input = await form.validate('createOrganisationSchema', {
              ...form.values,
              parentCode: form.values.parentCode || null,
            });
            if (input) create.mutate(input);
          }}
        >
          <FormAlert error={form.formError} />
          {notice ? <Notice>{notice}</Notice> : null}
          <div className="grid gap-4 md:grid-cols-3">
            <TextField
              label={t('admin.organisations.code')}
              hint={t('admin.organisations.codeHint')}
              required
              value={form.values.code}
              errors={form.fieldErrors.code}
              onChange={(e) => form.set('code', e.target.value)}
            />
            <TextField
              label={t('admin.organisations.name')}
              required
              value={form.values.name}
              errors={form.fieldErrors.name}
              onChange={(e) => form.set('name', e.target.value)}
            />
            <SelectField
              label={t('admin.organisations.parent')}
              placeholder={t('admin.organisations.parentNone')}
              options={organisations.map((o) => ({ value: o.code, label: o.name }))}
              value={form.values.parentCode}
              errors={form.fieldErrors.parentCode}
              onChange={(e) => form.set('parentCode', e.target.value)}
            />
          </div>
          <Button type="submit" disabled={create.isPending}>
            {t('actions.add')}
          </Button>
        </form>
      </Section>
    </>
  );
}
