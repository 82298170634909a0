import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

/** A person the demo provider knows; `organisation` decides which issuer asserts them. */
export interface DemoOidcAccount {
  email: string;
  name: string;
  organisation: string;
}

/** One issuer per organisation, at `<base>/<path>`: a Politie issuer never knows a Defensie account. */
export interface DemoOidcIssuer {
  path: string;
  organisation: string;
  title: string;
  clientId: string;
  clientSecret: string;
  /** Where the app's callback is: `APP_URL/api/auth/callback/<slug>` for each app address. */
  redirectUris: string[];
  /** What the issuer puts in `amr` (RFC 8176) after a password sign-in. */
  amr?: string[];
}

export interface DemoOidcOptions {
  port: number;
  /** Defaults to `http://localhost:<port>`. */
  baseUrl?: string;
  accounts: DemoOidcAccount[];
  password: string;
  issuers: DemoOidcIssuer[];
}

export interface RunningDemoOidc {
  baseUrl: string;
  port: number;
  close(): Promise<void>;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function loginPage(issuer: DemoOidcIssuer, action: string, error: boolean, email = ''): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inloggen bij ${escapeHtml(issuer.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1e293b}
label{display:block;margin-top:1rem;font-weight:600}input{display:block;width:100%;padding:.5rem;margin-top:.25rem;border:1px solid #475569;border-radius:.25rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.5rem;padding:.6rem 1.2rem;background:#1e3a8a;color:#fff;border:0;border-radius:.25rem;font-size:1rem}
button:focus,input:focus{outline:3px solid #f59e0b;outline-offset:2px}.fout{color:#991b1b;font-weight:600}.demo{background:#fef3c7;padding:.5rem .75rem;border-radius:.25rem}</style></head>
<body><main>
<h1>Inloggen bij ${escapeHtml(issuer.title)}</h1>
<p class="demo">Dit is de lokale demo-identiteitsprovider. Gebruik een demo-account van ${escapeHtml(issuer.title)}.</p>
${error ? '<p class="fout" role="alert" id="fout">Onbekend e-mailadres of onjuist wachtwoord.</p>' : ''}
<form method="post" action="${escapeHtml(action)}">
<label for="email">E-mailadres</label>
<input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}"${error ? ' aria-describedby="fout"' : ''}>
<label for="password">Wachtwoord</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Inloggen</button>
</form>
<form method="post" action="${escapeHtml(action)}/afbreken"><button type="submit">Annuleren</button></form>
</main></body></html>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 10_000) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function createIssuer(issuer: DemoOidcIssuer, url: string, options: DemoOidcOptions) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `${issuer.path}-demo` };
  const accounts = new Map(
    options.accounts
      .filter((account) => account.organisation === issuer.organisation)
      .map((account) => [account.email.toLowerCase(), account]),
  );
  const configuration: Configuration = {
    clients: [
      {
        client_id: issuer.clientId,
        client_secret: issuer.clientSecret,
        redirect_uris: issuer.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [jwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
      // The demo signs in with a password only: its amr is the issuer's fixed one, sent in the ID token.
      openid: ['sub', 'amr'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // The app reads e-mail and name from the verified ID token itself.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/${issuer.path}/interactie/${interaction.uid}` },
    // First-party demo clients: consent is implied, so the only interaction is the login form.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const clientId = ctx.oidc.client?.clientId;
      const accountId = ctx.oidc.session?.accountId;
      if (!clientId || !accountId) return undefined;
      const grantId = ctx.oidc.session?.grantIdFor(clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
    async findAccount(_ctx, sub) {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: true,
          name: account.name,
          amr: issuer.amr ?? ['pwd'],
        }),
      };
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Fout</title></head><body><main><h1>Er ging iets mis</h1><p>${escapeHtml(String(out.error))}: ${escapeHtml(String(out.error_description ?? ''))}</p></main></body></html>`;
    },
  };
  const provider = new Provider(url, configuration);
  provider.on('server_error', (_ctx, error) => console.error(`[demo-oidc ${issuer.path}]`, error));

  return Object.assign(provider, {
    async handleInteraction(req: IncomingMessage, res: ServerResponse, rest: string): Promise<boolean> {
      const match = /^\/interactie\/([A-Za-z0-9_-]+)(\/afbreken)?$/.exec(rest);
      if (!match) return false;
      const action = `/${issuer.path}/interactie/${match[1]}`;
      try {
        await provider.interactionDetails(req, res);
      } catch {
        res
          .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Deze aanmelding is verlopen. Begin opnieuw.');
        return true;
      }
      if (req.method === 'GET' && !match[2]) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(loginPage(issuer, action, false));
        return true;
      }
      if (req.method !== 'POST') return false;
      if (match[2]) {
        await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'afgebroken' });
        return true;
      }
      const form = await readForm(req);
      const email = (form.get('email') ?? '').trim().toLowerCase();
      const account = accounts.get(email);
      if (!account || !sameText(form.get('password') ?? '', options.password)) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(loginPage(issuer, action, true, email));
        return true;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: email, amr: issuer.amr ?? ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
      return true;
    },
  });
}

/**
 * A real, certified OpenID provider (`oidc-provider`) for the demo and the
 * tests: one issuer per demo organisation under one port, the demo accounts of
 * that organisation, a login page in Dutch, signing keys made at start (so
 * nothing is stored and nothing downloads). Not for production use.
 */
export async function startDemoOidcProvider(options: DemoOidcOptions): Promise<RunningDemoOidc> {
  const servers: Server[] = [];
  const providers = new Map<string, Awaited<ReturnType<typeof createIssuer>>>();
  let baseUrl = options.baseUrl ?? `http://localhost:${options.port}`;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const [, first = '', ...rest] = path.split('/');
    const provider = providers.get(first);
    if (!provider) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Onbekende demo-organisatie.');
      return;
    }
    const restPath = `/${rest.join('/')}`;
    provider
      .handleInteraction(req, res, restPath)
      .then((handled) => {
        if (handled) return;
        // oidc-provider serves its routes relative to the issuer's path; like express, it
        // reads the mount path from `originalUrl` when it builds its own addresses.
        Object.assign(req, { originalUrl: req.url });
        req.url = (req.url ?? '/').slice(first.length + 1) || '/';
        return provider.callback()(req, res);
      })
      .catch((error: unknown) => {
        console.error('[demo-oidc]', error);
        if (!res.headersSent) res.writeHead(500).end();
      });
  };

  // Loopback only, on both address families, so "localhost" works whichever it resolves to.
  const primary = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    primary.once('error', reject);
    primary.listen(options.port, '127.0.0.1', () => resolve());
  });
  servers.push(primary);
  const port = (primary.address() as AddressInfo).port;
  if (!options.baseUrl) baseUrl = `http://localhost:${port}`;
  const secondary = createServer(handler);
  await new Promise<void>((resolve) => {
    secondary.once('error', () => resolve());
    secondary.listen(port, '::1', () => {
      servers.push(secondary);
      resolve();
    });
  });

  for (const issuer of options.issuers) {
    providers.set(issuer.path, await createIssuer(issuer, `${baseUrl}/${issuer.path}`, options));
  }

  return {
    baseUrl,
    port,
    close: () =>
      Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ).then(() => undefined),
  };
}
