import { upsertMailPreference, type Executor } from '@srw/db';
import { unsubscribeTokenSchema } from '@srw/domain';
import { verifyUnsubscribeToken } from '../../mail/unsubscribe-token';
import { getRuntime } from '../../runtime';

/*
 * GET/POST /api/afmelden?token=…: the unsubscribe link in every mail, usable
 * without signing in. GET shows a page with one button (so a mail scanner that
 * follows links changes nothing); POST, from that button or a mail program's
 * one-click unsubscribe (RFC 8058), sets the person's choice to "no e-mail".
 * The page is in Dutch and English: the person is not signed in, so we do not
 * know their language.
 */

function page(status: number, body: string): Response {
  return new Response(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Samenwerkingsruimte</title></head><body style="font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">${body}</body></html>`,
    {
      status,
      headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex' },
    },
  );
}

const invalid = () =>
  page(
    400,
    '<h1>Ongeldige link</h1><p>Deze afmeldlink klopt niet (meer). Kies uw e-mailvoorkeur op de pagina "Voor mij".</p><hr><p lang="en">This unsubscribe link is not valid. Choose your e-mail preference on the "For me" page.</p>',
  );

/** The handling itself, given the database and the secret (tests call it directly). */
export async function unsubscribeRequest(
  request: Request,
  deps: { db: Executor; authSecret: string },
): Promise<Response> {
  const raw = new URL(request.url).searchParams.get('token') ?? '';
  const parsed = unsubscribeTokenSchema.safeParse(raw);
  const userId = parsed.success ? verifyUnsubscribeToken(parsed.data, deps.authSecret) : null;
  if (!userId) return invalid();
  if (request.method === 'POST') {
    await upsertMailPreference(deps.db, userId, 'none');
    return page(
      200,
      '<h1>Afgemeld</h1><p>U ontvangt geen e-mail meer van de Samenwerkingsruimte. U kunt dit altijd weer wijzigen op de pagina "Voor mij".</p><hr><p lang="en">You will no longer receive e-mail from the Samenwerkingsruimte. You can change this at any time on the "For me" page.</p>',
    );
  }
  const action = `/api/afmelden?token=${encodeURIComponent(parsed.success ? parsed.data : '')}`;
  return page(
    200,
    `<h1>Afmelden</h1><p>Wilt u geen e-mail meer ontvangen van de Samenwerkingsruimte?</p><p lang="en">Stop e-mails from the Samenwerkingsruimte?</p><form method="post" action="${action}"><button type="submit" style="padding:.5rem 1rem">Afmelden / Unsubscribe</button></form>`,
  );
}

export async function handleUnsubscribe(request: Request): Promise<Response> {
  const runtime = await getRuntime();
  return unsubscribeRequest(request, { db: runtime.handle.db, authSecret: runtime.config.authSecret });
}
