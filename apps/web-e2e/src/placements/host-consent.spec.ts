import { addMonths, calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from '../support/fixtures';

const today = calendarDateInNetherlands(new Date());

test.describe('liaisons: instemming van de gastorganisatie', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a placement proposed by Defensie waits for the host organisation and is approved after Politie consents', async ({
    page,
    browser,
    seed,
    baseURL,
  }) => {
    const proposer = await seed.user({ name: 'Luitenant Voorstel', organisation: 'DEFENSIE' });
    const chair = await seed.user({ name: 'Kolonel Thuis', organisation: 'DEFENSIE' });
    const host = await seed.user({ name: 'Inspecteur Gast', organisation: 'POLITIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Gastorganisatie ${seed.suffix}`,
      theme: 'Liaisons',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: proposer.id, role: 'member' });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: host.id, role: 'member' });
    const person = `Sergeant Gast ${seed.suffix}`;
    const proposerApi = await apiAs(baseURL ?? '', proposer.email, E2E_PASSWORD);
    const placement = await proposerApi.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: defensie,
      homeUnit: 'Staf Landstrijdkrachten',
      hostOrganisationId: politie,
      hostUnit: `Eenheid Midden-Nederland ${seed.suffix}`,
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij steunverzoeken',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 7),
      hoursPerWeek: 16,
      groupId: group.id,
    });
    // The Defensie chair gives the home consent.
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    await chairApi.placements.consent.mutate({
      id: placement.id,
      version: placement.version,
      organisationId: defensie,
      note: 'Akkoord van de staf.',
    });

    // The Politie member sees whom it waits for, and consents for Politie.
    await signIn(page, host.email);
    await page.goto(`/liaisons/${placement.id}`);
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('Wacht op goedkeuring gastorganisatie (Nationale Politie)')).toBeVisible();
    await expect(page.getByText(/Ministerie van Defensie: ingestemd door Kolonel Thuis/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Instemmen namens Ministerie van Defensie' })).toHaveCount(0);
    await expectAccessible(page);
    await page
      .getByLabel('Toelichting namens Nationale Politie (optioneel)')
      .fill('De eenheid ontvangt de liaison graag.');
    await page.getByRole('button', { name: 'Instemmen namens Nationale Politie' }).click();
    await expect(page.getByText('Goedgekeurd', { exact: true }).first()).toBeVisible();
    await expect(page.getByText('Wacht op goedkeuring gastorganisatie (Nationale Politie)')).toHaveCount(0);
    await expect(page.getByText(/Nationale Politie: ingestemd door Inspecteur Gast/)).toBeVisible();

    // The proposer never had a say in the approval: their page said so while it waited.
    const proposerContext = await browser.newContext();
    const proposerPage = await proposerContext.newPage();
    await signIn(proposerPage, proposer.email);
    await proposerPage.goto(`/liaisons/${placement.id}`);
    await expect(proposerPage.getByText('Goedgekeurd', { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await proposerContext.close();
  });
});
