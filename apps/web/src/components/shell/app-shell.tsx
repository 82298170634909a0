'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import type { SessionUser } from '@srw/api/client-types';
import { backupPermissions } from '@srw/domain';
import { useTRPC } from '@/lib/trpc/client';
import { BackupOverdueNotice } from './backup-overdue-notice';
import { HeaderSearch } from './header-search';
import { LensSwitch } from './lens-switch';
import { InboxBadge } from './inbox-badge';
import { LanguageSwitch } from './language-switch';
import { accountNavItems, adminNavItems, mainNavItems, visibleItems, type NavItem } from './nav-items';
import { SessionUserProvider } from './session-user';

function NavList({ items, pathname }: { items: NavItem[]; pathname: string }) {
  const t = useTranslations('nav');
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
        if (!item.available) {
          return (
            <li key={item.key} className="px-3 py-2 text-sm text-slate-500">
              {t(item.key)} <span className="text-xs">({t('comingSoon')})</span>
            </li>
          );
        }
        return (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={active ? 'page' : undefined}
              className={`block rounded px-3 py-2 text-sm font-medium ${
                active ? 'bg-brand-700 text-white' : 'text-slate-800 hover:bg-brand-50'
              }`}
            >
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = useTranslations();
  const pathname = usePathname();
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => window.location.assign('/inloggen'),
    }),
  );
  const adminItems = visibleItems(adminNavItems, user);
  // The backup page says it itself; the rest of the admin area reminds an admin of an overdue backup.
  const showBackupNotice =
    backupPermissions(user).download && pathname.startsWith('/beheer/') && pathname !== '/beheer/back-up';

  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('app.skipToContent')}
      </a>
      <header className="no-print bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div>
            <Link href="/werkgroepen" className="text-lg font-semibold">
              {t('app.name')}
            </Link>
            <p className="text-xs text-brand-100">{t('app.tagline')}</p>
          </div>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <HeaderSearch />
            <LensSwitch userId={user.userId} />
            <InboxBadge />
            <span>
              {t('shell.signedInAs', { name: user.name })} · {user.organisationCode} ·{' '}
              {t(`roles.global.${user.globalRole}`)}
            </span>
            <LanguageSwitch />
            <button
              type="button"
              onClick={() => signOut.mutate()}
              disabled={signOut.isPending}
              className="rounded bg-white px-2.5 py-1 font-medium text-brand-800 hover:bg-brand-50"
            >
              {t('shell.signOut')}
            </button>
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <nav aria-label={t('nav.label')} className="no-print md:w-60 md:shrink-0">
          <NavList items={mainNavItems} pathname={pathname} />
          {adminItems.length > 0 ? (
            <>
              <h2 className="mt-6 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {t('nav.admin')}
              </h2>
              <div className="mt-1">
                <NavList items={adminItems} pathname={pathname} />
              </div>
            </>
          ) : null}
          <h2 className="mt-6 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">{t('nav.account')}</h2>
          <div className="mt-1">
            <NavList items={accountNavItems} pathname={pathname} />
          </div>
        </nav>
        <main id="main" className="min-w-0 flex-1">
          {showBackupNotice ? <BackupOverdueNotice /> : null}
          <SessionUserProvider user={user}>{children}</SessionUserProvider>
        </main>
      </div>
    </div>
  );
}
