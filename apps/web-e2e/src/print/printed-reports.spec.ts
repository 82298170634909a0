import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, demoUsers } from '@srw/api/demo-accounts';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';
import { signInPatiently } from '../recommendations/journeys';

const management = demoUsers.find((u) => u.globalRole === 'management')?.email ?? '';
const afterNavigation = { timeout: 30_000 };

/** Today in words as the Dutch UI writes the print date (Europe/Amsterdam). */
function todayInDutch(): string {
  return new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** The frame of a printed report, and the paged-media rules that repeat it on every page with page numbers. */
async function expectPrintFrame(page: Page, marking: string, filters: string) {
  await expect(page.getByTestId('print-marking')).toHaveText(`Rubricering: ${marking}`, afterNavigation);
  await expect(page.getByTestId('print-marking-end')).toHaveText(`Rubricering: ${marking}`);
  await expect(page.getByTestId('print-date')).toHaveText(`Afgedrukt op ${todayInDutch()}`);
  await expect(page.getByTestId('print-filters')).toHaveText(`Filters: ${filters}`);
  const css = await page.locator('.print-document > style').first().textContent();
  expect(css).toContain(`@top-center { content: "Rubricering: ${marking}"`);
  expect(css).toContain(`@bottom-left { content: "Rubricering: ${marking}"`);
  expect(css).toContain('"pagina " counter(page) " van " counter(pages)');
  expect(css).toContain(`"Filters: ${filters}"`);
}

/** The number of pages Chromium prints. */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test.describe('afgedrukte rapporten', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the progress report carries the frame, the owners of overdue ones and the trend, over several pages', async ({
    page,
  }) => {
    await signInPatiently(page, management, DEMO_PASSWORD);
    await page.goto('/dashboard/rapport?niveau=bestuurlijk');
    await expect(page.getByRole('heading', { level: 1, name: 'Voortgangsrapportage aanbevelingen' })).toBeVisible(
      afterNavigation,
    );
    await expectPrintFrame(page, 'Ongerubriceerd', 'Niveau: Bestuurlijk');
    const trend = page.getByTestId('report-trend');
    // Twelve months, each named in words.
    await expect(trend.getByRole('row')).toHaveCount(13);
    await page.goto('/dashboard/rapport');
    await expectPrintFrame(page, 'Ongerubriceerd', 'geen, alles wat je mag zien');
    const overdue = page.getByTestId('report-overdue');
    await expect(overdue.getByRole('columnheader', { name: 'Eigenaar' })).toBeVisible();
    expect(await printedPages(page)).toBeGreaterThan(1);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByTestId('print-marking')).toHaveText('Classification: Unclassified', afterNavigation);
    const css = await page.locator('.print-document > style').first().textContent();
    expect(css).toContain('"page " counter(page) " of " counter(pages)');
  });

  test('the dashboard printed from the browser shows the frame only on paper', async ({ page }) => {
    await signInPatiently(page, management, DEMO_PASSWORD);
    await page.goto('/dashboard?niveau=bestuurlijk');
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard aanbevelingen' })).toBeVisible(afterNavigation);
    await expect(page.getByTestId('print-marking')).toBeHidden(afterNavigation);
    await page.emulateMedia({ media: 'print' });
    await expectPrintFrame(page, 'Ongerubriceerd', 'Niveau: Bestuurlijk');
  });

  test('the framework and the after-action report carry the frame', async ({ page, seed, baseURL }) => {
    const chair = await seed.user({ name: 'Kapitein Afdruk', organisation: 'DEFENSIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Afdruk ${seed.suffix}`,
      theme: 'Afdrukken',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: `Afdrukscenario ${seed.suffix}`,
      problemStatement: 'Een scenario om af te drukken.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });
    const ready = await api.scenarios.changeStatus.mutate({
      id: scenario.id,
      version: scenario.version,
      status: 'gereed',
    });
    const exerciseTitle = `Afdrukoefening ${seed.suffix}`;
    const exercise = await api.exercises.create.mutate({
      scenarioId: ready.id,
      title: exerciseTitle,
      type: 'tabletop',
      startsAt: new Date('2026-03-05T08:00:00Z'),
      endsAt: new Date('2026-03-05T15:00:00Z'),
      objectives: [{ description: 'Steunverzoek binnen een uur', conditionIds: ['2.1.b'] }],
    });

    await signIn(page, chair.email);
    await page.goto(`/oefeningen/${exercise.id}/rapport`);
    await expect(page.getByRole('heading', { level: 1, name: `Evaluatierapport: ${exerciseTitle}` })).toBeVisible(
      afterNavigation,
    );
    await expectPrintFrame(page, 'Ongerubriceerd', 'geen, alles wat je mag zien');

    await page.goto('/afwegingskader/afdrukken?trefwoord=afdruk');
    await expect(page.getByRole('heading', { level: 1, name: 'Gezamenlijk afwegingskader' })).toBeVisible(
      afterNavigation,
    );
    await expectPrintFrame(page, 'Ongerubriceerd', 'Trefwoord: afdruk');
  });
});
