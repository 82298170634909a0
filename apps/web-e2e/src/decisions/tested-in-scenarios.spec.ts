import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

/** First assertion after a navigation: the shared CI machine can be slow to render a page. */
const afterNavigation = { timeout: 30_000 };

test.describe('afwegingskader: getoetst in scenario', () => {
  test.slow();

  test('a member records that a decision held in a scenario; the scenario page lists it; removing asks for confirmation', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Kapitein Toets', organisation: 'DEFENSIE' });
    const member = await seed.user({ name: 'Inspecteur Toets', organisation: 'POLITIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const groupName = `Werkgroep Toets ${seed.suffix}`;
    const group = await seed.admin.workingGroups.create.mutate({
      name: groupName,
      theme: 'Houden onze afspraken stand?',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: member.id, role: 'member' });
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const decision = await chairApi.decisions.create.mutate({
      groupId: group.id,
      question: `Mag Defensie een helikopter inzetten bij een zoekactie van de politie? (${seed.suffix})`,
      cooperationLevel: 'ASSISTANCE',
      topic: `Zoekacties ${seed.suffix}`,
      outcome: 'ALLOWED',
      organisationIds: [defensie, politie],
    });
    const scenario = await chairApi.scenarios.create.mutate({
      groupId: group.id,
      title: `Vermiste kanoër op de Waal ${seed.suffix}`,
      problemStatement: 'Een kanoër is sinds de avond vermist; het water is hoog.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });

    await signIn(page, member.email);
    await page.goto(`/afwegingskader/${decision.id}`);
    const tests = page.getByRole('region', { name: "Getoetst in scenario's en oefeningen" });
    await expect(tests).toContainText('nog niet getoetst', afterNavigation);

    // Without a scenario the form shows a Dutch field error and keeps the note.
    const form = tests.getByRole('form', { name: 'Toets vastleggen' });
    await form.getByLabel('Resultaat').selectOption({ label: 'Gehouden' });
    await form.getByLabel('Toelichting').fill('Aanvraag via NatOps was binnen het uur rond.');
    await form.getByRole('button', { name: 'Toets vastleggen' }).click();
    await expect(form.getByText('Kies er precies één.')).toBeVisible();
    await expect(form.getByLabel('Toelichting')).toHaveValue('Aanvraag via NatOps was binnen het uur rond.');

    await form.getByLabel('Zoek scenario of oefening').fill('kanoër');
    const target = form.getByRole('combobox', { name: 'Scenario of oefening', exact: true });
    await expect(target.locator('option', { hasText: scenario.title })).toHaveText(
      `Scenario: ${scenario.title} (${groupName})`,
    );
    await target.selectOption({ label: `Scenario: ${scenario.title} (${groupName})` });
    await form.getByRole('button', { name: 'Toets vastleggen' }).click();

    const link = tests.getByTestId('decision-test-link');
    await expect(link).toHaveCount(1);
    await expect(link).toContainText('Gehouden');
    await expect(link).toContainText('Aanvraag via NatOps was binnen het uur rond.');
    await expect(page.getByRole('list', { name: 'Geschiedenis' })).toContainText(
      'heeft een toets vastgelegd (gehouden)',
    );
    await expectAccessible(page);

    // The scenario page lists the decision, linking back.
    await link.getByRole('link', { name: scenario.title }).click();
    await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));
    const tested = page.getByRole('region', { name: 'Getoetste besluiten' });
    await expect(tested.getByTestId('tested-decision')).toHaveCount(1, afterNavigation);
    await expect(tested).toContainText('Gehouden');
    await expect(tested).toContainText('Toegestaan');
    await tested.getByRole('link', { name: decision.question }).click();
    await expect(page.getByRole('heading', { level: 1, name: decision.question })).toBeVisible(afterNavigation);

    // Removing asks first; cancelling keeps the link.
    await page.getByRole('button', { name: `Toets in “${scenario.title}” verwijderen` }).click();
    const dialog = page.getByRole('dialog', { name: 'Toets verwijderen' });
    await expect(dialog).toContainText(scenario.title);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(tests.getByTestId('decision-test-link')).toHaveCount(1);
    await page.getByRole('button', { name: `Toets in “${scenario.title}” verwijderen` }).click();
    await page.getByRole('dialog', { name: 'Toets verwijderen' }).getByRole('button', { name: 'Verwijderen' }).click();
    await expect(tests.getByTestId('decision-test-link')).toHaveCount(0);
    await expect(tests).toContainText('nog niet getoetst');

    await page.goto(`/scenarios/${scenario.id}`);
    await expect(page.getByRole('region', { name: 'Getoetste besluiten' })).toContainText(
      'Hier is nog geen besluit getoetst.',
      afterNavigation,
    );
  });
});
