import type { GlobalRole } from '@srw/domain';

export interface NavItem {
  /** Key in the `nav` messages. */
  key: string;
  href: string;
  /** Modules not built yet are listed honestly as not available. */
  available: boolean;
  /** Only these global roles see the item; undefined: everyone. */
  roles?: GlobalRole[];
}

export const mainNavItems: NavItem[] = [
  { key: 'workingGroups', href: '/werkgroepen', available: true },
  { key: 'scenarios', href: '/scenarios', available: true },
  { key: 'glossary', href: '/begrippenlijst', available: true },
  { key: 'decisions', href: '/afwegingskader', available: true },
  { key: 'placements', href: '/liaisons', available: true },
  { key: 'recommendations', href: '/aanbevelingen', available: true },
  { key: 'dashboard', href: '/dashboard', available: true },
];

export const adminNavItems: NavItem[] = [
  { key: 'users', href: '/beheer/gebruikers', available: true, roles: ['admin'] },
  { key: 'organisations', href: '/beheer/organisaties', available: true, roles: ['admin'] },
  { key: 'legalBases', href: '/beheer/grondslagen', available: true, roles: ['admin'] },
  { key: 'audit', href: '/beheer/audittrail', available: true, roles: ['admin'] },
];

export function visibleItems(items: NavItem[], role: GlobalRole): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.includes(role));
}
