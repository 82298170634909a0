import { expect, expectAccessible, signIn, test } from '../support/fixtures';

test.describe('beheer', () => {
  test('an admin creates and deactivates an account; field errors are in Dutch', async ({ page, seed }) => {
    const admin = await seed.user({ name: 'Beheerder Accounts', organisation: 'DEFENSIE', globalRole: 'admin' });
    await signIn(page, admin.email);
    await page.getByRole('link', { name: 'Gebruikers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
    await expectAccessible(page);

    const form = page.getByRole('region', { name: 'Nieuwe gebruiker' });
    await form.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    await expect(form.getByText('Dit veld is verplicht.').first()).toBeVisible();
    await form.getByLabel('Tijdelijk wachtwoord').fill('kort');
    await form.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    await expect(form.getByText('Een wachtwoord heeft 12 tot 128 tekens.')).toBeVisible();

    const name = `Nieuwe Collega ${seed.suffix}`;
    await form.getByLabel('Naam').fill(name);
    await form.getByLabel('E-mailadres').fill(`collega.${seed.suffix}@e2e.example`);
    await form.getByLabel('Organisatie').selectOption({ label: 'Nationale Politie (POLITIE)' });
    await form.getByLabel('Tijdelijk wachtwoord').fill('een-veilig-tijdelijk-wachtwoord');
    await form.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    await expect(page.getByText(`Account voor ${name} aangemaakt.`)).toBeVisible();

    await page.getByLabel('Zoek op naam of e-mailadres').fill(seed.suffix);
    await page.getByRole('button', { name: `Deactiveren: ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Account deactiveren' });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await expect(page.getByText(`Account van ${name} gedeactiveerd.`)).toBeVisible();
    await expect(page.getByRole('button', { name: `Activeren: ${name}` })).toBeVisible();
  });
});
