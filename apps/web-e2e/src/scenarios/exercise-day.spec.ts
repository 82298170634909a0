import { calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test.describe('oefeningen: de oefendag', () => {
  test('a controller checks injects off on a tablet, an observer adds an observation, the report shows planned vs actual', async ({
    browser,
    seed,
    baseURL,
  }) => {
    const controller = await seed.user({ name: 'Leiding Lisa', organisation: 'DEFENSIE' });
    const observer = await seed.user({ name: 'Waarnemer Wim', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Oefendag ${seed.suffix}`,
      theme: 'Oefenen',
      organisationIds: [await seed.organisationId('POLITIE'), await seed.organisationId('DEFENSIE')],
      chairUserId: controller.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: observer.id, role: 'member' });
    const api = await apiAs(baseURL ?? '', controller.email, E2E_PASSWORD);
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: `Vermiste wandelaar ${seed.suffix}`,
      problemStatement: 'Een wandelaar is sinds gisteravond vermist in een groot bosgebied.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });
    const ready = await api.scenarios.changeStatus.mutate({
      id: scenario.id,
      version: scenario.version,
      status: 'gereed',
    });
    // Started twenty minutes ago, so the day is under way.
    const startsAt = new Date(Date.now() - 20 * 60_000);
    const exercise = await api.exercises.create.mutate({
      scenarioId: ready.id,
      title: `Tabletop oefendag ${seed.suffix}`,
      type: 'tabletop',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 4 * 3_600_000),
      participantUserIds: [observer.id],
      plannerUserIds: [controller.id],
      objectives: [{ description: 'Binnen een uur een steunverzoek', conditionIds: ['2.1.b'] }],
    });
    const messages = ['Familie meldt vermissing', 'Zoekcapaciteit raakt op', 'Verzoek om drones', 'Warmtebron gezien'];
    for (const [index, message] of messages.entries()) {
      await api.exercises.addInject.mutate({
        exerciseId: exercise.id,
        offsetMinutes: index * 10,
        fromParty: 'Meldkamer',
        toParty: 'OvD-P',
        message,
        expectedAction: 'Handelen',
      });
    }
    const prepared = await api.exercises.changeStatus.mutate({
      id: exercise.id,
      version: exercise.version,
      status: 'in_voorbereiding',
    });

    // The controller, on a tablet in portrait.
    const tablet = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await tablet.newPage();
    await signIn(page, controller.email);
    await page.goto(`/oefeningen/${exercise.id}/uitvoering`);
    await expect(page.getByRole('heading', { name: `Oefening loopt: Tabletop oefendag ${seed.suffix}` })).toBeVisible({
      timeout: 30_000,
    });
    // T+00:20: the third inject (T+00:20) is due now.
    await expect(page.locator('[aria-current="step"]')).toContainText('Verzoek om drones');
    for (const number of [1, 2, 3]) {
      await page.getByRole('button', { name: `Inject ${number}: Afgegeven` }).click();
      await expect(page.getByRole('listitem', { name: `Inject ${number}` })).toContainText(
        `door Leiding Lisa ${seed.suffix}`,
      );
    }
    // Skipping asks for a reason; without one the server refuses and the dialog says so.
    await page.getByRole('button', { name: 'Inject 4: Overslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Inject 4: Overgeslagen' });
    await dialog.getByRole('button', { name: 'Overslaan' }).click();
    await expect(dialog.getByText('Geef een reden op')).toBeVisible();
    await dialog.getByLabel('Waarom wordt deze inject overgeslagen?').fill('Geen tijd meer');
    await dialog.getByRole('button', { name: 'Overslaan' }).click();
    await expect(page.getByRole('listitem', { name: 'Inject 4' })).toContainText('Reden: Geen tijd meer');
    // The controller's screen has no horizontal scroll at tablet width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);

    // The observer, in landscape, adds an observation to the second inject with the keyboard only.
    const observerContext = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const observerPage = await observerContext.newPage();
    await signIn(observerPage, observer.email);
    await observerPage.goto(`/oefeningen/${exercise.id}/uitvoering`);
    await expect(observerPage.getByRole('button', { name: 'Inject 1: Afgegeven' })).toHaveCount(0, { timeout: 30_000 });
    await observerPage.getByRole('button', { name: 'Observatie bij inject 2' }).focus();
    await observerPage.keyboard.press('Enter');
    await expect(observerPage.getByRole('textbox', { name: 'Observatie', exact: true })).toBeFocused();
    await observerPage.keyboard.type('De OvD-P vroeg meteen om drones, zonder het steunverzoek af te wachten.');
    await observerPage.getByRole('combobox', { name: 'Beoordeling' }).selectOption('S');
    await observerPage.getByRole('combobox', { name: 'Bij doel' }).selectOption({ index: 1 });
    await observerPage.getByRole('button', { name: 'Observatie opslaan' }).press('Enter');
    await expect(observerPage.getByText('Observatie opgeslagen.')).toBeVisible();
    // The controller's page shows it without reloading.
    await expect(page.getByRole('list', { name: 'Observaties bij inject 2' })).toContainText('vroeg meteen om drones', {
      timeout: 15_000,
    });

    // After the day: executed, and the report shows planned against actual.
    await api.exercises.changeStatus.mutate({ id: exercise.id, version: prepared.version, status: 'uitgevoerd' });
    await page.goto(`/oefeningen/${exercise.id}/rapport`);
    const msel = page.getByTestId('report-msel');
    await expect(msel).toBeVisible({ timeout: 30_000 });
    // The planned time in the Netherlands, with its day ("07-12 00:24") when it falls after midnight
    // there while the exercise started the day before, as the report shows it.
    const plannedClock = (minutes: number) => {
      const at = new Date(startsAt.getTime() + minutes * 60_000);
      const day = calendarDateInNetherlands(at);
      const otherDay = day !== calendarDateInNetherlands(startsAt) ? `${day.slice(8, 10)}-${day.slice(5, 7)} ` : '';
      const clock = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(at);
      return `${otherDay}${clock}`;
    };
    const rows = msel.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText(`T+00:00 · ${plannedClock(0)}`);
    await expect(rows.nth(0)).toContainText('Afgegeven');
    await expect(rows.nth(0).locator('td').nth(2)).toHaveText(/^\d\d:\d\d$/);
    await expect(rows.nth(3)).toContainText(`T+00:30 · ${plannedClock(30)}`);
    await expect(rows.nth(3)).toContainText('Overgeslagen');
    await expect(rows.nth(3)).toContainText('Reden: Geen tijd meer');
    await expect(rows.nth(3).locator('td').nth(2)).toHaveText('–');
    await expect(page.getByRole('region', { name: 'Observaties per inject' })).toContainText('vroeg meteen om drones');
    await expect(page.getByTestId('report-participants')).toContainText(`Waarnemer Wim ${seed.suffix}`);
    await tablet.close();
    await observerContext.close();
  });
});
