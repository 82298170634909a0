import { assessmentsRouter } from './modules/assessments/assessments.router';
import { backupRouter } from './modules/backup/backup.router';
import { auditRouter } from './modules/audit/audit.router';
import { authRouter } from './modules/auth/auth.router';
import { mfaRouter } from './modules/auth/mfa.router';
import { sessionsRouter } from './modules/auth/sessions.router';
import { glossaryRouter } from './modules/glossary/glossary.router';
import { membershipsRouter } from './modules/memberships/memberships.router';
import { organisationsRouter } from './modules/organisations/organisations.router';
import { identityProvidersRouter } from './modules/identity-providers/identity-providers.router';
import { placementsRouter } from './modules/placements/placements.router';
import { recommendationsRouter } from './modules/recommendations/recommendations.router';
import { referenceRouter } from './modules/reference/reference.router';
import { exercisesRouter } from './modules/scenarios/exercises.router';
import { scenariosRouter } from './modules/scenarios/scenarios.router';
import { usersRouter } from './modules/users/users.router';
import { workingGroupsRouter } from './modules/working-groups/working-groups.router';
import { decisionsRouter } from './modules/decisions/decisions.router';
import { searchRouter } from './modules/search/search.router';
import { liveRouter } from './modules/live/live.router';
import { inboxRouter } from './modules/inbox/inbox.router';
import { mailRouter } from './modules/mail/mail.router';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  mfa: mfaRouter,
  sessions: sessionsRouter,
  users: usersRouter,
  organisations: organisationsRouter,
  identityProviders: identityProvidersRouter,
  workingGroups: workingGroupsRouter,
  memberships: membershipsRouter,
  audit: auditRouter,
  reference: referenceRouter,
  placements: placementsRouter,
  recommendations: recommendationsRouter,
  assessments: assessmentsRouter,
  scenarios: scenariosRouter,
  exercises: exercisesRouter,
  glossary: glossaryRouter,
  decisions: decisionsRouter,
  backup: backupRouter,
  search: searchRouter,
  live: liveRouter,
  inbox: inboxRouter,
  mail: mailRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
