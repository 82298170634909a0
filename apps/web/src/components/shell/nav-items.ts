import {
  backupPermissions,
  canManageIdentityProviders,
  canManageUsers,
  canViewAllAudit,
  canViewMailLog,
  isAdmin,
  type Actor,
} from '@srw/domain';

export interface NavItem {
  /** Key in the `nav` messages. */
  key: string;
  href: string;
  /** Modules not built yet are listed honestly as not available. */
  available: boolean;
  /** Only those for whom this holds see the item (the rule that guards the page); undefined: everyone. */
  visibleTo?: (actor: Actor) => boolean;
}

export const mainNavItems: NavItem[] = [
  { key: 'inbox', href: '/voor-mij', available: true },
  { key: 'workingGroups', href: '/werkgroepen', available: true },
  { key: 'scenarios', href: '/scenarios', available: true },
  { key: 'glossary', href: '/begrippenlijst', available: true },
  { key: 'decisions', href: '/afwegingskader', available: true },
  { key: 'placements', href: '/liaisons', available: true },
  { key: 'recommendations', href: '/aanbevelingen', available: true },
  { key: 'dashboard', href: '/dashboard', available: true },
];

export const adminNavItems: NavItem[] = [
  { key: 'users', href: '/beheer/gebruikers', available: true, visibleTo: canManageUsers },
  { key: 'organisations', href: '/beheer/organisaties', available: true, visibleTo: canManageUsers },
  { key: 'identityProviders', href: '/beheer/inlogproviders', available: true, visibleTo: canManageIdentityProviders },
  { key: 'legalBases', href: '/beheer/grondslagen', available: true, visibleTo: isAdmin },
  { key: 'audit', href: '/beheer/audittrail', available: true, visibleTo: canViewAllAudit },
  { key: 'mail', href: '/beheer/e-mail', available: true, visibleTo: canViewMailLog },
  { key: 'backup', href: '/beheer/back-up', available: true, visibleTo: (actor) => backupPermissions(actor).download },
];

export function visibleItems(items: NavItem[], actor: Actor): NavItem[] {
  return items.filter((item) => !item.visibleTo || item.visibleTo(actor));
}

/** The person's own account (issue 13): second factor and sessions. */
export const accountNavItems: NavItem[] = [
  { key: 'twoFactor', href: '/account/tweestapsverificatie', available: true },
  { key: 'sessions', href: '/account/sessies', available: true },
];
