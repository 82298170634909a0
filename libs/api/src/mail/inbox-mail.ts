import { inboxMailWords, inboxReasons, type InboxItem, type MailLocale } from '@srw/domain';

/** What an inbox mail says: subject, plain text and HTML, in the person's language. */
export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function composeInboxMail(input: {
  kind: 'digest' | 'action';
  locale: MailLocale;
  name: string;
  items: readonly InboxItem[];
  appUrl: string;
  unsubscribeUrl: string;
}): ComposedMail {
  const words = inboxMailWords[input.locale];
  const inboxUrl = `${input.appUrl}/voor-mij`;
  const groups = inboxReasons
    .map((reason) => ({ reason, items: input.items.filter((item) => item.reason === reason) }))
    .filter((group) => group.items.length > 0);
  const subject =
    input.kind === 'digest' ? words.digestSubject(input.items.length) : words.actionSubject(input.items.length);
  const intro = input.kind === 'digest' ? words.digestIntro : words.actionIntro;

  const textLines = [words.greeting(input.name), '', intro, ''];
  for (const group of groups) {
    textLines.push(`${words.reasonTitles[group.reason]}:`);
    for (const item of group.items) textLines.push(`- ${item.title}: ${input.appUrl}${item.href}`);
    textLines.push('');
  }
  textLines.push(
    `${words.openInbox}: ${inboxUrl}`,
    '',
    '--',
    words.preferences,
    `${words.unsubscribe}: ${input.unsubscribeUrl}`,
  );

  const htmlGroups = groups
    .map(
      (group) =>
        `<h3>${escapeHtml(words.reasonTitles[group.reason])}</h3><ul>${group.items
          .map((item) => `<li><a href="${escapeHtml(input.appUrl + item.href)}">${escapeHtml(item.title)}</a></li>`)
          .join('')}</ul>`,
    )
    .join('');
  const html = `<!doctype html><html lang="${input.locale}"><body><p>${escapeHtml(words.greeting(input.name))}</p><p>${escapeHtml(intro)}</p>${htmlGroups}<p><a href="${escapeHtml(inboxUrl)}">${escapeHtml(words.openInbox)}</a></p><hr><p style="font-size:small">${escapeHtml(words.preferences)} <a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a></p></body></html>`;
  return { subject, text: textLines.join('\n'), html };
}
