'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

interface ProviderFormValues extends Record<string, unknown> {
  slug: string;
  organisationId: string;
  label: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  emailClaim: string;
  nameClaim: string;
  allowAccountCreation: boolean;
  mfaAmrValues: string;
  mfaAcrValues: string;
  enabled: boolean;
}

const empty: ProviderFormValues = {
  slug: '',
  organisationId: '',
  label: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  scopes: 'openid email profile',
  emailClaim: 'email',
  nameClaim: 'name',
  allowAccountCreation: false,
  mfaAmrValues: '',
  mfaAcrValues: '',
  enabled: true,
};

const words = (value: string) => value.split(/[\s,]+/).filter((word) => word !== '');

/** The sign-in providers per organisation: list, add, change, disable. The client secret is write-only. */
export function IdentityProviderAdmin() {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const providers = useQuery(trpc.identityProviders.list.queryOptions());
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  const [editing, setEditing] = useState<{ id: string; version: number; slug: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm(empty);

  const done = async (label: string) => {
    setNotice(t('admin.identityProviders.saved', { label }));
    setEditing(null);
    form.reset(empty);
    await queryClient.invalidateQueries({ queryKey: trpc.identityProviders.pathKey() });
  };
  const create = useMutation(
    trpc.identityProviders.create.mutationOptions({ onSuccess: (p) => done(p.label), onError: form.fail }),
  );
  const update = useMutation(
    trpc.identityProviders.update.mutationOptions({ onSuccess: (p) => done(p.label), onError: form.fail }),
  );
  const saving = create.isPending || update.isPending;

  const submit = async () => {
    const candidate = {
      ...form.values,
      mfaAmrValues: words(form.values.mfaAmrValues),
      mfaAcrValues: words(form.values.mfaAcrValues),
    };
    if (editing) {
      const { slug: _slug, ...rest } = candidate;
      const input = await form.validate('updateIdentityProviderSchema', {
        ...rest,
        id: editing.id,
        version: editing.version,
      });
      if (input) update.mutate(input);
    } else {
      const input = await form.validate('createIdentityProviderSchema', candidate);
      if (input) create.mutate(input);
    }
  };

  const list = providers.data ?? [];
  return (
    <>
      <PageHeader title={t('admin.identityProviders.title')} intro={t('admin.identityProviders.intro')} />
      <Section id="providers" title={t('admin.identityProviders.title')}>
        {providers.isPending ? (
          <Loading />
        ) : providers.isError ? (
          <LoadError onRetry={() => providers.refetch()} />
        ) : list.length === 0 ? (
          <EmptyState>{t('admin.identityProviders.empty')}</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.identityProviders.label')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.identityProviders.organisation')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.identityProviders.issuer')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('admin.identityProviders.status')}
                </th>
                <th scope="col" className="py-2 font-medium">
                  <span className="sr-only">{t('actions.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.map((provider) => (
                <tr key={provider.id}>
                  <td className="py-2 pr-3">
                    {provider.label}
                    <div className="text-xs text-slate-600">
                      {t('admin.identityProviders.redirectUri')}: <code>{provider.redirectUri}</code>
                    </div>
                  </td>
                  <td className="py-2 pr-3">{provider.organisationName}</td>
                  <td className="py-2 pr-3 break-all">{provider.issuer}</td>
                  <td className="py-2 pr-3">
                    {provider.enabled ? t('admin.identityProviders.enabled') : t('admin.identityProviders.disabled')}
                    {provider.allowAccountCreation ? (
                      <div className="text-xs text-slate-600">{t('admin.identityProviders.createsAccounts')}</div>
                    ) : null}
                  </td>
                  <td className="py-2">
                    <Button
                      variant="secondary"
                      size="sm"
                      aria-label={`${t('actions.edit')}: ${provider.label}`}
                      onClick={() => {
                        setNotice(null);
                        setEditing({ id: provider.id, version: provider.version, slug: provider.slug });
                        form.reset({
                          slug: provider.slug,
                          organisationId: provider.organisationId,
                          label: provider.label,
                          issuer: provider.issuer,
                          clientId: provider.clientId,
                          clientSecret: '',
                          scopes: provider.scopes,
                          emailClaim: provider.emailClaim,
                          nameClaim: provider.nameClaim,
                          allowAccountCreation: provider.allowAccountCreation,
                          mfaAmrValues: provider.mfaAmrValues.join(' '),
                          mfaAcrValues: provider.mfaAcrValues.join(' '),
                          enabled: provider.enabled,
                        });
                      }}
                    >
                      {t('actions.edit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section
        id="provider-form"
        title={
          editing ? t('admin.identityProviders.editTitle', { slug: editing.slug }) : t('admin.identityProviders.new')
        }
      >
        <form
          method="post"
          noValidate
          className="max-w-3xl space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <FormAlert error={form.formError} />
          {notice ? <Notice>{notice}</Notice> : null}
          <div className="grid gap-4 md:grid-cols-2">
            {editing ? null : (
              <TextField
                label={t('admin.identityProviders.slug')}
                hint={t('admin.identityProviders.slugHint')}
                required
                value={form.values.slug}
                errors={form.fieldErrors.slug}
                onChange={(e) => form.set('slug', e.target.value)}
              />
            )}
            <SelectField
              label={t('admin.identityProviders.organisation')}
              required
              placeholder={t('admin.identityProviders.chooseOrganisation')}
              options={(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
              value={form.values.organisationId}
              errors={form.fieldErrors.organisationId}
              onChange={(e) => form.set('organisationId', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.label')}
              hint={t('admin.identityProviders.labelHint')}
              required
              value={form.values.label}
              errors={form.fieldErrors.label}
              onChange={(e) => form.set('label', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.issuer')}
              hint={t('admin.identityProviders.issuerHint')}
              required
              type="url"
              value={form.values.issuer}
              errors={form.fieldErrors.issuer}
              onChange={(e) => form.set('issuer', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.clientId')}
              required
              value={form.values.clientId}
              errors={form.fieldErrors.clientId}
              onChange={(e) => form.set('clientId', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.clientSecret')}
              hint={
                editing ? t('admin.identityProviders.clientSecretKeep') : t('admin.identityProviders.clientSecretHint')
              }
              required={!editing}
              type="password"
              autoComplete="new-password"
              value={form.values.clientSecret}
              errors={form.fieldErrors.clientSecret}
              onChange={(e) => form.set('clientSecret', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.scopes')}
              value={form.values.scopes}
              errors={form.fieldErrors.scopes}
              onChange={(e) => form.set('scopes', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.emailClaim')}
              value={form.values.emailClaim}
              errors={form.fieldErrors.emailClaim}
              onChange={(e) => form.set('emailClaim', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.nameClaim')}
              value={form.values.nameClaim}
              errors={form.fieldErrors.nameClaim}
              onChange={(e) => form.set('nameClaim', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.mfaAmrValues')}
              hint={t('admin.identityProviders.mfaAmrHint')}
              value={form.values.mfaAmrValues}
              errors={form.fieldErrors.mfaAmrValues}
              onChange={(e) => form.set('mfaAmrValues', e.target.value)}
            />
            <TextField
              label={t('admin.identityProviders.mfaAcrValues')}
              hint={t('admin.identityProviders.mfaAcrHint')}
              value={form.values.mfaAcrValues}
              errors={form.fieldErrors.mfaAcrValues}
              onChange={(e) => form.set('mfaAcrValues', e.target.value)}
            />
          </div>
          <div className="space-y-2">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={form.values.allowAccountCreation}
                onChange={(e) => form.set('allowAccountCreation', e.target.checked)}
              />
              {t('admin.identityProviders.allowAccountCreation')}
            </label>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                checked={form.values.enabled}
                onChange={(e) => form.set('enabled', e.target.checked)}
              />
              {t('admin.identityProviders.enabledLabel')}
            </label>
          </div>
          <div className="flex gap-2">
            <Button type="submit" disabled={saving}>
              {saving ? t('actions.saving') : editing ? t('actions.save') : t('actions.add')}
            </Button>
            {editing ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setEditing(null);
                  form.reset(empty);
                }}
              >
                {t('actions.cancel')}
              </Button>
            ) : null}
          </div>
        </form>
      </Section>
    </>
  );
}
