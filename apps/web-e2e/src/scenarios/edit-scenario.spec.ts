import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test.describe('scenario bewerken', () => {
  test('a stale edit shows the conflict message and keeps the input; after taking the newest version the save goes through', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Voorzitter Scenario', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Scenario Conflict ${seed.suffix}`,
      theme: 'Zoekacties',
      organisationIds: [await seed.organisationId('POLITIE')],
      chairUserId: chair.id,
    });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: `Oorspronkelijke titel ${seed.suffix}`,
      problemStatement: 'Een wandelaar is vermist op de heide.',
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });

    await signIn(page, chair.email);
    await page.goto(`/scenarios/${scenario.id}/bewerken`);
    const title = page.getByRole('textbox', { name: 'Titel', exact: true });
    await expect(title).toHaveValue(scenario.title);

    // The user types; meanwhile someone else saves first.
    const mine = `Mijn eigen wijziging ${seed.suffix}`;
    await title.fill(mine);
    const theirs = `Door een ander gewijzigd ${seed.suffix}`;
    await api.scenarios.update.mutate({
      id: scenario.id,
      version: scenario.version,
      title: theirs,
      problemStatement: scenario.problemStatement,
      threatType: 'vermissing',
      cooperationLevel: 'ASSISTANCE',
    });

    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText('Iemand anders heeft dit intussen gewijzigd');
    await expect(title).toHaveValue(mine);

    // The comparison: taking the newest version everywhere puts theirs in the form; then the user types again.
    const comparison = page.getByRole('region', { name: 'Jouw versie en de nieuwste versie' });
    await comparison.getByRole('button', { name: 'Overal de nieuwste versie' }).click();
    await comparison.getByRole('button', { name: 'Keuzes in het formulier zetten' }).click();
    await expect(title).toHaveValue(theirs);
    await title.fill(mine);
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page).toHaveURL(new RegExp(`/scenarios/${scenario.id}$`));
    await expect(page.getByRole('heading', { level: 1, name: mine })).toBeVisible();
  });
});
