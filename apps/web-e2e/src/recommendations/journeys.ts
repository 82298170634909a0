import type { Page } from '@playwright/test';
import { E2E_PASSWORD, expect, giveSecondFactorIfAsked } from '../support/fixtures';

/**
 * Signs in like `signIn`, with more patience for the first page: these journeys
 * run against a production build on a shared, slow machine.
 */
export async function signInPatiently(page: Page, email: string, password = E2E_PASSWORD) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await giveSecondFactorIfAsked(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgroepen' })).toBeVisible({ timeout: 45_000 });
}
