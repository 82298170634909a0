export const auditActions = [
  'create',
  'update',
  'delete',
  'status',
  'activate',
  'deactivate',
  'sign_in',
  'sign_in_failed',
  'sign_in_throttled',
  'sign_in_refused',
  'sign_out',
  'approve',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** What the audit trail records changes of; a module that audits a new kind of record adds it here (and a label). */
export const auditEntityTypes = [
  'working_group',
  'membership',
  'user',
  'login_attempt',
  'organisation',
  'scenario',
  'exercise',
  'exercise_inject',
  'exercise_observation',
  'improvement_action',
  'calendar_feed',
  'glossary_term',
  'glossary_comment',
  'decision',
  'legal_basis',
  'placement',
  'placement_extension',
  'placement_debrief',
  'placement_lesson',
  'recommendation',
  'condition_assessment',
  'backup',
  'identity_provider',
] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];
