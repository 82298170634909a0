import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test, type Seeder } from '../support/fixtures';

/** A group chaired by a new user, with a ready scenario and an exercise that has been held (status uitgevoerd). */
async function seedExecutedExercise(seed: Seeder, baseURL: string, chairName: string) {
  const chair = await seed.user({ name: chairName, organisation: 'DEFENSIE' });
  const defensieId = await seed.organisationId('DEFENSIE');
  const politieId = await seed.organisationId('POLITIE');
  const group = await seed.admin.workingGroups.create.mutate({
    name: `Werkgroep Evaluatie ${seed.suffix}`,
    theme: 'Zoekacties',
    organisationIds: [defensieId, politieId],
    chairUserId: chair.id,
  });
  const api = await apiAs(baseURL, chair.email, E2E_PASSWORD);
  const scenario = await api.scenarios.create.mutate({
    groupId: group.id,
    title: `Zoekactie in het bos ${seed.suffix}`,
    problemStatement: 'Een kind is vermist in een bosgebied; de politie overweegt militaire bijstand.',
    threatType: 'vermissing',
    cooperationLevel: 'ASSISTANCE',
  });
  const ready = await api.scenarios.changeStatus.mutate({
    id: scenario.id,
    version: scenario.version,
    status: 'gereed',
  });
  const exerciseTitle = `Tabletop zoekactie ${seed.suffix}`;
  let exercise = await api.exercises.create.mutate({
    scenarioId: ready.id,
    title: exerciseTitle,
    type: 'tabletop',
    startsAt: new Date('2026-03-05T08:00:00Z'),
    endsAt: new Date('2026-03-05T15:00:00Z'),
    objectives: [{ description: 'Steunverzoek binnen een uur', conditionIds: ['2.1.b'] }],
  });
  for (const status of ['in_voorbereiding', 'uitgevoerd'] as const) {
    exercise = await api.exercises.changeStatus.mutate({ id: exercise.id, version: exercise.version, status });
  }
  return { chair, api, exercise, exerciseTitle, defensieId };
}

