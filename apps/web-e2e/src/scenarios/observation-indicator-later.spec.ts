import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test.describe('oefeningen: Triade-indicator later kiezen', () => {
  test('an observer saves a quick observation without indicator; it is completed in the evaluation, then the exercise can be evaluated', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Voorzitter Vera', organisation: 'DEFENSIE' });
    const observer = await seed.user({ name: 'Waarnemer Otto', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Indicator ${seed.suffix}`,
      theme: 'Oefenen',
      organisationIds: [await seed.organisationId('POLITIE'), await seed.organisationId('DEFENSIE')],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: observer.id, role: 'member' });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: `Zoekactie duinen ${seed.suffix}`,
      problemStatement: 'Een kind is vermist in de duinen.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });
    const ready = await api.scenarios.changeStatus.mutate({
      id: scenario.id,
      version: scenario.version,
      status: 'gereed',
    });
    const startsAt = new Date(Date.now() - 10 * 60_000);
    const exercise = await api.exercises.create.mutate({
      scenarioId: ready.id,
      title: `Tabletop indicator ${seed.suffix}`,
      type: 'tabletop',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      participantUserIds: [observer.id],
      plannerUserIds: [chair.id],
      objectives: [{ description: 'Samen het zoekgebied verdelen', conditionIds: ['2.1.b'] }],
    });
    await api.exercises.addInject.mutate({
      exerciseId: exercise.id,
      offsetMinutes: 0,
      fromParty: 'Meldkamer',
      toParty: 'OvD-P',
      message: 'Moeder meldt haar kind vermist',
      expectedAction: 'Zoekactie starten',
    });
    const prepared = await api.exercises.changeStatus.mutate({
      id: exercise.id,
      version: exercise.version,
      status: 'in_voorbereiding',
    });

    // On the day: a quick observation, the indicator left for later.
    await signIn(page, observer.email);
    await page.goto(`/oefeningen/${exercise.id}/uitvoering`);
    const quick = page.locator('#quick-observation');
    await expect(quick.getByRole('combobox', { name: /Voorwaarde/ })).toHaveValue('', { timeout: 30_000 });
    await quick.getByRole('textbox', { name: 'Observatie', exact: true }).fill('Niemand wist wie de drone aanvraagt.');
    await quick.getByRole('combobox', { name: 'Beoordeling' }).selectOption('M');
    await quick.getByRole('combobox', { name: 'Bij doel' }).selectOption({ index: 1 });
    await quick.getByRole('button', { name: 'Observatie opslaan' }).click();
    await expect(page.getByText('Observatie opgeslagen.')).toBeVisible();

    // After the day: the evaluation shows what is still to choose, and holds "geëvalueerd" back.
    await api.exercises.changeStatus.mutate({ id: exercise.id, version: prepared.version, status: 'uitgevoerd' });
    await page.goto(`/oefeningen/${exercise.id}/rapport`);
    await expect(page.getByRole('heading', { name: 'Nog zonder indicator' })).toBeVisible({ timeout: 30_000 });

    const chairContext = await browser.newContext();
    const chairPage = await chairContext.newPage();
    await signIn(chairPage, chair.email);
    await chairPage.goto(`/oefeningen/${exercise.id}`);
    const observation = chairPage
      .getByRole('region', { name: 'Evaluatie: observaties' })
      .getByRole('listitem')
      .filter({ hasText: 'Niemand wist wie de drone aanvraagt.' });
    await expect(observation.getByText('Indicator nog kiezen')).toBeVisible({ timeout: 30_000 });
    await expect(chairPage.getByTestId('evaluation-held')).toContainText('nog 1 observatie zonder indicator');
    await expect(chairPage.getByRole('button', { name: 'Markeer als geëvalueerd' })).toHaveCount(0);
    await expect(observation.getByRole('button', { name: 'Observatie omzetten in aanbeveling' })).toHaveCount(0);

    // Completing it: the objective's indicator is suggested; choose another one with the keyboard.
    await observation.getByRole('button', { name: 'Indicator kiezen' }).click();
    const picker = observation.getByRole('combobox', { name: /Indicator voor deze observatie/ });
    await expect(picker).toHaveValue('2.1.b');
    await picker.selectOption('2.1');
    await observation.getByRole('button', { name: 'Indicator opslaan' }).press('Enter');
    await expect(observation.getByText('Indicator nog kiezen')).toHaveCount(0);
    await expect(observation).toContainText('2.1 ');
    await expect(chairPage.getByTestId('evaluation-held')).toHaveCount(0);
    await expect(observation.getByRole('button', { name: 'Observatie omzetten in aanbeveling' })).toBeVisible();

    // Now the exercise can be marked evaluated.
    await chairPage.getByRole('button', { name: 'Markeer als geëvalueerd' }).click();
    await chairPage.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await expect(chairPage.getByRole('button', { name: 'Markeer als geëvalueerd' })).toHaveCount(0);
    await expect(chairPage.getByText('Geëvalueerd', { exact: true }).first()).toBeVisible();
    await chairContext.close();
  });
});
