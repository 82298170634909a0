import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  federatedSignInAttempts,
  findOrganisationByCode,
  insertIdentityProvider,
  sessions,
  updateIdentityProviderRow,
  users,
  findIdentityProviderBySlug,
} from '@srw/db';
import { createTestHarness, type TestHarness } from '../../testing';
import { startDemoOidcProvider, type RunningDemoOidc } from '../../demo-oidc/demo-oidc-provider';
import { createFederation, type Federation } from './federation';
import { federationResponse } from './federation.handler';
import { encryptProviderSecret } from './provider-secret';

const PASSWORD = 'idp-wachtwoord';
const APP = 'http://localhost:3000';
let h: TestHarness;
let idp: RunningDemoOidc;
let proxy: Server;
let proxyUrl: string;
let federation: Federation;

/** How the token-endpoint proxy alters the ID token of the next answer. */
let tamper: null | 'payload' | { replaceWith: string } = null;
/** The last ID token the proxy passed on unaltered. */
let lastIdToken = '';

type Jar = Map<string, string>;
function store(jar: Jar, response: Response) {
  for (const cookie of response.headers.getSetCookie()) {
    const [pair = ''] = cookie.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index);
    const value = pair.slice(index + 1);
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie) || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

const app = (request: Request) => federationResponse(request, { db: h.handle.db, config: h.config, federation });

/**
 * One sign-in as a browser would do it: the button's POST, the provider's
 * authorization and login page, and the callback; returns where the app sends
 * the browser at the end, and the app's cookies.
 */
async function signInThrough(
  slug: string,
  email: string,
  options: { alterCallback?: (url: URL) => void; address?: string } = {},
): Promise<{ location: string; cookies: Jar }> {
  const appJar: Jar = new Map();
  const idpJar: Jar = new Map();
  const from: Record<string, string> = options.address ? { 'x-forwarded-for': options.address } : {};
  const start = await app(
    new Request(`${APP}/api/auth/federated/${slug}?terug=/werkgroepen`, {
      headers: { 'sec-fetch-site': 'same-origin', ...from },
    }),
  );
  expect(start.status).toBe(303);
  store(appJar, start);
  let location = start.headers.get('location') ?? '';
  if (!location.startsWith('http')) return { location, cookies: appJar };
  // Follow the provider until it sends us back to the app.
  for (let hop = 0; hop < 10 && !location.startsWith(APP); hop++) {
    const response = await fetch(location, { redirect: 'manual', headers: { cookie: cookieHeader(idpJar) } });
    store(idpJar, response);
    if (response.status === 200) {
      const html = await response.text();
      const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
      const posted = await fetch(new URL(action, location), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: cookieHeader(idpJar), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, password: PASSWORD }).toString(),
      });
      store(idpJar, posted);
      location = new URL(posted.headers.get('location') ?? '', location).href;
      continue;
    }
    location = new URL(response.headers.get('location') ?? '', location).href;
  }
  const callback = new URL(location);
  options.alterCallback?.(callback);
  const done = await app(new Request(callback.href, { headers: { cookie: cookieHeader(appJar), ...from } }));
  store(appJar, done);
  return { location: done.headers.get('location') ?? '', cookies: appJar };
}

async function addProvider(
  slug: string,
  issuer: string,
  values: { organisation: string; allowAccountCreation?: boolean; mfaAmrValues?: string[] },
) {
  const organisation = await findOrganisationByCode(h.handle.db, values.organisation);
  if (!organisation) throw new Error('organisation');
  return insertIdentityProvider(h.handle.db, {
    slug,
    organisationId: organisation.id,
    label: `Inloggen via ${slug}`,
    issuer,
    clientId: 'test-client',
    clientSecretEncrypted: encryptProviderSecret(h.config.authSecret, 'test-geheim'),
    scopes: 'openid email profile',
    emailClaim: 'email',
    nameClaim: 'name',
    allowAccountCreation: values.allowAccountCreation ?? false,
    mfaAmrValues: values.mfaAmrValues ?? [],
    mfaAcrValues: [],
    enabled: true,
    createdBy: null,
  });
}

