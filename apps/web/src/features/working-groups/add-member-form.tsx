'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useDeferredValue, useState } from 'react';
import { groupRoles, type GroupRole } from '@srw/domain';
import { SelectField, TextField } from '@/components/forms/fields';
import { FormAlert } from '@/components/forms/form-alert';
import { useForm } from '@/components/forms/use-form';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/states';
import { useTRPC } from '@/lib/trpc/client';

export function AddMemberForm({ groupId }: { groupId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [added, setAdded] = useState<string | null>(null);
  const form = useForm<{ userId: string; role: GroupRole }>({ userId: '', role: 'member' });
  const candidates = useQuery(trpc.memberships.candidates.queryOptions({ groupId, search: deferredSearch }));
  const options = (candidates.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.organisationCode})` }));
  const add = useMutation(
    trpc.memberships.add.mutationOptions({
      onSuccess: async () => {
        const name = options.find((o) => o.value === form.values.userId)?.label ?? '';
        setAdded(t('workingGroups.addMember.added', { name }));
        form.reset({ userId: '', role: 'member' });
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.memberships.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.workingGroups.pathKey() }),
        ]);
      },
      onError: (error) => {
        setAdded(null);
        form.fail(error);
      },
    }),
  );

  return (
    <form
      method="post"
      noValidate
      aria-labelledby="add-member-heading"
      className="mt-6 space-y-4 border-t border-slate-200 pt-4"
      onSubmit={async (event) => {
        event.preventDefault();
        setAdded(null);
        const input = await form.validate('addMemberSchema', { ...form.values, groupId });
        if (input) add.mutate(input);
      }}
    >
      <h3 id="add-member-heading" className="font-semibold text-slate-900">
        {t('workingGroups.addMember.title')}
      </h3>
      <FormAlert error={form.formError} />
      {added ? <Notice>{added}</Notice> : null}
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          label={t('workingGroups.addMember.search')}
          hint={t('workingGroups.addMember.searchHint')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label={t('workingGroups.addMember.user')}
          required
          placeholder={options.length === 0 ? t('workingGroups.addMember.noCandidates') : '—'}
          options={options}
          value={form.values.userId}
          errors={form.fieldErrors.userId}
          onChange={(event) => form.set('userId', event.target.value)}
        />
        <SelectField
          label={t('workingGroups.addMember.role')}
          options={groupRoles.map((role) => ({ value: role, label: t(`roles.group.${role}`) }))}
          value={form.values.role}
          errors={form.fieldErrors.role}
          onChange={(event) => form.set('role', event.target.value as GroupRole)}
        />
      </div>
      <Button type="submit" disabled={add.isPending}>
        {t('workingGroups.addMember.submit')}
      </Button>
    </form>
  );
}
