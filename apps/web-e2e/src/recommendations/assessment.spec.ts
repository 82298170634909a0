import { expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('samenwerkingsscan', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('a group records a round for its organisation, sees its scores, evidence and weak spots, and compares a partial round fairly', async ({
    page,
    seed,
  }) => {
    const chair = await seed.user({ name: 'Voorzitter Scan', organisation: 'POLITIE' });
    const politieId = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Scan ${seed.suffix}`,
      theme: 'Meten hoe de samenwerking ervoor staat',
      organisationIds: [politieId],
      chairUserId: chair.id,
    });
    const title = `Capaciteit vooraf reserveren ${seed.suffix}`;
    await seed.admin.recommendations.create.mutate({
      groupId: group.id,
      title,
      sourceType: 'working_group',
      level: 'operationeel',
      conditionIds: ['2.3.c'],
      addresseeOrganisationIds: [politieId],
    });

    await signInPatiently(page, chair.email);
    await page.goto(`/werkgroepen/${group.id}`);
    await page.getByRole('link', { name: 'Open de samenwerkingsscan' }).click();
    await expect(page.getByText('Deze werkgroep heeft nog geen scan vastgelegd.')).toBeVisible({ timeout: 30_000 });

    const form = page.getByRole('region', { name: 'Scores vastleggen' });
    // The chair scores for the organisation they belong to, the only one on offer.
    await expect(form.getByLabel('Scoren voor').locator('option')).toHaveText(['Nationale Politie']);
    await form.getByLabel('Score voor 1.1.a').selectOption('4');
    await form.getByLabel('Score voor 1.4.a').selectOption('3');
    await form.getByLabel('Score voor 2.3.c').selectOption('1');
    await form.getByLabel('Onderbouwing voor 2.3.c').fill('Er is bijna nooit capaciteit vrij.');
    await form.getByLabel('Score voor 2.2.a').selectOption({ label: 'n.v.t.' });
    await form.getByLabel('Score voor 3.1.b').selectOption('2');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(form.getByText('De scan is opgeslagen.')).toBeVisible();

    const categories = page.getByRole('region', { name: 'Per categorie: beide organisaties naast elkaar' });
    await expect(categories.getByRole('row', { name: /^Willen\s+3,5\s+3,5\s+—$/ })).toBeVisible();
    const weakest = page.getByRole('region', { name: 'Zwakste indicatoren en wat eraan gebeurt' });
    await expect(weakest.getByRole('link', { name: title })).toBeVisible();
    await expect(weakest.getByText(/3\.1\.b .* Score: 2/)).toBeVisible();
    // The evidence is shown with the score.
    await page.getByLabel('Categorie voor de indicatoren').selectOption({ label: 'Kunnen' });
    await expect(
      page.getByRole('region', { name: /Scores en onderbouwing per indicator/ }).getByRole('row', { name: /2\.3\.c/ }),
    ).toContainText('Onderbouwing: Er is bijna nooit capaciteit vrij.');

    // A second, partial round is compared with the first on the indicators both scored.
    await form.getByLabel('Score voor 1.1.a').selectOption('5');
    await form.getByLabel('Score voor 1.2.a').selectOption('4');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(form.getByText('De scan is opgeslagen.')).toBeVisible();
    const comparison = page.getByRole('region', { name: 'Per categorie: deze ronde tegenover de vorige' });
    await expect(comparison.getByText('Vergeleken op 1 indicator die in beide rondes gescoord is.')).toBeVisible();
    await expect(comparison.getByRole('row', { name: /^Willen\s+5\s+4$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Rondes' }).getByRole('listitem')).toHaveCount(2);

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Per category: this round versus the previous one' })
        .getByText('Compared on 1 indicator scored in both rounds.'),
    ).toBeVisible();
  });
});
