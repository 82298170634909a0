import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test('a recommendation is linked to a decision in its form; the decision page lists it and it links back', async ({
  page,
  seed,
  baseURL,
}) => {
  const chair = await seed.user({ name: 'Kapitein Wacht', organisation: 'DEFENSIE' });
  const defensie = await seed.organisationId('DEFENSIE');
  const politie = await seed.organisationId('POLITIE');
  const group = await seed.admin.workingGroups.create.mutate({
    name: `Werkgroep Wachten ${seed.suffix}`,
    theme: 'Informatiedeling',
    organisationIds: [defensie, politie],
    chairUserId: chair.id,
  });
  const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
  const question = `Mag de politie beelden van militaire drones bewaren? (${seed.suffix})`;
  const decision = await api.decisions.create.mutate({
    groupId: group.id,
    question,
    cooperationLevel: 'ASSISTANCE',
    topic: `Beelden ${seed.suffix}`,
    outcome: 'UNCLEAR',
    organisationIds: [defensie, politie],
  });
  const recommendation = await api.recommendations.create.mutate({
    groupId: group.id,
    title: `Bewaartermijn voor dronebeelden afspreken ${seed.suffix}`,
    sourceType: 'working_group',
    level: 'operationeel',
    // Not a "mogen" indicator: the dashboard spec counts the seeded ones (7) on the same server.
    conditionIds: ['2.1.b'],
    addresseeOrganisationIds: [defensie, politie],
  });

  // The chair links the recommendation to the decision in its edit form.
  await signIn(page, chair.email);
  await page.goto(`/aanbevelingen/${recommendation.id}`);
  const edit = page.getByRole('region', { name: 'Gegevens wijzigen' });
  await edit.getByText('Gegevens wijzigen', { exact: true }).last().click();
  await edit.getByLabel('Wacht op besluit').selectOption({ label: question });
  await edit.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('link', { name: question })).toBeVisible();

  await page.goto(`/afwegingskader/${decision.id}`);
  const waiting = page.getByRole('region', { name: 'Aanbevelingen die op dit besluit wachten' });
  await waiting
    .getByRole('link', { name: new RegExp(`Bewaartermijn voor dronebeelden afspreken ${seed.suffix}`) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/aanbevelingen/${recommendation.id}$`));
  await page.getByRole('link', { name: question }).click();
  await expect(page.getByRole('heading', { level: 1, name: question })).toBeVisible();
});
