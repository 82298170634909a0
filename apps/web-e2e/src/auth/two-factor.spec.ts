import { generateSync } from 'otplib';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('tweestapsverificatie en sessies', () => {
  test.describe.configure({ timeout: 180_000 });

  test('an admin without a second factor can only enrol, enrols with TOTP, and must give a code on the next sign-in', async ({
    page,
    seed,
  }) => {
    const admin = await seed.user({
      name: 'Beheerder Tweestaps',
      organisation: 'DEFENSIE',
      globalRole: 'admin',
      enrolSecondFactor: false,
    });
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect(page).toHaveURL(/\/tweestapsverificatie$/, { timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeVisible();
    await expect(page.getByText('Je rol vereist tweestapsverificatie.')).toBeVisible();
    await expectAccessible(page);

    // Nothing else is served until the second factor is set up.
    await page.goto('/werkgroepen');
    await expect(page).toHaveURL(/\/tweestapsverificatie$/);

    await page.getByLabel('Wachtwoord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Instellen starten' }).click();
    await expect(page.getByRole('img', { name: 'QR-code voor je authenticator-app' })).toBeVisible();
    const secret = (await page.getByTestId('totp-key').innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32,}$/);
    await expectAccessible(page);

    await page.getByLabel('Code uit je authenticator-app').fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Deze code klopt niet. Controleer de code en probeer het opnieuw.',
    );
    await page.getByLabel('Code uit je authenticator-app').fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    const codes = page.getByRole('list', { name: 'Je herstelcodes' }).getByRole('listitem');
    await expect(codes).toHaveCount(10);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Verder naar de Samenwerkingsruimte' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout: 45_000 });

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    await page.getByLabel('E-mailadres').fill(admin.email);
    await page.getByLabel('Wachtwoord').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    const code = page.getByLabel('Code uit je authenticator-app');
    await expect(code).toBeVisible({ timeout: 45_000 });
    await expectAccessible(page);
    await code.fill('123456');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(
      'Deze code klopt niet. Controleer de code en probeer het opnieuw.',
    );
    await code.fill(generateSync({ secret }));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout: 45_000 });
  });

  test('ending another session signs that browser out', async ({ page, browser, seed }) => {
    const member = await seed.user({ name: 'Twee Browsers', organisation: 'POLITIE' });
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    try {
      await signIn(otherPage, member.email);
      await signIn(page, member.email);
      await page.goto('/account/sessies');
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn sessies' })).toBeVisible();
      const rows = page.getByTestId('session-row');
      await expect(rows).toHaveCount(2);
      await expect(rows.filter({ hasText: 'Deze sessie' })).toHaveCount(1);
      await expectAccessible(page);

      await rows
        .filter({ hasNotText: 'Deze sessie' })
        .getByRole('button', { name: /^Beëindigen/ })
        .click();
      const dialog = page.getByRole('dialog', { name: 'Sessie beëindigen' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Beëindigen' }).click();
      await expect(page.getByText('Sessie beëindigd.')).toBeVisible();
      await expect(rows).toHaveCount(1);

      // The other browser is signed out: its next page lands on the sign-in page. Its open page may get there
      // first (a query answered UNAUTHENTICATED sends it), which aborts this navigation; either way it ends there.
      await otherPage.goto('/werkgroepen').catch((error: unknown) => {
        if (!String(error).includes('ERR_ABORTED')) throw error;
      });
      await expect(otherPage).toHaveURL(/\/inloggen/);
    } finally {
      await other.close();
    }
  });
});
