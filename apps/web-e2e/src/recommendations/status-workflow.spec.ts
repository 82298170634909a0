import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

const chair = demoUsers.find((u) => u.key === 'pieter')?.email ?? '';
const searchGroup = 'Werkgroep Zoekacties en steunverzoeken';

async function implementedInGroup(page: Page): Promise<string> {
  await page.goto('/dashboard');
  await page.getByLabel('Werkgroep', { exact: true }).selectOption({ label: searchGroup });
  const card = page.locator('dt', { hasText: /^Uitgevoerd of geverifieerd$/ }).locator('xpath=following-sibling::dd');
  await expect(page.getByRole('region', { name: 'Voortgang per werkgroep' }).getByRole('row')).toHaveCount(2);
  return (await card.textContent()) ?? '';
}

test.describe('aanbevelingen: statusverloop', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('the chair moves B2 from aanvaard to uitgevoerd, both organisations first, and sees the dashboard change', async ({ page }) => {
    await signInPatiently(page, chair, DEMO_PASSWORD);
    expect(await implementedInGroup(page)).toBe('2');

    await page.getByRole('link', { name: 'Aanbevelingen' }).click();
    await page.getByRole('link', { name: 'Werkgroep per vraagstuk die bestuurders rechtstreeks informeert' }).click();
    const header = page.locator('main header').first();
    await expect(page.getByRole('heading', { level: 1, name: /^B2 · / })).toBeVisible();
    const status = page.getByRole('region', { name: 'Status wijzigen' });
    await status.getByLabel('Nieuwe status').selectOption({ label: 'In uitvoering' });
    await status.getByLabel('Toelichting').fill('De kwartaalrapportage aan de bestuurders is ingeregeld.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(header.getByText('In uitvoering', { exact: true })).toBeVisible();

    const addressees = page.getByRole('region', { name: 'Uitvoering per organisatie' });
    await addressees.getByLabel('Stand van Ministerie van Defensie', { exact: true }).selectOption({ label: 'Uitgevoerd' });
    await addressees.getByLabel('Toelichting bij de stand van Ministerie van Defensie').fill('Defensie levert haar capaciteitsoverzicht elk kwartaal.');
    await addressees.getByRole('listitem').filter({ hasText: 'Ministerie van Defensie' }).getByRole('button', { name: 'Stand vastleggen' }).click();
    await expect(addressees.getByRole('listitem').filter({ hasText: 'Defensie levert haar capaciteitsoverzicht' })).toBeVisible();

    // Politie has not recorded its part yet: uitgevoerd is refused.
    await status.getByLabel('Nieuwe status').selectOption({ label: 'Uitgevoerd' });
    await expect(status.getByText('Nog niet elke organisatie heeft haar deel als uitgevoerd vastgelegd.')).toBeVisible();
    await status.getByLabel('Toelichting').fill('Klaar volgens Defensie.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(status.getByRole('alert').first()).toContainText('Nog niet elke geadresseerde organisatie');

    await addressees.getByLabel('Stand van Nationale Politie', { exact: true }).selectOption({ label: 'Uitgevoerd' });
    await addressees.getByLabel('Toelichting bij de stand van Nationale Politie').fill('De politie rapporteert mee via de werkgroep.');
    await addressees.getByRole('listitem').filter({ hasText: 'Nationale Politie' }).getByRole('button', { name: 'Stand vastleggen' }).click();
    await expect(addressees.getByRole('listitem').filter({ hasText: 'De politie rapporteert mee' })).toBeVisible();

    await status.getByLabel('Nieuwe status').selectOption({ label: 'Uitgevoerd' });
    await status.getByLabel('Toelichting').fill('Beide organisaties rapporteren nu elk kwartaal aan de bestuurders.');
    await status.getByRole('button', { name: 'Status wijzigen' }).click();
    await expect(header.getByText('Uitgevoerd', { exact: true })).toBeVisible();
    const history = page.getByRole('region', { name: 'Geschiedenis' });
    await expect(history.getByText('Status: In uitvoering → Uitgevoerd')).toBeVisible();
    await expect(history.getByText('Beide organisaties rapporteren nu elk kwartaal aan de bestuurders.')).toBeVisible();

    expect(await implementedInGroup(page)).toBe('3');
  });
});
