import { addMonths, calendarDateInNetherlands } from '@srw/domain';
import { apiAs } from './support/api';
import { E2E_PASSWORD, expect, expectAccessible, signIn, test } from './support/fixtures';

const today = calendarDateInNetherlands(new Date());
const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

test.describe('voor mij', () => {
  test.describe.configure({ timeout: 300_000 });

  test('a demo user sees what waits for them, grouped by reason, and the count in the header', async ({ page }) => {
    await signIn(page, 'sanne.visser@politie.example', DEMO_PASSWORD);
    const badge = page.getByTestId('inbox-count');
    await expect(badge).toHaveText(/^[1-9]\d*$/, { timeout: 30_000 });
    await page.getByTestId('inbox-badge').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Voor mij' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /^Begrippen om goed te keuren/ })).toBeVisible();
    const items = page.getByTestId('inbox-item');
    await expect(items.first()).toBeVisible();
    expect(await items.count()).toBe(Number(await badge.textContent()));
    await expect(page.getByRole('heading', { level: 2, name: 'Meldingen' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Eén e-mail per dag/ })).toBeChecked();
    await expectAccessible(page);
  });

  test('consenting to a placement takes it out of "Voor mij" and lowers the count', async ({ page, seed, baseURL }) => {
    const chair = await seed.user({ name: 'Kolonel Inbox', organisation: 'DEFENSIE' });
    const host = await seed.user({ name: 'Inspecteur Inbox', organisation: 'POLITIE' });
    const defensie = await seed.organisationId('DEFENSIE');
    const politie = await seed.organisationId('POLITIE');
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Voor mij ${seed.suffix}`,
      theme: 'Liaisons',
      organisationIds: [defensie, politie],
      chairUserId: chair.id,
    });
    await seed.admin.memberships.add.mutate({ groupId: group.id, userId: host.id, role: 'member' });
    const person = `Sergeant Inbox ${seed.suffix}`;
    const chairApi = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    await chairApi.placements.propose.mutate({
      person: { kind: 'named', name: person },
      homeOrganisationId: defensie,
      homeUnit: 'Staf Landstrijdkrachten',
      hostOrganisationId: politie,
      hostUnit: `Eenheid Oost ${seed.suffix}`,
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij steunverzoeken',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 7),
      hoursPerWeek: 16,
      groupId: group.id,
    });
    await chairApi.placements.propose.mutate({
      person: { kind: 'named', name: `${person} twee` },
      homeOrganisationId: defensie,
      homeUnit: 'Staf Landstrijdkrachten',
      hostOrganisationId: politie,
      hostUnit: `Eenheid West ${seed.suffix}`,
      hostFunction: 'Liaison',
      purpose: 'Meekijken bij steunverzoeken',
      startDate: addMonths(today, 1),
      endDate: addMonths(today, 7),
      hoursPerWeek: 16,
      groupId: group.id,
    });

    await signIn(page, host.email);
    const badge = page.getByTestId('inbox-count');
    await expect(badge).toHaveText('2', { timeout: 30_000 });
    await page.goto('/voor-mij');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Plaatsingen die op instemming wachten (2)' }),
    ).toBeVisible();
    await page.getByRole('link', { name: person, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: person })).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Instemmen namens Nationale Politie' }).click();
    await expect(page.getByText(/Nationale Politie: ingestemd door Inspecteur Inbox/)).toBeVisible();

    await page.getByTestId('inbox-badge').click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Plaatsingen die op instemming wachten (1)' }),
    ).toBeVisible();
    await expect(badge).toHaveText('1');
    await expect(page.getByRole('link', { name: person, exact: true })).toHaveCount(0);
    // The chair's proposal is in the host's notification log.
    await expect(page.getByTestId('notification').first()).toContainText('Kolonel Inbox');
  });
});
