import type { InboxReason } from './inbox.rules';
import type { MailLocale } from './inbox.schema';

/*
 * The words of the inbox mails, in Dutch and English. libs/api writes the mails
 * and cannot read the web app's message files, so they live here (as the export
 * labels do); the reason titles say the same as `inbox.reasonTitles` on the page.
 */

export interface InboxMailWords {
  digestSubject: (count: number) => string;
  actionSubject: (count: number) => string;
  greeting: (name: string) => string;
  digestIntro: string;
  actionIntro: string;
  openInbox: string;
  preferences: string;
  unsubscribe: string;
  reasonTitles: Record<InboxReason, string>;
}

export const inboxMailWords: Record<MailLocale, InboxMailWords> = {
  nl: {
    digestSubject: (count) => `Voor mij: ${count} ${count === 1 ? 'item wacht' : 'items wachten'} op u`,
    actionSubject: (count) => `Actie nodig: ${count} ${count === 1 ? 'nieuw item' : 'nieuwe items'} voor u`,
    greeting: (name) => `Beste ${name},`,
    digestIntro: 'Dit wacht op u of uw organisatie in de Samenwerkingsruimte:',
    actionIntro: 'Er is nieuw werk waarvoor u of uw organisatie iets moet doen:',
    openInbox: 'Open "Voor mij"',
    preferences: 'U krijgt deze e-mail volgens uw keuze op de pagina "Voor mij".',
    unsubscribe: 'Geen e-mail meer ontvangen',
    reasonTitles: {
      term_approval: 'Begrippen om goed te keuren',
      decision_sign_off: 'Besluiten om te ondertekenen',
      placement_consent: 'Plaatsingen die op instemming wachten',
      extension_consent: 'Verlengingen die op instemming wachten',
      recommendation_state: 'Aanbevelingen: stand van uw organisatie',
      recommendation_overdue: 'Aanbevelingen over de termijn',
      recommendation_due_soon: 'Aanbevelingen die binnen 14 dagen af moeten',
      decision_legal_basis_changed: 'Besluiten om te herzien (grondslag gewijzigd)',
      review_date_passed: 'Herzieningsdatum verstreken',
      review_date_soon: 'Herzieningsdatum binnen 30 dagen',
      clearance_expiring: 'Screenings die verlopen',
      system_access_expiring: 'Systeemtoegang die verloopt',
      open_question: 'Open vragen (onduidelijk, uitzoeken)',
      term_comment: 'Opmerkingen op begrippen van uw werkgroep',
      term_change_proposal: 'Wijzigingsvoorstellen op begrippen van uw werkgroep',
    },
  },
  en: {
    digestSubject: (count) => `For me: ${count} ${count === 1 ? 'item waits' : 'items wait'} for you`,
    actionSubject: (count) => `Action needed: ${count} new ${count === 1 ? 'item' : 'items'} for you`,
    greeting: (name) => `Dear ${name},`,
    digestIntro: 'This waits for you or your organisation in the Samenwerkingsruimte:',
    actionIntro: 'There is new work that needs you or your organisation to act:',
    openInbox: 'Open "For me"',
    preferences: 'You receive this e-mail as you chose on the "For me" page.',
    unsubscribe: 'Stop these e-mails',
    reasonTitles: {
      term_approval: 'Terms to approve',
      decision_sign_off: 'Decisions to sign off',
      placement_consent: 'Placements awaiting consent',
      extension_consent: 'Extensions awaiting consent',
      recommendation_state: "Recommendations: your organisation's state",
      recommendation_overdue: 'Overdue recommendations',
      recommendation_due_soon: 'Recommendations due within 14 days',
      decision_legal_basis_changed: 'Decisions to review (legal basis changed)',
      review_date_passed: 'Review date passed',
      review_date_soon: 'Review date within 30 days',
      clearance_expiring: 'Clearances expiring',
      system_access_expiring: 'System access expiring',
      open_question: 'Open questions (unclear, to be investigated)',
      term_comment: "Comments on your group's terms",
      term_change_proposal: "Change proposals on your group's terms",
    },
  },
};

/** The daily digest's key: one per person per Dutch calendar day. */
export function digestDedupeKey(userId: string, day: string): string {
  return `digest:${userId}:${day}`;
}

/** An immediate mail's key: one per person per set of newly claimed items. */
export function actionMailDedupeKey(userId: string, itemKeys: readonly string[]): string {
  return `action:${userId}:${[...itemKeys].sort().join('|')}`;
}

/** Retries of a mail that fails to send: 5 attempts in all, waiting 30 s, 60 s, 120 s, 240 s. */
export const MAIL_RETRY_LIMIT = 4;
export const MAIL_RETRY_DELAY_SECONDS = 30;
