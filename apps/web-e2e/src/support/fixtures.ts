import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';
import { DEFAULT_MFA_REQUIRED_ROLES, isMfaRequiredFor } from '@srw/domain';
import { adminApi, apiAs, uniqueSuffix, type ApiClient } from './api';
import { totpCodeFor, totpSecretOf } from './totp';

export const E2E_PASSWORD = 'e2e-wachtwoord-lang-genoeg';

export interface SeededUser {
  id: string;
  name: string;
  email: string;
  organisationCode: string;
}

export interface Seeder {
  admin: ApiClient;
  suffix: string;
  organisationId(code: string): Promise<string>;
  user(spec: {
    name: string;
    organisation: string;
    globalRole?: 'admin' | 'management' | 'member';
    /** false: leave an admin or management account without a second factor (it enrols at its first sign-in). */
    enrolSecondFactor?: boolean;
  }): Promise<SeededUser>;
}

/**
 * Each test seeds its own data through the API, as the demo admin. And every
 * test fails when a client component asks for a text its route did not give it
 * (issue 19: each route segment hands its client components only the message
 * namespaces they read): next-intl shows the key instead and reports
 * MISSING_MESSAGE on the console, which this turns into a failure.
 */
export const test = base.extend<{ seed: Seeder }>({
  context: async ({ context }, use) => {
    const missing: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('MISSING_MESSAGE')) missing.push(message.text());
    });
    await use(context);
    expect(missing, 'texts missing from the messages given to client components').toEqual([]);
  },
  seed: async ({ baseURL }, use) => {
    const admin = await adminApi(baseURL ?? '');
    const suffix = uniqueSuffix();
    const organisations = await admin.organisations.list.query();
    const organisationId = async (code: string) => {
      const found = organisations.find((o) => o.code === code);
      if (!found) throw new Error(`organisation ${code} not seeded`);
      return found.id;
    };
    await use({
      admin,
      suffix,
      organisationId,
      async user(spec) {
        const email = `${spec.name.toLowerCase().replace(/[^a-z]+/g, '.')}.${suffix}@e2e.example`;
        const created = await admin.users.create.mutate({
          name: `${spec.name} ${suffix}`,
          email,
          organisationId: await organisationId(spec.organisation),
          globalRole: spec.globalRole ?? 'member',
          password: E2E_PASSWORD,
        });
        // Roles that must use a second factor are enrolled now (key remembered), as on their first sign-in.
        // The e2e server runs with the default MFA_REQUIRED_ROLES.
        const mustEnrol = isMfaRequiredFor(spec.globalRole ?? 'member', DEFAULT_MFA_REQUIRED_ROLES);
        if (mustEnrol && spec.enrolSecondFactor !== false) await apiAs(baseURL ?? '', email, E2E_PASSWORD);
        return { id: created.id, name: created.name, email, organisationCode: spec.organisation };
      },
    });
  },
});

export { expect };

export async function signIn(page: Page, email: string, password = E2E_PASSWORD, timeout = 45_000) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await giveSecondFactorIfAsked(page, email, timeout);
  // The first server render after sign-in can be slow on a busy 2-core machine.
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout });
}

/**
 * After the password: an account with a known TOTP key (demo admin and
 * management, or enrolled by `seed.user`) gives its current code (issue 13).
 */
export async function giveSecondFactorIfAsked(page: Page, email: string, timeout = 45_000) {
  if (!totpSecretOf(email)) return;
  const code = page.getByLabel('Code uit je authenticator-app');
  await expect(code).toBeVisible({ timeout });
  await code.fill(totpCodeFor(email));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
}

/** No serious or critical accessibility violations on the current page. */
export async function expectAccessible(page: Page) {
  // Let running CSS transitions settle first: a button halfway between two colour
  // schemes (e.g. just after it became enabled) is not what a user reads.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const severe = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