beforeAll(async () => {
  h = await createTestHarness({ appUrl: APP });
  federation = createFederation(h.handle.db, h.config);
  const slugs = ['politie-test', 'politie-open', 'politie-mfa', 'politie-proxy', 'politie-drukte'];
  idp = await startDemoOidcProvider({
    port: 0,
    password: PASSWORD,
    accounts: [
      { email: 'sanne@politie.test', name: 'Sanne', organisation: 'POLITIE' },
      { email: 'nieuw@politie.test', name: 'Nieuwe Agent', organisation: 'POLITIE' },
      // The provider (wrongly) asserts an address that belongs to a Defensie account here.
      { email: 'pieter@defensie.test', name: 'Pieter', organisation: 'POLITIE' },
      { email: 'oud@politie.test', name: 'Oud', organisation: 'POLITIE' },
    ],
    issuers: [
      {
        path: 'politie',
        organisation: 'POLITIE',
        title: 'Politie (test)',
        clientId: 'test-client',
        clientSecret: 'test-geheim',
        redirectUris: slugs.map((slug) => `${APP}/api/auth/callback/${slug}`),
        amr: ['pwd', 'otp'],
      },
    ],
  });
  // A provider address whose token endpoint can alter the ID token: a tampered token must be refused.
  proxy = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/';
      const real = `${idp.baseUrl}${path}`;
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const upstream = await fetch(real, {
        method: req.method,
        headers: Object.fromEntries(
          Object.entries(req.headers).filter(
            ([k, v]) => typeof v === 'string' && k !== 'host' && k !== 'content-length',
          ),
        ) as Record<string, string>,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      });
      let text = await upstream.text();
      if (path.endsWith('/.well-known/openid-configuration')) {
        const doc = JSON.parse(text) as Record<string, string>;
        doc.token_endpoint = `${proxyUrl}/politie/token`;
        text = JSON.stringify(doc);
      } else if (path.endsWith('/token') && upstream.ok) {
        const body = JSON.parse(text) as { id_token: string };
        const original = body.id_token;
        if (tamper === 'payload') {
          const [header, payload, signature] = original.split('.');
          const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
          claims.email = 'sanne@politie.test';
          body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
        } else if (tamper) {
          body.id_token = tamper.replaceWith;
        }
        lastIdToken = original;
        text = JSON.stringify(body);
      }
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
      res.end(text);
    })();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
  proxyUrl = `http://localhost:${(proxy.address() as AddressInfo).port}`;

  await addProvider('politie-test', `${idp.baseUrl}/politie`, { organisation: 'POLITIE' });
  await addProvider('politie-open', `${idp.baseUrl}/politie`, { organisation: 'POLITIE', allowAccountCreation: true });
  await addProvider('politie-mfa', `${idp.baseUrl}/politie`, { organisation: 'POLITIE', mfaAmrValues: ['otp'] });
  await addProvider('politie-proxy', `${proxyUrl}/politie`, { organisation: 'POLITIE' });
  await addProvider('politie-drukte', `${idp.baseUrl}/politie`, { organisation: 'POLITIE' });
  await h.createUser({ name: 'Sanne', organisation: 'POLITIE', email: 'sanne@politie.test' });
  await h.createUser({ name: 'Pieter', organisation: 'DEFENSIE', email: 'pieter@defensie.test' });
  const old = await h.createUser({ name: 'Oud', organisation: 'POLITIE', email: 'oud@politie.test' });
  await h.handle.db.update(users).set({ active: false }).where(eq(users.id, old.userId));
}, 60_000);

afterAll(async () => {
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await idp.close();
  await h.close();
});

async function sessionUser(cookies: Jar) {
  const ctx = await h.contextFromHeaders({ cookie: cookieHeader(cookies) });
  return ctx.user;
}

async function refusalsFor(email: string) {
  const events = await h.handle.db.query.auditEvents.findMany();
  return events.filter(
    (e) => e.action === 'sign_in_refused' && (e.after as { email?: string } | null)?.email === email,
  );
}

