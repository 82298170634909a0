import { addDays, todayInNetherlands } from '@srw/domain';
import { apiAs } from '../support/api';
import { E2E_PASSWORD, expect, signIn, test } from '../support/fixtures';

test.describe('oefeningen: datums en statussen', () => {
  test('an exercise that has not started yet is not offered as executed, and the page says from when', async ({
    page,
    seed,
    baseURL,
  }) => {
    const chair = await seed.user({ name: 'Voorzitter Datum', organisation: 'POLITIE' });
    const group = await seed.admin.workingGroups.create.mutate({
      name: `Werkgroep Datum ${seed.suffix}`,
      theme: 'Oefenen',
      organisationIds: [await seed.organisationId('POLITIE'), await seed.organisationId('DEFENSIE')],
      chairUserId: chair.id,
    });
    const api = await apiAs(baseURL ?? '', chair.email, E2E_PASSWORD);
    const scenario = await api.scenarios.create.mutate({
      groupId: group.id,
      title: `Wateroverlast ${seed.suffix}`,
      problemStatement: 'Een dijk dreigt door te breken; de veiligheidsregio vraagt om zandzakken en mensen.',
      threatType: 'natuurramp',
      cooperationLevel: 'ASSISTANCE',
    });
    const ready = await api.scenarios.changeStatus.mutate({
      id: scenario.id,
      version: scenario.version,
      status: 'gereed',
    });
    // Starts in three days, at noon in the Netherlands.
    const startDate = addDays(todayInNetherlands(), 3);
    const planned = await api.exercises.create.mutate({
      scenarioId: ready.id,
      title: `Oefening dijkbewaking ${seed.suffix}`,
      type: 'tabletop',
      startsAt: new Date(`${startDate}T11:00:00Z`),
      endsAt: new Date(`${startDate}T15:00:00Z`),
      objectives: [{ description: 'Binnen twee uur een gezamenlijk beeld', conditionIds: ['2.5.d'] }],
    });
    await api.exercises.changeStatus.mutate({ id: planned.id, version: planned.version, status: 'in_voorbereiding' });

    await signIn(page, chair.email);
    await page.goto(`/oefeningen/${planned.id}`);
    const status = page.getByRole('region', { name: 'Status van de oefening' });
    await expect(status.getByRole('button', { name: 'Terug naar gepland' })).toBeVisible({ timeout: 30_000 });
    await expect(status.getByRole('button', { name: 'Markeer als uitgevoerd' })).toHaveCount(0);
    await expect(status.getByText(/Als uitgevoerd markeren kan zodra de oefening begonnen is/)).toBeVisible();
  });
});
