import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import { expect, expectAccessible, test } from '../support/fixtures';

/** Signs in on the local demo OpenID provider's own page (oidc-provider, started by the e2e server). */
async function signInAtProvider(page: Page, email: string, password: string) {
  await expect(page).toHaveURL(/\/politie\/interactie\//);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

test.describe('inloggen via de organisatie', () => {
  test('a Politie demo user signs in through the local provider and lands in their groups', async ({ page }) => {
    const sanne = demoUsers.find((user) => user.key === 'sanne');
    if (!sanne) throw new Error('demo account sanne is missing');
    await page.goto('/inloggen');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Inloggen via Politie (demo)' }).click();
    await expectAccessible(page);
    await signInAtProvider(page, sanne.email, DEMO_PASSWORD);

    await expect(page).toHaveURL(/\/werkgroepen$/);
    await expect(page.getByText(`Ingelogd als ${sanne.name}`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Werkgroep Informatiedeling' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Werkgroep Zoekacties en steunverzoeken' })).toBeVisible();
  });

  test('the Politie provider knows no Defensie account, and the app refuses what it does not know', async ({
    page,
  }) => {
    const pieter = demoUsers.find((user) => user.key === 'pieter');
    if (!pieter) throw new Error('demo account pieter is missing');
    await page.goto('/inloggen');
    await page.getByRole('link', { name: 'Inloggen via Politie (demo)' }).click();
    await signInAtProvider(page, pieter.email, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toHaveText('Onbekend e-mailadres of onjuist wachtwoord.');

    // A forged or replayed callback never signs anyone in: the page says so in plain words.
    await page.goto('/api/auth/callback/politie-demo?code=vervalst&state=vervalst');
    await expect(page).toHaveURL(/\/inloggen\?fout=OIDC_FAILED$/);
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Inloggen via je organisatie is niet gelukt. Probeer het opnieuw.',
    );
    await expectAccessible(page);
  });
});
