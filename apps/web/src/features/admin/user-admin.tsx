'use client';

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useState } from 'react';
import { globalRoles, type GlobalRole, type UserPermissions } from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { useForm } from '@/components/forms/use-form';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

interface UserRow {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  organisationCode: string;
  globalRole: GlobalRole;
  active: boolean;
  version: number;
  permissions: UserPermissions;
}

function useOrganisationOptions() {
  const trpc = useTRPC();
  const organisations = useQuery(trpc.organisations.list.queryOptions());
  return (organisations.data ?? []).map((o) => ({ value: o.id, label: `${o.name} (${o.code})` }));
}

function CreateUserForm({ onCreated }: { onCreated: (name: string) => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationOptions = useOrganisationOptions();
  const empty = { name: '', email: '', organisationId: '', globalRole: 'member' as GlobalRole, password: '' };
  const form = useForm(empty);
  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: async (user) => {
        form.reset(empty);
        onCreated(user.name);
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
      onError: form.fail,
    }),
  );
  return (
    <form
      method="post"
      noValidate
      className="space-y-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('createUserSchema', form.values);
        if (input) create.mutate(input);
      }}
    >
      <FormAlert error={form.formError} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          label={t('admin.users.name')}
          required
          value={form.values.name}
          errors={form.fieldErrors.name}
          onChange={(e) => form.set('name', e.target.value)}
        />
        <TextField
          label={t('admin.users.email')}
          type="email"
          required
          autoComplete="off"
          value={form.values.email}
          errors={form.fieldErrors.email}
          onChange={(e) => form.set('email', e.target.value)}
        />
        <SelectField
          label={t('admin.users.organisation')}
          required
          placeholder="—"
          options={organisationOptions}
          value={form.values.organisationId}
          errors={form.fieldErrors.organisationId}
          onChange={(e) => form.set('organisationId', e.target.value)}
        />
        <SelectField
          label={t('admin.users.globalRole')}
          options={globalRoles.map((role) => ({ value: role, label: t(`roles.global.${role}`) }))}
          value={form.values.globalRole}
          errors={form.fieldErrors.globalRole}
          onChange={(e) => form.set('globalRole', e.target.value as GlobalRole)}
        />
        <TextField
          label={t('admin.users.password')}
          hint={t('admin.users.passwordHint')}
          type="password"
          required
          autoComplete="new-password"
          value={form.values.password}
          errors={form.fieldErrors.password}
          onChange={(e) => form.set('password', e.target.value)}
        />
      </div>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? t('actions.saving') : t('admin.users.new')}
      </Button>
    </form>
  );
}

