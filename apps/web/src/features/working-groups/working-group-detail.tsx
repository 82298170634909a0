'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import {
  canTransitionWorkingGroup,
  isArchivedGroupStatus,
  workingGroupStatuses,
  type WorkingGroupStatus,
} from '@srw/domain';
import { FormAlert } from '@/components/forms/form-alert';
import { useErrorReader } from '@/components/forms/use-error-text';
import { Badge, organisationTone } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ClassificationBadge } from '@/components/ui/classification-badge';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { PageHeader, Section } from '@/components/ui/page-header';
import { LoadError, Loading, Notice } from '@/components/ui/states';
import type { ErrorInfo } from '@/lib/trpc/errors';
import { useTRPC } from '@/lib/trpc/client';
import { ExportLinks } from '@/components/ui/export-links';
import { AuditList } from '../audit/audit-list';
import { AddMemberForm } from './add-member-form';
import { MemberList } from './member-list';
import { WorkingGroupStatusBadge } from './status-badge';
import { EditWorkingGroupForm } from './working-group-form';

export function WorkingGroupDetail({ id }: { id: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const readError = useErrorReader();
  const query = useQuery(trpc.workingGroups.get.queryOptions({ id }));
  const [nextStatus, setNextStatus] = useState<WorkingGroupStatus | null>(null);
  const [statusError, setStatusError] = useState<ErrorInfo | null>(null);
  const changeStatus = useMutation(
    trpc.workingGroups.changeStatus.mutationOptions({
      onSuccess: async () => {
        setStatusError(null);
        await queryClient.invalidateQueries({ queryKey: trpc.workingGroups.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
      },
      onError: (error) => setStatusError(readError(error)),
      onSettled: () => setNextStatus(null),
    }),
  );

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const notFound = query.error instanceof TRPCClientError && query.error.data?.httpStatus === 404;
    return (
      <LoadError
        message={notFound ? t('notFound.body') : undefined}
        onRetry={notFound ? undefined : () => query.refetch()}
      />
    );
  }
  const group = query.data;
  const statusLabel = (status: WorkingGroupStatus) => t(`workingGroups.status.${status}`);

  return (
    <>
      <PageHeader
        title={group.name}
        intro={group.theme}
        meta={
          <>
            <WorkingGroupStatusBadge status={group.status} />
            <ClassificationBadge value={group.classification} />
            {group.organisations.map((organisation) => (
              <Badge key={organisation.id} tone={organisationTone(organisation.code)}>
                {organisation.name}
              </Badge>
            ))}
            <span className="text-sm text-slate-600">
              {group.myRole
                ? t('workingGroups.yourRole', { role: t(`roles.group.${group.myRole}`) })
                : t('workingGroups.noRole')}
            </span>
          </>
        }
      />
      {isArchivedGroupStatus(group.status) ? (
        <div className="mb-6">
          <Notice tone="warning">{t('workingGroups.detail.archivedNotice')}</Notice>
        </div>
      ) : null}
      {group.description ? (
        <p className="mb-6 max-w-3xl whitespace-pre-line text-slate-800">{group.description}</p>
      ) : null}

      <p className="mb-6">
        <Link href={`/werkgroepen/${group.id}/samenwerkingsscan`} className="text-brand-700 hover:underline">
          {t('assessments.linkFromGroup')}
        </Link>
      </p>

      <Section id="members" title={t('workingGroups.detail.membersTitle')}>
        <MemberList groupId={group.id} />
        {group.permissions.manage ? <AddMemberForm groupId={group.id} /> : null}
      </Section>

      {group.permissions.manage ? (
        <Section id="settings" title={t('workingGroups.detail.settingsTitle')}>
          <EditWorkingGroupForm group={group} />
        </Section>
      ) : null}

      {group.permissions.changeStatus ? (
        <Section
          id="status"
          title={t('workingGroups.detail.statusTitle')}
          intro={t('workingGroups.detail.statusIntro')}
        >
          <FormAlert
            error={statusError}
            onReload={() => queryClient.invalidateQueries({ queryKey: trpc.workingGroups.pathKey() })}
          />
          <div className="mt-2 flex flex-wrap gap-2">
            {workingGroupStatuses
              .filter((status) => canTransitionWorkingGroup(group.status, status))
              .map((status) => (
                <Button key={status} variant="secondary" onClick={() => setNextStatus(status)}>
                  {t('workingGroups.detail.changeStatusTo', { status: statusLabel(status) })}
                </Button>
              ))}
          </div>
          <ConfirmDialog
            open={nextStatus !== null}
            title={t('workingGroups.detail.statusTitle')}
            pending={changeStatus.isPending}
            // Red only for archiving, which closes the group.
            confirmVariant={nextStatus && isArchivedGroupStatus(nextStatus) ? 'danger' : 'primary'}
            onCancel={() => setNextStatus(null)}
            onConfirm={() =>
              nextStatus && changeStatus.mutate({ id: group.id, version: group.version, status: nextStatus })
            }
          >
            {nextStatus ? t('workingGroups.detail.confirmStatus', { status: statusLabel(nextStatus) }) : null}
          </ConfirmDialog>
        </Section>
      ) : null}

      {group.permissions.viewAudit ? (
        <Section
          id="activity"
          title={t('workingGroups.detail.activityTitle')}
          intro={t('workingGroups.detail.activityIntro')}
        >
          <div className="mb-3 flex flex-wrap gap-2">
            <ExportLinks
              name="audittrail"
              query={`werkgroep=${group.id}`}
              label={t('workingGroups.detail.activityTitle')}
            />
          </div>
          <AuditList groupId={group.id} />
        </Section>
      ) : null}
    </>
  );
}