describe('sign-in through an organisation provider', () => {
  it('links an existing account of the organisation by e-mail and signs it in', async () => {
    const { location, cookies } = await signInThrough('politie-test', 'sanne@politie.test');
    expect(location).toBe('/werkgroepen');
    const user = await sessionUser(cookies);
    expect(user).toMatchObject({ email: 'sanne@politie.test', organisationCode: 'POLITIE' });
    const provider = await findIdentityProviderBySlug(h.handle.db, 'politie-test');
    const [session] = await h.handle.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, user?.userId ?? ''));
    expect(session).toMatchObject({ identityProviderId: provider?.id, providerMfa: false });
    // And again: the account is linked now.
    const again = await signInThrough('politie-test', 'sanne@politie.test');
    expect(again.location).toBe('/werkgroepen');
  });

  it('counts the amr as a second factor only where the provider says so', async () => {
    const { location, cookies } = await signInThrough('politie-mfa', 'sanne@politie.test');
    expect(location).toBe('/werkgroepen');
    const token = [...cookies].find(([name]) => name.endsWith('session_token'))?.[1] ?? '';
    const rows = await h.handle.db.select().from(sessions);
    const mine = rows.find((row) => decodeURIComponent(token).startsWith(row.token));
    expect(mine?.providerMfa).toBe(true);
  });

  it('refuses an unknown person with a clear code, and audits it', async () => {
    const { location, cookies } = await signInThrough('politie-test', 'nieuw@politie.test');
    expect(location).toBe('/inloggen?fout=OIDC_UNKNOWN_ACCOUNT');
    expect(await sessionUser(cookies)).toBeNull();
    expect(await h.handle.db.select().from(users).where(eq(users.email, 'nieuw@politie.test'))).toHaveLength(0);
    expect(await refusalsFor('nieuw@politie.test')).toHaveLength(1);
  });

  it('creates the account in the provider organisation, with no group, where the provider allows it', async () => {
    const { location, cookies } = await signInThrough('politie-open', 'nieuw@politie.test');
    expect(location).toBe('/werkgroepen');
    const user = await sessionUser(cookies);
    expect(user).toMatchObject({ email: 'nieuw@politie.test', organisationCode: 'POLITIE', name: 'Nieuwe Agent' });
    expect(await h.callerFor(user).workingGroups.list({})).toMatchObject({ items: [] });
  });

  it('never signs in an account of another organisation', async () => {
    const { location, cookies } = await signInThrough('politie-open', 'pieter@defensie.test');
    expect(location).toBe('/inloggen?fout=OIDC_OTHER_ORGANISATION');
    expect(await sessionUser(cookies)).toBeNull();
    expect(await refusalsFor('pieter@defensie.test')).toHaveLength(1);
  });

  it('refuses a deactivated account', async () => {
    const { location, cookies } = await signInThrough('politie-test', 'oud@politie.test');
    expect(location).toBe('/inloggen?fout=OIDC_ACCOUNT_INACTIVE');
    expect(await sessionUser(cookies)).toBeNull();
  });

  it('refuses a wrong state', async () => {
    const { location, cookies } = await signInThrough('politie-test', 'sanne@politie.test', {
      alterCallback: (url) => url.searchParams.set('state', 'vervalst'),
    });
    expect(location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(await sessionUser(cookies)).toBeNull();
  });

  it('refuses an ID token whose content was altered (signature no longer matches)', async () => {
    tamper = 'payload';
    try {
      const { location, cookies } = await signInThrough('politie-proxy', 'pieter@defensie.test');
      expect(location).toBe('/inloggen?fout=OIDC_FAILED');
      expect(await sessionUser(cookies)).toBeNull();
    } finally {
      tamper = null;
    }
  });

  it('refuses a validly signed ID token of another sign-in (wrong nonce)', async () => {
    const first = await signInThrough('politie-proxy', 'sanne@politie.test');
    expect(first.location).toBe('/werkgroepen');
    tamper = { replaceWith: lastIdToken };
    try {
      const { location, cookies } = await signInThrough('politie-proxy', 'sanne@politie.test');
      expect(location).toBe('/inloggen?fout=OIDC_FAILED');
      expect(await sessionUser(cookies)).toBeNull();
    } finally {
      tamper = null;
    }
  });

  it('stops offering a provider as soon as it is disabled', async () => {
    const provider = await findIdentityProviderBySlug(h.handle.db, 'politie-test');
    if (!provider) throw new Error('provider');
    await updateIdentityProviderRow(h.handle.db, provider.id, provider.version, { enabled: false });
    const { location } = await signInThrough('politie-test', 'sanne@politie.test');
    expect(location).toBe('/inloggen?fout=OIDC_PROVIDER_UNAVAILABLE');
  });

  it('does not let another site start a sign-in', async () => {
    const response = await app(
      new Request(`${APP}/api/auth/federated/politie-mfa`, { headers: { 'sec-fetch-site': 'cross-site' } }),
    );
    expect(response.status).toBe(403);
  });

  it('answers 404 outside the federated routes (password sign-in stays with auth.signIn)', async () => {
    const response = await app(new Request(`${APP}/api/auth/sign-in/email`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(404);
  });
});

describe('throttle of the sign-in through a provider (per address and per provider, in the database)', () => {
  /** A start as the sign-in page's button makes it, from this address; where it sends the browser. */
  async function start(address: string, slug = 'politie-drukte') {
    const response = await app(
      new Request(`${APP}/api/auth/federated/${slug}`, {
        headers: { 'sec-fetch-site': 'same-origin', 'x-forwarded-for': address },
      }),
    );
    return response.headers.get('location') ?? '';
  }
  const toProvider = (location: string) => location.startsWith(`${idp.baseUrl}/politie`);
  const TOO_MANY = '/inloggen?fout=OIDC_TOO_MANY_ATTEMPTS';

  it('lets no more than thirty unfinished starts from one address through, even all at once', async () => {
    const locations = await Promise.all(Array.from({ length: 40 }, () => start('10.77.0.1')));
    expect(locations.filter(toProvider)).toHaveLength(30);
    expect(locations.filter((l) => l === TOO_MANY)).toHaveLength(10);
    // Another address is not held up by this one.
    expect(toProvider(await start('10.77.0.2'))).toBe(true);
    const events = await h.handle.db.query.auditEvents.findMany();
    const throttled = events.filter(
      (e) =>
        e.action === 'sign_in_throttled' && (e.after as { provider?: string } | null)?.provider === 'politie-drukte',
    );
    expect(throttled).toHaveLength(10);
  });

  it('does not count sign-ins that finished, nor check the callback of a counted start again', async () => {
    const address = '10.77.1.1';
    for (let i = 0; i < 29; i++) expect(toProvider(await start(address))).toBe(true);
    // The thirtieth claim is this sign-in's start; its callback carries on that claim and is not refused.
    const signedIn = await signInThrough('politie-drukte', 'sanne@politie.test', { address });
    expect(signedIn.location).toBe('/werkgroepen');
    expect(await sessionUser(signedIn.cookies)).toMatchObject({ email: 'sanne@politie.test' });
    // It settled: one more start fits, then the address is at its limit.
    expect(toProvider(await start(address))).toBe(true);
    expect(await start(address)).toBe(TOO_MANY);
    // A refused one is throttled from the start, before the provider is asked.
    expect((await signInThrough('politie-drukte', 'sanne@politie.test', { address })).location).toBe(TOO_MANY);
  });

  it('counts forged callbacks (unknown state) and refuses them past the limit', async () => {
    const forged = (n: number) =>
      app(
        new Request(`${APP}/api/auth/callback/politie-drukte?code=x&state=vervalst-${n}`, {
          headers: { 'x-forwarded-for': '10.77.2.1' },
        }),
      );
    for (let n = 0; n < 30; n++) expect((await forged(n)).headers.get('location')).toBe('/inloggen?fout=OIDC_FAILED');
    expect((await forged(30)).headers.get('location')).toBe(TOO_MANY);
  });

  it('stops every address once a provider has three hundred unfinished sign-ins', async () => {
    const at = new Date();
    await h.handle.db.insert(federatedSignInAttempts).values(
      Array.from({ length: 300 }, (_, i) => ({
        providerSlug: 'politie-open',
        ip: `10.78.${Math.floor(i / 200)}.${i % 200}`,
        step: 'start',
        attemptedAt: at,
      })),
    );
    expect(await start('10.79.0.1', 'politie-open')).toBe(TOO_MANY);
    // Other providers go on.
    expect(toProvider(await start('10.79.0.1', 'politie-mfa'))).toBe(true);
  });
});