function EditUserRow({ user, onDone }: { user: UserRow; onDone: (message: string | null) => void }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const organisationOptions = useOrganisationOptions();
  const form = useForm({ name: user.name, organisationId: user.organisationId, globalRole: user.globalRole });
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
        onDone(t('admin.users.updated', { name: saved.name }));
      },
      onError: form.fail,
    }),
  );
  return (
    <form
      method="post"
      noValidate
      aria-label={t('admin.users.editTitle')}
      className="space-y-3 bg-slate-50 p-4"
      onSubmit={async (event) => {
        event.preventDefault();
        const input = await form.validate('updateUserSchema', { ...form.values, id: user.id, version: user.version });
        if (input) update.mutate(input);
      }}
    >
      <FormAlert
        error={form.formError}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
          onDone(null);
        }}
      />
      <div className="grid gap-3 md:grid-cols-3">
        <TextField
          label={t('admin.users.name')}
          required
          value={form.values.name}
          errors={form.fieldErrors.name}
          onChange={(e) => form.set('name', e.target.value)}
        />
        <SelectField
          label={t('admin.users.organisation')}
          options={organisationOptions}
          value={form.values.organisationId}
          errors={form.fieldErrors.organisationId}
          onChange={(e) => form.set('organisationId', e.target.value)}
        />
        <SelectField
          label={t('admin.users.globalRole')}
          options={globalRoles.map((role) => ({ value: role, label: t(`roles.global.${role}`) }))}
          value={form.values.globalRole}
          errors={form.fieldErrors.globalRole}
          onChange={(e) => form.set('globalRole', e.target.value as GlobalRole)}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={update.isPending}>
          {t('actions.save')}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => onDone(null)}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function UserAdmin() {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [toDeactivate, setToDeactivate] = useState<UserRow | null>(null);
  // Issue 13: reset a second factor, end all sessions (each after a confirmation).
  const [security, setSecurity] = useState<{ user: UserRow; action: 'resetSecondFactor' | 'endSessions' } | null>(null);
  const query = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      { search: deferredSearch || undefined, limit: 25 },
      { getNextPageParam: (last) => last.nextCursor },
    ),
  );
  const users = query.data?.pages.flatMap((page) => page.items) ?? [];
  const setActive = useMutation(
    trpc.users.setActive.mutationOptions({
      onSuccess: async (user) => {
        setNotice(
          user.active
            ? t('admin.users.activated', { name: user.name })
            : t('admin.users.deactivated', { name: user.name }),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setToDeactivate(null),
    }),
  );

  const resetSecondFactor = useMutation(
    trpc.users.resetSecondFactor.mutationOptions({
      onSuccess: async (user) => {
        setNotice(t('admin.users.secondFactorReset', { name: user.name }));
        await queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });
      },
      onError: (e) => setError(readError(e)),
      onSettled: () => setSecurity(null),
    }),
  );
  const endSessions = useMutation(
    trpc.users.endSessions.mutationOptions({
      onSuccess: () => setNotice(t('admin.users.sessionsEnded', { name: security?.user.name ?? '' })),
      onError: (e) => setError(readError(e)),
      onSettled: () => setSecurity(null),
    }),
  );

  return (
    <>
      <PageHeader title={t('admin.users.title')} intro={t('admin.users.intro')} />
      <Section id="new-user" title={t('admin.users.new')}>
        <CreateUserForm onCreated={(name) => setNotice(t('admin.users.created', { name }))} />
      </Section>
      <Section id="users" title={t('admin.users.title')}>
        <div className="mb-4 max-w-sm">
          <TextField
            label={t('admin.users.search')}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        {notice ? <Notice>{notice}</Notice> : null}
        <FormAlert error={error} onReload={() => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() })} />
        {query.isPending ? (
          <Loading />
        ) : query.isError ? (
          <LoadError onRetry={() => query.refetch()} />
        ) : users.length === 0 ? (
          <EmptyState>{t('admin.users.empty')}</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('admin.users.name')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('admin.users.email')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('admin.users.organisation')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('admin.users.globalRole')}
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    {t('admin.users.status')}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">{t('workingGroups.membersTable.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {users.map((user) =>
                  editing === user.id ? (
                    <tr key={user.id}>
                      <td colSpan={6}>
                        <EditUserRow
                          user={user}
                          onDone={(message) => {
                            setEditing(null);
                            setNotice(message);
                          }}
                        />
                      </td>
                    </tr>
                  ) : (
                    <tr key={user.id}>
                      <td className="py-2 pr-3">{user.name}</td>
                      <td className="py-2 pr-3">{user.email}</td>
                      <td className="py-2 pr-3">
                        <Badge tone={organisationTone(user.organisationCode)}>{user.organisationCode}</Badge>
                      </td>
                      <td className="py-2 pr-3">{t(`roles.global.${user.globalRole}`)}</td>
                      <td className="py-2 pr-3">
                        <Badge tone={user.active ? 'success' : 'neutral'}>
                          {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                        </Badge>{' '}
                        {user.twoFactorEnabled ? <Badge tone="info">{t('admin.users.twoFactorOn')}</Badge> : null}
                      </td>
                      <td className="flex flex-wrap gap-1 py-2">
                        {user.permissions.edit ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${t('actions.edit')}: ${user.name}`}
                            onClick={() => setEditing(user.id)}
                          >
                            {t('actions.edit')}
                          </Button>
                        ) : null}
                        {user.permissions.deactivate ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${t('admin.users.deactivate')}: ${user.name}`}
                            onClick={() => setToDeactivate(user)}
                          >
                            {t('admin.users.deactivate')}
                          </Button>
                        ) : null}
                        {user.permissions.activate ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${t('admin.users.activate')}: ${user.name}`}
                            onClick={() => setActive.mutate({ id: user.id, version: user.version, active: true })}
                          >
                            {t('admin.users.activate')}
                          </Button>
                        ) : null}
                        {user.permissions.resetSecondFactor ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${t('admin.users.resetSecondFactor')}: ${user.name}`}
                            onClick={() => setSecurity({ user, action: 'resetSecondFactor' })}
                          >
                            {t('admin.users.resetSecondFactor')}
                          </Button>
                        ) : null}
                        {user.permissions.endSessions ? (
                          <Button
                            variant="ghost"
                            size="sm"
                            aria-label={`${t('admin.users.endSessions')}: ${user.name}`}
                            onClick={() => setSecurity({ user, action: 'endSessions' })}
                          >
                            {t('admin.users.endSessions')}
                          </Button>
                        ) : null}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        )}
        {query.hasNextPage ? (
          <Button variant="secondary" className="mt-3" onClick={() => query.fetchNextPage()}>
            {t('actions.loadMore')}
          </Button>
        ) : null}
      </Section>
      <ConfirmDialog
        open={toDeactivate !== null}
        title={t('admin.users.deactivateTitle')}
        confirmLabel={t('admin.users.deactivate')}
        pending={setActive.isPending}
        onCancel={() => setToDeactivate(null)}
        onConfirm={() =>
          toDeactivate && setActive.mutate({ id: toDeactivate.id, version: toDeactivate.version, active: false })
        }
      >
        {toDeactivate ? t('admin.users.deactivateConfirm', { name: toDeactivate.name }) : null}
      </ConfirmDialog>
      <ConfirmDialog
        open={security !== null}
        title={security ? t(`admin.users.${security.action}Title`) : ''}
        confirmLabel={security ? t(`admin.users.${security.action}`) : undefined}
        pending={resetSecondFactor.isPending || endSessions.isPending}
        onCancel={() => setSecurity(null)}
        onConfirm={() => {
          if (!security) return;
          if (security.action === 'resetSecondFactor') resetSecondFactor.mutate({ userId: security.user.id });
          else endSessions.mutate({ userId: security.user.id });
        }}
      >
        {security ? t(`admin.users.${security.action}Confirm`, { name: security.user.name }) : null}
      </ConfirmDialog>
    </>
  );
}
