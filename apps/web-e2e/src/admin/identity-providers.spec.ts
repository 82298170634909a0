import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('beheer: inlogproviders', () => {
  test('an admin adds a provider for an organisation, the secret is never shown, and changes it', async ({
    page,
    seed,
  }) => {
    const admin = await seed.user({ name: 'Provider Beheer', organisation: 'DEFENSIE', globalRole: 'admin' });
    await signIn(page, admin.email);
    await page.goto('/beheer/inlogproviders');
    await expect(page.getByRole('heading', { level: 1, name: 'Inlogproviders' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /^Inloggen via Politie \(demo\)/ })).toBeVisible();
    await expectAccessible(page);

    const slug = `e2e-${seed.suffix}`;
    const label = `Inloggen via Test ${seed.suffix}`;
    await page.getByLabel('Korte naam').fill(slug);
    const organisation = page.getByRole('combobox', { name: 'Organisatie', exact: true });
    const politie = await organisation.locator('option', { hasText: 'Politie' }).first().getAttribute('value');
    await organisation.selectOption(politie ?? '');
    await page.getByLabel('Knoptekst').fill(label);
    await page.getByLabel('Issuer-URL').fill(`https://login.politie.example/realms/${seed.suffix}`);
    await page.getByLabel('Client-ID').fill('samenwerkingsruimte');
    await page.getByLabel('Clientgeheim').fill('e2e-heel-geheim');
    // Disabled from the start: the address does not exist, so it must not reach the sign-in page.
    await page.getByLabel('Ingeschakeld (knop op de inlogpagina)').uncheck();
    await page.getByRole('button', { name: 'Toevoegen' }).click();

    await expect(page.getByText(`${label} opgeslagen.`)).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(label) });
    await expect(row).toContainText(`/api/auth/callback/${slug}`);
    await expect(row).toContainText('Uitgeschakeld');
    await expect(page.locator('body')).not.toContainText('e2e-heel-geheim');

    await row.getByRole('button', { name: `Bewerken: ${label}` }).click();
    await expect(page.getByLabel('Clientgeheim')).toHaveValue('');
    await page.getByLabel('Knoptekst').fill(`${label} (gewijzigd)`);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText(`${label} (gewijzigd) opgeslagen.`)).toBeVisible();

    // Signed out, the sign-in page still offers only the enabled providers.
    await page.context().clearCookies();
    await page.goto('/inloggen');
    await expect(page.getByRole('link', { name: 'Inloggen via Politie (demo)' })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(seed.suffix) })).toHaveCount(0);
  });
});
