import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('inloggen', () => {
  test('a failed sign-in shows one generic message and keeps the user out', async ({ page, seed }) => {
    const user = await seed.user({ name: 'Inlog Test', organisation: 'POLITIE' });
    await page.goto('/werkgroepen');
    await expect(page).toHaveURL(/\/inloggen/);
    await expectAccessible(page);

    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Inloggen mislukt. Controleer je e-mailadres en wachtwoord.',
    );
    await expect(page).toHaveURL(/\/inloggen/);

    // An unknown account gets exactly the same message.
    await page.getByLabel('E-mailadres').fill(`onbekend.${seed.suffix}@e2e.example`);
    await page.getByLabel('Wachtwoord').fill('dit-is-niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Inloggen mislukt. Controleer je e-mailadres en wachtwoord.',
    );
  });

  test('signs in and out', async ({ page, seed }) => {
    const user = await seed.user({ name: 'Uitlog Test', organisation: 'DEFENSIE' });
    await signIn(page, user.email);
    await expect(page.getByText(`Ingelogd als ${user.name}`)).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    await page.goto('/werkgroepen');
    await expect(page).toHaveURL(/\/inloggen/);
  });

  test('pages run under a strict Content-Security-Policy with a fresh nonce per request', async ({ page, seed }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
    });
    const first = await page.goto('/inloggen');
    const second = await page.request.get('/inloggen');
    const policy = first?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-eval');
    expect(second.headers()['content-security-policy']).not.toBe(policy);
    expect(first?.headers()['cache-control']).toBe('no-store');

    // The tRPC endpoint, which the proxy skips, sets the same protections itself (a JSON policy, no nonce).
    const api = await page.request.get('/api/trpc/auth.me');
    expect(api.headers()).toMatchObject({
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cache-control': 'no-store',
    });

    // The app hydrates and works with the policy on: signing in is a client-side action.
    const user = await seed.user({ name: 'Beleid Test', organisation: 'POLITIE' });
    await signIn(page, user.email);
    await page.goto('/aanbevelingen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('after sign-in the return address never leads off the site', async ({ page, seed, baseURL }) => {
    const user = await seed.user({ name: 'Terug Test', organisation: 'DEFENSIE' });
    // `/%5Cevil.example` arrives as `/\evil.example`, which a browser reads as another host.
    await page.goto('/inloggen?terug=/%5Cevil.example');
    await page.getByLabel('E-mailadres').fill(user.email);
    await page.getByLabel('Wachtwoord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/werkgroepen$/);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? '').origin);
  });
});
