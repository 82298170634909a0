'use client';

import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { groupRoles, type GroupRole } from '@srw/domain';
import { useErrorReader } from '@/components/forms/use-error-text';
import { FormAlert } from '@/components/forms/form-alert';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState, LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';

interface MemberRef {
  membershipId: string;
  name: string;
  version: number;
}

export function MemberList({ groupId }: { groupId: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toRemove, setToRemove] = useState<MemberRef | null>(null);
  const query = useInfiniteQuery(
    trpc.memberships.list.infiniteQueryOptions({ groupId, limit: 50 }, { getNextPageParam: (last) => last.nextCursor }),
  );
  const members = query.data?.pages.flatMap((page) => page.items) ?? [];
  // The service says per member what the reader may do; the column shows when anything may be done.
  const anyRemovable = members.some((member) => member.permissions.remove);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: trpc.memberships.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
    await queryClient.invalidateQueries({ queryKey: trpc.workingGroups.pathKey() });
  };
  const changeRole = useMutation(
    trpc.memberships.changeRole.mutationOptions({
      onError: (e) => setError(readError(e)),
    }),
  );
  const remove = useMutation(
    trpc.memberships.remove.mutationOptions({
      onError: (e) => setError(readError(e)),
    }),
  );

  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError onRetry={() => query.refetch()} />;

  return (
    <div className="space-y-3">
      <FormAlert
        error={error}
        onReload={async () => {
          setError(null);
          await refresh();
        }}
      />
      {notice ? <Notice>{notice}</Notice> : null}
      {members.length === 0 ? (
        <EmptyState>{t('states.empty')}</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('workingGroups.membersTable.name')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('workingGroups.membersTable.organisation')}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t('workingGroups.membersTable.role')}
                </th>
                {anyRemovable ? (
                  <th scope="col" className="py-2 font-medium">
                    {t('workingGroups.membersTable.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {members.map((member) => (
                <tr key={member.membershipId}>
                  <td className="py-2 pr-4">
                    {member.name}
                    {!member.active ? (
                      <span className="ml-2 text-xs text-slate-500">({t('workingGroups.membersTable.inactive')})</span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4">
                    <Badge tone={organisationTone(member.organisationCode)}>{member.organisationCode}</Badge>
                  </td>
                  <td className="py-2 pr-4">
                    {member.permissions.changeRole ? (
                      <select
                        aria-label={t('workingGroups.membersTable.changeRole', { name: member.name })}
                        className="rounded border border-slate-400 bg-white px-2 py-1"
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(event) => {
                          setError(null);
                          setNotice(null);
                          changeRole.mutate(
                            {
                              membershipId: member.membershipId,
                              version: member.version,
                              role: event.target.value as GroupRole,
                            },
                            {
                              onSuccess: () => {
                                setNotice(t('workingGroups.membersTable.roleChanged', { name: member.name }));
                                void refresh();
                              },
                            },
                          );
                        }}
                      >
                        {groupRoles.map((role) => (
                          <option key={role} value={role}>
                            {t(`roles.group.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`roles.group.${member.role}`)
                    )}
                  </td>
                  {anyRemovable ? (
                    <td className="py-2">
                      {member.permissions.remove ? (
                        <Button
                          variant="ghost"
                          size="sm"
                          aria-label={`${t('actions.remove')}: ${member.name}`}
                          onClick={() =>
                            setToRemove({
                              membershipId: member.membershipId,
                              name: member.name,
                              version: member.version,
                            })
                          }
                        >
                          {t('actions.remove')}
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {query.hasNextPage ? (
        <Button variant="secondary" onClick={() => query.fetchNextPage()}>
          {t('actions.loadMore')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={toRemove !== null}
        title={t('workingGroups.membersTable.removeConfirmTitle')}
        confirmLabel={t('actions.remove')}
        pending={remove.isPending}
        onCancel={() => setToRemove(null)}
        onConfirm={() => {
          if (!toRemove) return;
          const target = toRemove;
          setError(null);
          setNotice(null);
          remove.mutate(
            { membershipId: target.membershipId, version: target.version },
            {
              onSuccess: () => {
                setNotice(t('workingGroups.membersTable.removed', { name: target.name }));
                void refresh();
              },
              onSettled: () => setToRemove(null),
            },
          );
        }}
      >
        {toRemove ? t('workingGroups.membersTable.removeConfirm', { name: toRemove.name }) : null}
      </ConfirmDialog>
    </div>
  );
}
