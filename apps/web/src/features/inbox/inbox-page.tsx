'use client';

import { useTranslations } from 'next-intl';
import { PageHeader } from '@/components/ui/page-header';
import { InboxItems } from './inbox-items';
import { MailPreferenceForm } from './mail-preference-form';
import { NotificationLog } from './notification-log';

export function InboxPage() {
  const t = useTranslations('inbox');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <InboxItems />
      <div className="mt-8">
        <NotificationLog />
        <MailPreferenceForm />
      </div>
    </>
  );
}
