export const globalRoles = ['admin', 'management', 'member'] as const;
export type GlobalRole = (typeof globalRoles)[number];

/** Role inside one working group; `observer` is read-only. */
export const groupRoles = ['chair', 'member', 'observer'] as const;
export type GroupRole = (typeof groupRoles)[number];

/** The signed-in user as the rules see them. */
export interface Actor {
  userId: string;
  organisationId: string;
  globalRole: GlobalRole;
}
