import { listNotificationsSchema, notificationIdSchema, setMailPreferenceSchema } from '@srw/domain';
import { protectedProcedure, router } from '../../trpc';
import {
  getMailPreference,
  listNotifications,
  markAllRead,
  markRead,
  setMailPreference,
} from './inbox-notifications.service';
import { countInbox, listInbox } from './inbox-read.service';

export const inboxRouter = router({
  list: protectedProcedure.query(({ ctx }) => listInbox(ctx, ctx.user)),
  count: protectedProcedure.query(({ ctx }) => countInbox(ctx, ctx.user)),
  notifications: protectedProcedure
    .input(listNotificationsSchema)
    .query(({ ctx, input }) => listNotifications(ctx, ctx.user, input)),
  markRead: protectedProcedure
    .input(notificationIdSchema)
    .mutation(({ ctx, input }) => markRead(ctx, ctx.user, input.id)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllRead(ctx, ctx.user)),
  mailPreference: protectedProcedure.query(({ ctx }) => getMailPreference(ctx, ctx.user)),
  setMailPreference: protectedProcedure
    .input(setMailPreferenceSchema)
    .mutation(({ ctx, input }) => setMailPreference(ctx, ctx.user, input)),
});
