import type { Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { DEMO_PASSWORD } from '@srw/api/demo-accounts';
import { expect, expectAccessible, test } from '../support/fixtures';

/** Known to the e2e server's Politie demo provider only (`tools/e2e-server.ts`), not to the app. */
const NOOR = { email: 'noor.nieuw@politie.example', name: 'Noor Nieuw' };

async function signInThroughPolitie(page: Page) {
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Inloggen via Politie (demo)' }).click();
  // The provider may remember her from the first time; then it sends her straight back.
  const emailField = page.getByLabel('E-mailadres');
  await page.waitForURL(/\/politie\/interactie\/|localhost:\d+\/(werkgroepen|tweestapsverificatie)/);
  if (/\/politie\/interactie\//.test(page.url())) {
    await emailField.fill(NOOR.email);
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  }
}

test('an account made through the provider enrols TOTP without a password and gives a code at its next sign-in', async ({
  page,
  seed,
}) => {
  // Account creation on for the Politie demo provider (off in the demo seed).
  const providers = await seed.admin.identityProviders.list.query();
  const politie = providers.find((provider) => provider.slug === 'politie-demo');
  if (!politie) throw new Error('the Politie demo provider is missing');
  await seed.admin.identityProviders.update.mutate({
    id: politie.id,
    version: politie.version,
    organisationId: politie.organisationId,
    label: politie.label,
    issuer: politie.issuer,
    clientId: politie.clientId,
    scopes: politie.scopes,
    emailClaim: politie.emailClaim,
    nameClaim: politie.nameClaim,
    allowAccountCreation: true,
    mfaAmrValues: politie.mfaAmrValues,
    mfaAcrValues: politie.mfaAcrValues,
    enabled: politie.enabled,
    clientSecret: '',
  });

  await signInThroughPolitie(page);
  await expect(page.getByText(`Ingelogd als ${NOOR.name}`)).toBeVisible({ timeout: 45_000 });

  // No password here: the fresh sign-in through her organisation is the confirmation.
  await page.goto('/account/tweestapsverificatie');
  await expect(page.getByText('Je account heeft hier geen wachtwoord')).toBeVisible();
  await expect(page.getByLabel('Wachtwoord')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Instellen starten' }).click();
  const secret = (await page.getByTestId('totp-key').innerText()).replace(/\s+/g, '');
  await page.getByLabel('Code uit je authenticator-app').fill(generateSync({ secret }));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('list', { name: 'Je herstelcodes' }).getByRole('listitem')).toHaveCount(10);

  // Signed out and in again through the provider: the app now asks her code.
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
  await signInThroughPolitie(page);
  await expect(page).toHaveURL(/\/tweestapsverificatie$/, { timeout: 45_000 });
  await page.getByLabel('Code uit je authenticator-app').fill(generateSync({ secret }));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout: 45_000 });
});
