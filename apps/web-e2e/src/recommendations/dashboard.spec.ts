import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import { expect, expectAccessible, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

const management = demoUsers.find((u) => u.globalRole === 'management')?.email ?? '';

test.describe('aanbevelingen: dashboard', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('management opens the dashboard on the seeded thesis recommendations and filters to mogen', async ({ page }) => {
    await signInPatiently(page, management, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard aanbevelingen' })).toBeVisible();
    const totalCard = page.locator('dt', { hasText: /^Totaal$/ }).locator('xpath=following-sibling::dd');
    // A category and its indicators count one population: implemented of those still pursued.
    await expect(
      page.getByRole('heading', { name: /^3\. Mogen — (\d+\/\d+ uitgevoerd|niet geadresseerd)$/ }),
    ).toBeVisible();
    await expect(totalCard).not.toHaveText('7');
    await expectAccessible(page);

    // Seven of the thirteen thesis recommendations address a "mogen" indicator.
    await page.getByLabel('Voorwaarde (Triade)').selectOption({ label: '3. Mogen' });
    await expect(totalCard).toHaveText('7');
    await expect(page.getByRole('heading', { name: /^3\. Mogen — \d\/[1-7] uitgevoerd$/ })).toBeVisible();
    const overdue = page.getByRole('region', { name: 'Over de termijn' });
    await expect(
      overdue.getByRole('link', { name: 'Urgentie creëren en bevoegdheden per vraagstuk afstemmen' }),
    ).toBeVisible();
    await expect(overdue.getByRole('link', { name: 'Gedeelde begrippenlijst bijhouden' })).toHaveCount(0);
    // The filter lives in the address (Dutch name); the export links speak the API's names.
    await expect(page).toHaveURL(/\/dashboard\?voorwaarde=3$/);
    await expect(page.getByRole('link', { name: 'Register als CSV' })).toHaveAttribute('href', /voorwaarde=3/);
    await expect(page.getByRole('link', { name: 'Register en cijfers als Excel' })).toHaveAttribute(
      'href',
      /format=xlsx&taal=nl&voorwaarde=3/,
    );
    await expect(
      page.getByRole('region', { name: 'Open tegenover uitgevoerd in de tijd' }).locator('svg.trend-chart').first(),
    ).toBeVisible();

    // A reload (or a shared link) opens the same filtered dashboard; Back returns to no filter.
    await page.reload();
    await expect(page.getByLabel('Voorwaarde (Triade)')).toHaveValue('3');
    await expect(totalCard).toHaveText('7', { timeout: 30_000 });
    await page.goBack();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByLabel('Voorwaarde (Triade)')).toHaveValue('');
    await expect(totalCard).not.toHaveText('7');
    await page.goForward();
    await expect(page.getByLabel('Voorwaarde (Triade)')).toHaveValue('3');
    await expect(totalCard).toHaveText('7');

    // The export honours the filter.
    const csv = await page.request.get('/api/export/aanbevelingen?format=csv&voorwaarde=3');
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines).toHaveLength(8);
    // In the screen's words, not the stored codes.
    expect(lines.join('\n')).not.toMatch(/;thesis;|;in_uitvoering;|: open|ONGERUBRICEERD/);
    const xlsx = await page.request.get('/api/export/aanbevelingen?format=xlsx&voorwaarde=3');
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    // A filter that does not parse is refused rather than exporting everything.
    const refused = await page.request.get('/api/export/aanbevelingen?format=csv&voorwaarde=drie');
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toContain('voorwaarde');

    // The print-ready report with the same filter, and the dashboard in English.
    await page.getByRole('link', { name: 'Voortgangsrapportage' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage aanbevelingen' })).toBeVisible();
    await expect(page).toHaveURL(/\/dashboard\/rapport\?voorwaarde=3$/);
    await expect(page.getByText('Filters: Voorwaarde (Triade): 3')).toBeVisible();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress report on recommendations' })).toBeVisible();
    // The Triad condition names follow the UI language too.
    await expect(page.getByRole('heading', { name: /^3\. Allowed — / })).toBeVisible();
    await expect(page.getByText('Conflicting powers', { exact: true })).toBeVisible();
    await expect(page.getByText('Conflicterende bevoegdheden', { exact: true })).toHaveCount(0);
  });

  test('the trend chart names every month of the period in words, in the UI language', async ({ page }) => {
    await signInPatiently(page, management, DEMO_PASSWORD);
    await page.goto('/dashboard');
    const trend = page.getByRole('region', { name: 'Open tegenover uitgevoerd in de tijd' });
    const ticks = trend.locator('.trend-chart-month').filter({ hasText: /[a-z]/i });
    // Twelve months by default, each with its own label, none as an ISO month.
    await expect(ticks).toHaveCount(12, { timeout: 30_000 });
    const dutch = new Intl.DateTimeFormat('nl', { month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    await expect(ticks.last()).toHaveText(dutch.format(new Date()));
    expect((await ticks.allTextContents()).filter((label) => /\d{4}-\d{2}/.test(label))).toEqual([]);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'Europe/Amsterdam' });
    await expect(
      page
        .getByRole('region', { name: 'Open versus implemented over time' })
        .locator('.trend-chart-month')
        .filter({ hasText: /[a-z]/i })
        .last(),
    ).toHaveText(english.format(new Date()));
  });
});
