import { expect, test } from '../support/fixtures';
import { signInPatiently } from './journeys';

test.describe('samenwerkingsscan', () => {
  // Long journeys on a shared, slow machine: more time than the suite default.
  test.describe.configure({ timeout: 180_000 });

  test('a group records an assessment and sees the radar chart and the recommendations on its weak spots', async ({
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

    const form = page.getByRole('region', { name: 'Nieuwe scan vastleggen' });
    await form.getByLabel('Score voor 1.1.a').selectOption('4');
    await form.getByLabel('Score voor 1.4.a').selectOption('3');
    await form.getByLabel('Score voor 2.3.c').selectOption('1');
    await form.getByLabel('Onderbouwing voor 2.3.c').fill('Er is bijna nooit capaciteit vrij.');
    await form.getByLabel('Score voor 2.2.a').selectOption({ label: 'n.v.t.' });
    await form.getByLabel('Score voor 3.1.b').selectOption('2');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(form.getByText('De scan is opgeslagen.')).toBeVisible();

    const radar = page.getByRole('region', { name: 'Per categorie: laatste tegenover vorige scan' });
    await expect(radar.locator('svg.recharts-surface').last()).toBeVisible();
    await expect(radar.getByRole('row', { name: /Willen\s+3\.5/ })).toBeVisible();
    const weakest = page.getByRole('region', { name: 'Zwakste indicatoren en wat eraan gebeurt' });
    await expect(weakest.getByRole('link', { name: title })).toBeVisible();
    await expect(weakest.getByText(/3\.1\.b .* Score: 2/)).toBeVisible();

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(
      page
        .getByRole('region', { name: 'Weakest indicators and what is being done' })
        .getByRole('link', { name: title }),
    ).toBeVisible();
  });
});