test.describe('scenario’s en oefeningen', () => {
  test('a chair writes a scenario with both perspectives, plans and runs an exercise, evaluates it and opens the report', async ({
    page,
    seed,
  }) => {
    const chair = await seed.user({ name: 'Majoor Planner', organisation: 'DEFENSIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Oefenen ${seed.suffix}`,
      theme: 'Samen oefenen op zoekacties',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const title = `Vermiste jogger in de duinen ${seed.suffix}`;
    // A long flow on a shared, busy machine.
    test.setTimeout(420_000);

    // The scenario, with both organisations' perspectives.
    await signIn(page, chair.email);
    await page
      .getByRole('navigation', { name: 'Hoofdnavigatie' })
      .getByRole('link', { name: "Scenario's en oefeningen" })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: "Scenario's" })).toBeVisible();
    await page.getByRole('link', { name: 'Nieuw scenario' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nieuw scenario' })).toBeVisible();
    await page.getByLabel('Werkgroep').selectOption({ label: group.name });
    await page.getByLabel('Titel').fill(title);
    await page
      .getByLabel('Vraagstuk')
      .fill(
        'Een jogger wordt sinds de ochtend vermist in een uitgestrekt duingebied; de politie vraagt om drones en de dienstdoende officier coördineert.',
      );
    await page.getByLabel('Soort dreiging').selectOption({ label: 'Vermissing' });
    await page.getByLabel('Niveau van samenwerking').selectOption({ label: 'Vraaggestuurde bijstand (steunverzoek)' });
    await page.getByRole('checkbox', { name: /Perspectief van Nationale Politie/ }).check();
    await page
      .getByLabel('Mandaat en juridische positie (POLITIE)')
      .fill('Gezag over de zoekactie; vraagt bijstand aan.');
    await page.getByLabel('Nodig van de ander (POLITIE)').fill('Drones met warmtebeeld');
    await page.getByRole('checkbox', { name: /Perspectief van Ministerie van Defensie/ }).check();
    await page
      .getByLabel('Mandaat en juridische positie (DEFENSIE)')
      .fill('Bijstand uit restcapaciteit, onder civiel gezag.');
    await page.getByLabel('Capaciteiten en bijdrage (DEFENSIE)').fill('Drones en een zoekpeloton');
    await page.getByRole('checkbox', { name: /^MSOB/ }).check();
    await page.getByRole('button', { name: 'Scenario aanmaken' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const perspectives = page.getByRole('region', { name: 'Perspectieven' });
    await expect(perspectives.getByRole('columnheader', { name: /POLITIE/ })).toBeVisible();
    await expect(perspectives.getByRole('columnheader', { name: /DEFENSIE/ })).toBeVisible();
    await expect(perspectives.getByRole('rowheader', { name: /Mandaat en juridische positie/ })).toContainText(
      'Verschilt',
    );
    // Glossary terms are marked in scenario texts; a divergent one shows each side's meaning.
    const officier = page.getByRole('link', { name: 'officier', exact: true }).first();
    await expect(officier).toHaveAttribute('href', /\/begrippenlijst\//);
    await officier.focus();
    await expect(
      page.getByRole('tooltip').filter({ hasText: 'betekent per organisatie iets anders' }).first(),
    ).toBeVisible();
    await expectAccessible(page);
    // The term's page lists this scenario where the term is used, and links back.
    await officier.click();
    await expect(page.getByRole('heading', { level: 1, name: /officier/i })).toBeVisible();
    await page
      .getByRole('region', { name: 'Waar wordt dit begrip gebruikt?' })
      .getByRole('link', { name: title })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Ready, then plan an exercise on it.
    await page.getByRole('button', { name: 'Zet op Gereed' }).click();
    // Making a scenario ready is not destructive: its confirm button is not red.
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' })).not.toHaveClass(/bg-red/);
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('link', { name: 'Oefening plannen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Oefening plannen' })).toBeVisible();
    const exerciseTitle = `Tabletop duinen ${seed.suffix}`;
    await page.getByLabel('Naam van de oefening').fill(exerciseTitle);
    await page.getByLabel('Soort oefening').selectOption({ label: 'Tabletop-oefening' });
    await page.getByLabel(/^Begin/).fill('2026-03-05T09:00');
    await page.getByLabel(/^Einde/).fill('2026-03-05T16:00');
    await page.getByLabel('Locatie', { exact: true }).fill('Kazerne Oost');
    await page.getByLabel('Aantal POLITIE').fill('8');
    await page.getByLabel('Aantal DEFENSIE').fill('6');
    await page.getByLabel(/^Doel 1/).fill('Binnen een uur ligt het steunverzoek bij het Bureau Nationale Operaties');
    await page.getByRole('button', { name: 'Oefening plannen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: exerciseTitle })).toBeVisible();

    // Two injects by hand, one from CSV (after a file with an error is refused).
    const injects = page.getByRole('region', { name: /Draaiboek/ });
    const addInject = async (minutes: string, from: string, to: string, message: string) => {
      await injects.getByLabel('Minuten na de start').fill(minutes);
      await injects.getByLabel(/^Van/).fill(from);
      await injects.getByLabel(/^Aan/).fill(to);
      await injects.getByLabel(/^Bericht/).fill(message);
      await injects.getByRole('button', { name: 'Inject toevoegen' }).click();
      await expect(injects.getByRole('cell', { name: message })).toBeVisible();
    };
    await addInject('0', 'Meldkamer', 'OvD-P', 'Melding: jogger niet thuisgekomen');
    await addInject('60', 'OvD-P', 'Burgemeester', 'Eigen capaciteit raakt op');

    await injects.getByText('Injects importeren uit CSV').click();
    await injects
      .getByLabel('CSV-inhoud')
      .fill('tijd;van;aan;bericht;verantwoordelijke\nlater;NatOps;Kazerne;Verzoek om drones;DEFENSIE\n');
    await injects.getByRole('button', { name: 'Importeren' }).click();
    await expect(injects.getByRole('alert')).toContainText('Regel 2, kolom tijd: ongeldige tijd');
    await injects
      .getByLabel('CSV-inhoud')
      .fill('tijd;van;aan;bericht;verantwoordelijke\n00:45;NatOps;Kazerne;Verzoek om drones;DEFENSIE\n');
    await injects.getByRole('button', { name: 'Importeren' }).click();
    await expect(injects.getByText('1 inject geïmporteerd.')).toBeVisible();
    await expect(injects.getByRole('cell', { name: 'Verzoek om drones' })).toBeVisible();

    // The imported inject (45 min) moves above the one at 60 min, with the keyboard.
    await expect(injects.getByText(/eerder in de tijd/)).toBeVisible();
    await injects.getByRole('button', { name: 'Inject 3 omhoog' }).focus();
    await page.keyboard.press('Enter');
    await expect(injects.getByRole('row').nth(2)).toContainText('Verzoek om drones');
    await expect(injects.getByText(/eerder in de tijd/)).toHaveCount(0);

    // Prepare, execute.
    await page.getByRole('button', { name: 'Start voorbereiding' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('button', { name: 'Markeer als uitgevoerd' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Bevestigen' }).click();
    await expect(page.getByText('Uitgevoerd', { exact: true }).first()).toBeVisible();

    // Two observations.
    const evaluation = page.getByRole('region', { name: 'Evaluatie: observaties' });
    // The recorded observations; the form's textarea holds the same text until it clears.
    const recorded = evaluation.getByRole('list').first();
    await evaluation
      .getByRole('textbox', { name: 'Observatie', exact: true })
      .fill('Het steunverzoek bleef anderhalf uur liggen bij gebrek aan een model.');
    await evaluation.getByLabel('Soort').selectOption({ label: 'Verbeterpunt' });
    await evaluation.getByLabel('Beoordeling').selectOption('M');
    await evaluation.getByLabel('Voorwaarde (Triade-model)').selectOption('2.1.b');
    await evaluation.getByLabel('Bij doel').selectOption({ index: 1 });
    await evaluation.getByRole('button', { name: 'Observatie vastleggen' }).click();
    await expect(recorded.getByText('Het steunverzoek bleef anderhalf uur liggen')).toBeVisible();

    await evaluation
      .getByRole('textbox', { name: 'Observatie', exact: true })
      .fill('De liaison in de commandopost beantwoordde vragen direct.');
    await evaluation.getByLabel('Soort').selectOption({ label: 'Sterk punt' });
    await evaluation.getByLabel('Beoordeling').selectOption('P');
    await evaluation.getByLabel('Voorwaarde (Triade-model)').selectOption('2.5.c');
    await evaluation.getByRole('button', { name: 'Observatie vastleggen' }).click();
    await expect(recorded.getByText('De liaison in de commandopost')).toBeVisible();

    // The area for improvement becomes an improvement action.
    await evaluation.getByRole('button', { name: 'Verbeteractie maken' }).click();
    const actionForm = evaluation.getByRole('form', { name: 'Verbeteractie bij dit verbeterpunt' });
    await actionForm.getByLabel('Actie').fill('Model-steunverzoek voor zoekacties opstellen');
    await actionForm.getByLabel(/^Eigenaar/).fill('Majoor Planner');
    await actionForm.getByLabel('Gereed op').fill('2026-06-01');
    await actionForm.getByRole('button', { name: 'Verbeteractie opslaan' }).click();
    await expect(recorded.getByText('Model-steunverzoek voor zoekacties opstellen')).toBeVisible();
    await expectAccessible(page);

    // The printable after-action report.
    await page.getByRole('link', { name: 'Evaluatierapport' }).click();
    await expect(page).toHaveURL(/\/rapport$/);
    await expect(page.getByRole('heading', { level: 1, name: `Evaluatierapport: ${exerciseTitle}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeVisible();
    const objectives = page.getByRole('region', { name: 'Doelen en beoordeling' });
    await expect(objectives.getByRole('row').nth(1)).toContainText('Uitgevoerd met grote knelpunten');
    const byCategory = page.getByRole('region', { name: 'Observaties per Triade-categorie' });
    await expect(byCategory.getByRole('heading', { name: '2. Middelen (kunnen)' })).toBeVisible();
    const plan = page.getByRole('region', { name: 'Verbeterplan' });
    await expect(plan.getByRole('cell', { name: 'Model-steunverzoek voor zoekacties opstellen' })).toBeVisible();
    await expect(plan.getByRole('cell', { name: 'Majoor Planner' })).toBeVisible();
    await expectAccessible(page);

    // And in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `After-action report: ${exerciseTitle}` })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Improvement plan' })).toBeVisible();
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Evaluatierapport: ${exerciseTitle}` })).toBeVisible();
  });

  test('an improvement action becomes a recommendation in the register, linked both ways', async ({
    page,
    seed,
    baseURL,
  }) => {
    const { chair, api, exercise, exerciseTitle, defensieId } = await seedExecutedExercise(
      seed,
      baseURL ?? '',
      'Voorzitter Aanbeveling',
    );
    const observation = await api.exercises.addObservation.mutate({
      exerciseId: exercise.id,
      text: 'Niemand wist welk formulier het steunverzoek nodig had.',
      rating: 'M',
      kind: 'improvement',
      conditionId: '2.1.b',
    });
    await api.exercises.addImprovementAction.mutate({
      observationId: observation.id,
      action: 'Formulier voor steunverzoeken gezamenlijk vaststellen',
      owner: 'Kapitein Vorm',
      ownerOrganisationId: defensieId,
      dueDate: '2026-09-01',
    });

    await signIn(page, chair.email);
    await page.goto(`/oefeningen/${exercise.id}`);
    const evaluation = page.getByRole('region', { name: 'Evaluatie: observaties' });
    await evaluation.getByRole('button', { name: 'Omzetten in aanbeveling', exact: true }).click();
    const form = evaluation.getByRole('form', { name: 'Aanbeveling maken van deze verbeteractie' });
    // Prefilled from the action and its observation.
    await expect(form.getByLabel(/^Titel/)).toHaveValue('Formulier voor steunverzoeken gezamenlijk vaststellen');
    await expect(form.getByRole('checkbox', { name: /^2\.1\.b / })).toBeChecked();
    await expect(form.getByRole('checkbox', { name: 'Ministerie van Defensie' })).toBeChecked();
    // Without an addressee it is refused with a Dutch message, and the input stays.
    await form.getByRole('checkbox', { name: 'Ministerie van Defensie' }).uncheck();
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();
    await expect(form.getByText('Kies er minstens één.')).toBeVisible();
    await form.getByRole('checkbox', { name: 'Nationale Politie' }).check();
    await form.getByRole('checkbox', { name: 'Ministerie van Defensie' }).check();
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();

    const link = evaluation.getByRole('link', { name: /^Aanbeveling / });
    await expect(link).toBeVisible();
    await expect(evaluation.getByRole('button', { name: 'Omzetten in aanbeveling', exact: true })).toHaveCount(0);
    await expectAccessible(page);
    await link.click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Formulier voor steunverzoeken gezamenlijk vaststellen/ }),
    ).toBeVisible();
    await expect(page.getByText('Oefenevaluatie', { exact: false }).first()).toBeVisible();
    await page.getByRole('link', { name: `Naar de oefening: ${exerciseTitle}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: exerciseTitle })).toBeVisible();
    // The after-action report's improvement plan names the recommendation.
    await page.getByRole('link', { name: 'Evaluatierapport' }).click();
    const code =
      (await api.recommendations.list.query({ sourceType: 'exercise_evaluation', limit: 100 })).items.find(
        (r) => r.title === 'Formulier voor steunverzoeken gezamenlijk vaststellen',
      )?.code ?? '';
    expect(code).toMatch(/^R-\d+$/);
    await expect(
      page.getByRole('region', { name: 'Verbeterplan' }).getByRole('cell', { name: code, exact: true }),
    ).toBeVisible();
  });

  test('a strength observation itself becomes a recommendation, and stays as its source', async ({
    page,
    seed,
    baseURL,
  }) => {
    const { chair, api, exercise, exerciseTitle } = await seedExecutedExercise(
      seed,
      baseURL ?? '',
      'Voorzitter Sterk Punt',
    );
    const text = `Het gezamenlijke kaartbeeld werkte vanaf het eerste uur ${seed.suffix}.`;
    await api.exercises.addObservation.mutate({
      exerciseId: exercise.id,
      text,
      rating: 'P',
      kind: 'strength',
      conditionId: '2.5.c',
    });

    await signIn(page, chair.email);
    await page.goto(`/oefeningen/${exercise.id}`);
    const evaluation = page.getByRole('region', { name: 'Evaluatie: observaties' });
    const item = evaluation.getByRole('listitem').filter({ hasText: text });
    // A strength has no improvement actions, but can become a recommendation.
    await expect(item.getByRole('button', { name: 'Verbeteractie maken' })).toHaveCount(0);
    await item.getByRole('button', { name: 'Observatie omzetten in aanbeveling' }).click();
    const form = evaluation.getByRole('form', { name: 'Aanbeveling maken van deze observatie' });
    await expect(form.getByLabel(/^Titel/)).toHaveValue(text);
    await expect(form.getByRole('checkbox', { name: /^2\.5\.c / })).toBeChecked();
    // Without an indicator it is refused with a Dutch message, and nothing is linked yet.
    await form.getByRole('checkbox', { name: /^2\.5\.c / }).uncheck();
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();
    await expect(form.getByText('Kies er minstens één.')).toBeVisible();
    await expect(item.getByRole('link', { name: /^Aanbeveling R-\d+$/ })).toHaveCount(0);
    await form.getByRole('checkbox', { name: /^2\.5\.c / }).check();
    await form.getByLabel(/^Titel/).fill(`Gezamenlijk kaartbeeld standaard maken ${seed.suffix}`);
    await form.getByRole('button', { name: 'Aanbeveling aanmaken' }).click();

    const link = item.getByRole('link', { name: /^Aanbeveling R-\d+$/ });
    await expect(link).toBeVisible();
    await expect(item.getByRole('button', { name: 'Observatie omzetten in aanbeveling' })).toHaveCount(0);
    // It stays as the recommendation's source: it can no longer be removed.
    await expect(item.getByRole('button', { name: 'Verwijderen' })).toHaveCount(0);
    await expectAccessible(page);
    await link.click();
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: new RegExp(`Gezamenlijk kaartbeeld standaard maken ${seed.suffix}`),
      }),
    ).toBeVisible();
    await page.getByRole('link', { name: `Naar de oefening: ${exerciseTitle}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: exerciseTitle })).toBeVisible();
  });

  test('an observer reads a scenario without edit controls; an outsider does not find it', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const chair = await seed.user({ name: 'Voorzitter Lezen', organisation: 'POLITIE' });
    const observer = await seed.user({ name: 'Waarnemer Lezen', organisation: 'DEFENSIE' });
    const outsider = await seed.user({ name: 'Buitenstaander Lezen', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Lezen ${seed.suffix}`,
      theme: 'Rechtszittingen',
      organisationIds: [await seed.organisationId('DEFENSIE'), await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: observer.id, role: 'observer' });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await chairApi.scenarios.create.mutate({
      groupId: group.id,
      title: `Rechtszitting met dreiging ${seed.suffix}`,
      problemStatement: 'Een uitspraak in een groot strafproces trekt onrustige aanhangers.',
      threatType: 'ondermijning',
      cooperationLevel: 'PARTNERSHIP',
    });

    await signIn(page, observer.email);
    await page.goto(`/scenarios/${scenario.id}`);
    await expect(page.getByRole('heading', { level: 1, name: scenario.title })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Zet op/ })).toHaveCount(0);

    const outsiderContext = await browser.newContext();
    const outsiderPage = await outsiderContext.newPage();
    await signIn(outsiderPage, outsider.email);
    await outsiderPage.goto('/scenarios');
    await expect(outsiderPage.getByText("Er zijn nog geen scenario's die aan deze selectie voldoen.")).toBeVisible();
    await expect(outsiderPage.getByText(scenario.title)).toHaveCount(0);
    await outsiderPage.goto(`/scenarios/${scenario.id}`);
    await expect(outsiderPage.getByRole('main').getByRole('alert')).toContainText(
      'bestaat niet (meer) of je hebt er geen toegang toe',
    );
    await outsiderContext.close();
  });
});
