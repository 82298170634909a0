import { z } from 'zod';
import { uuidSchema } from '../common/validation';
import { v } from '../common/validation.rules';

/** How a person wants to hear by e-mail about what waits for them. */
export const mailPreferences = ['immediate', 'digest', 'none'] as const;
export type MailPreference = (typeof mailPreferences)[number];
export const mailPreferenceSchema = /* @__PURE__ */ (() => z.enum(mailPreferences, { error: v.invalidChoice }))();
/** Everyone starts with the daily digest. */
export const defaultMailPreference: MailPreference = 'digest';

/** Mails are written in Dutch or English. */
export const mailLocales = ['nl', 'en'] as const;
export type MailLocale = (typeof mailLocales)[number];

export const setMailPreferenceSchema = /* @__PURE__ */ (() =>
  z.object({
    mailPreference: mailPreferenceSchema,
    /** The language the person uses now; their mails follow it. */
    locale: z.enum(mailLocales, { error: v.invalidChoice }).default('nl'),
  }))();
export type SetMailPreferenceInput = z.infer<typeof setMailPreferenceSchema>;

export const notificationIdSchema = /* @__PURE__ */ (() => z.object({ id: uuidSchema }))();

export const listNotificationsSchema = /* @__PURE__ */ (() =>
  z.object({
    unreadOnly: z.boolean().default(false),
    limit: z.number().int().min(1).max(100).default(50),
  }))();
export type ListNotificationsInput = z.infer<typeof listNotificationsSchema>;

/** The unsubscribe link's token, as the route receives it. */
export const unsubscribeTokenSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .min(10)
    .max(400)
    .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { error: v.invalidChoice }))();

/** A digest (daily) or an immediate mail about new action items. */
export const mailKinds = ['digest', 'action'] as const;
export type MailKind = (typeof mailKinds)[number];
/** queued → sent, or failed once every retry failed. */
export const mailStatuses = ['queued', 'sent', 'failed'] as const;
export type MailStatus = (typeof mailStatuses)[number];
export const sentMailStatus: MailStatus = 'sent';
export const failedMailStatus: MailStatus = 'failed';
